package dev.faceidkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * {@link SpecProvenance} names the contract of the faceid-openapi jar on the test classpath, the one the SDK is
 * built against: its spec.properties, and the SHA-256 of the bundle itself.
 */
class SpecProvenanceTest {

    private static final String SPEC_PROPERTIES = "META-INF/faceid/openapi/spec.properties";
    private static final String BUNDLE = "META-INF/faceid/openapi/faceid-openapi.yaml";

    @Test
    void valuesAreFilledIn() {
        assertThat(SpecProvenance.SPEC_VERSION).isNotBlank().doesNotContain("${");
        assertThat(SpecProvenance.SPEC_SHA256).matches("[0-9a-f]{64}");
    }

    @Test
    void valuesAreThoseOfTheFaceIdOpenApiJar() throws IOException {
        Properties spec = new Properties();
        try (InputStream in = resource(SPEC_PROPERTIES)) {
            spec.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(SpecProvenance.SPEC_VERSION).isEqualTo(spec.getProperty("spec.version"));
        assertThat(SpecProvenance.SPEC_SHA256).isEqualTo(spec.getProperty("spec.sha256"));
    }

    @Test
    void sha256IsThatOfTheBundledContract() throws IOException, NoSuchAlgorithmException {
        byte[] bundle;
        try (InputStream in = resource(BUNDLE)) {
            bundle = in.readAllBytes();
        }
        String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bundle));
        assertThat(SpecProvenance.SPEC_SHA256).isEqualTo(actual);
    }

    private static InputStream resource(String name) {
        InputStream in = SpecProvenanceTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as("%s on the test classpath (faceid-openapi jar)", name).isNotNull();
        return in;
    }
}
