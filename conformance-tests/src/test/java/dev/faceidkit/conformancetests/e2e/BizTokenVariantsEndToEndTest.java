package dev.faceidkit.conformancetests.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.faceidkit.generated.client.model.BizTokenResponse;
import dev.faceidkit.conformancetests.server.SandboxFixtures;
import dev.faceidkit.sdk.BizTokenRequest;
import dev.faceidkit.sdk.Comparison;
import dev.faceidkit.sdk.Liveness;
import dev.faceidkit.testsupport.http.SimpleHttp;
import dev.faceidkit.testsupport.process.SandboxProcess;
import dev.faceidkit.testsupport.process.SandboxProcessExtension;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SDK against the sandbox: get_biz_token for every liveness type, with face comparison and with KYC, signed
 * by the SDK itself. Each biz_token must be a live session: the sandbox's stand-in for the mobile SDK can
 * consume it once.
 */
@ExtendWith(SandboxProcessExtension.class)
class BizTokenVariantsEndToEndTest {

    @TestFactory
    Stream<DynamicTest> everyLivenessTypeWithBothComparisons(SandboxProcess sandbox) {
        Sandboxed s = new Sandboxed(sandbox);
        Map<String, Function<Sandboxed, Liveness>> livenesses = new LinkedHashMap<>();
        livenesses.put("meglive", x -> Liveness.megLive().withActionCount(2).withLivenessTimeout(10));
        livenesses.put("still", x -> Liveness.still().withEyesCloseDetection(true));
        livenesses.put("flash", x -> Liveness.flash().withFlashLivenessTimeout(120));
        livenesses.put("raw_image", x -> Liveness.rawImage(x.photo("face.png")));
        return livenesses.entrySet().stream().flatMap(liveness -> Stream.of("0", "1").map(comparison -> dynamicTest(
                "liveness_type=" + liveness.getKey() + ", comparison_type=" + comparison,
                () -> check(s, liveness.getValue().apply(s), comparison))));
    }

    private static void check(Sandboxed s, Liveness liveness, String comparisonType) {
        Comparison comparison = comparisonType.equals("1")
                ? Comparison.dataSource(SandboxFixtures.NORMAL_NAME, SandboxFixtures.NORMAL_ID)
                : Comparison.referencePhotos("user-10001", s.photo("ref1.png"));
        BizTokenResponse response = s.client.getBizToken(BizTokenRequest.builder().liveness(liveness)
                .comparison(comparison).bizNo("e2e-biz-token").build());
        assertThat(response.getBizToken()).matches(Sandboxed.REQUEST_ID);
        assertThat(response.getRequestId()).matches(Sandboxed.REQUEST_ID);
        assertThat(response.getTimeUsed()).isNotNull().isNotNegative();
        assertThat(SimpleHttp.post(s.baseUrl + "/sandbox/biz-tokens/" + response.getBizToken() + "/consume")
                .status()).as("the session behind the biz_token is consumable once").isEqualTo(200);
    }
}
