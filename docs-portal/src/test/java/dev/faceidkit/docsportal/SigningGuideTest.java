package dev.faceidkit.docsportal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faceidkit.testsupport.contract.RawBundle;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Recomputes every intermediate value of the worked example in pages/10-signing-get-biz-token.md with the JDK alone
 * (HMAC-SHA1 and Base64), so the guide cannot drift from the algorithm, and ties its result to the contract's own
 * get_biz_token request examples.
 */
class SigningGuideTest {

    private static final String API_KEY = "example-api-key";
    private static final String API_SECRET = "example-api-secret";
    private static final long CURRENT = 1763683200L;
    private static final long EXPIRE = 1763686800L;
    private static final String RANDOM = "2718281828";

    private final String guide = read(Path.of(System.getProperty("faceid.test.pages", "pages"))
            .resolve("10-signing-get-biz-token.md"));

    @Test
    void guideShowsEveryIntermediateValueOfTheWorkedExample() throws Exception {
        String raw = "a=" + API_KEY + "&b=" + EXPIRE + "&c=" + CURRENT + "&d=" + RANDOM;
        byte[] rawBytes = raw.getBytes(StandardCharsets.UTF_8);
        Mac hmac = Mac.getInstance("HmacSHA1");
        hmac.init(new SecretKeySpec(API_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        byte[] mac = hmac.doFinal(rawBytes);
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        joined.write(mac);
        joined.write(rawBytes);
        byte[] signBytes = joined.toByteArray();
        String sign = Base64.getEncoder().encodeToString(signBytes);

        assertThat(guide)
                .contains("`" + API_KEY + "`", "`" + API_SECRET + "`", "`" + CURRENT + "`", "`" + EXPIRE + "`",
                        "`" + RANDOM + "`")
                .contains("(" + rawBytes.length + " bytes)", raw)
                .contains(HexFormat.of().formatHex(mac))
                .contains(signBytes.length + " bytes", String.join("\n", hexLines(signBytes, 20)))
                .contains(sign.length() + " characters", sign)
                .contains(URLEncoder.encode(sign, StandardCharsets.UTF_8))
                .contains("`" + Base64.getEncoder().encodeToString(mac) + "` + `"
                        + Base64.getEncoder().encodeToString(rawBytes) + "`");
    }

    @Test
    void workedExampleIsTheSignOfTheContractsGetBizTokenExamples() {
        var examples = RawBundle.tree().at("/paths/~1faceid~1v3~1sdk~1get_biz_token/post/requestBody/content")
                .path("multipart/form-data").path("examples");
        assertThat(examples.size()).isPositive();
        examples.forEach(example -> assertThat(guide)
                .as("sign of get_biz_token example %s", example.path("summary").asText())
                .contains(example.path("value").path("sign").asText()));
    }

    private static List<String> hexLines(byte[] bytes, int perLine) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < bytes.length; i += perLine) {
            lines.add(HexFormat.of().formatHex(bytes, i, Math.min(bytes.length, i + perLine)));
        }
        return lines;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
