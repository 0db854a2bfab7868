package dev.faceidkit.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

/** The FaceID contract this SDK was built from: its {@code info.version} and the SHA-256 of its published YAML bundle. */
public final class SpecProvenance {

    private static final String RESOURCE = "spec-provenance.properties";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * {@code info.version} of the contract, as in {@code spec.version} of the {@code faceid-openapi} artifact
     * the SDK was built against (for example {@code 1.0.0}).
     */
    public static final String SPEC_VERSION;

    /**
     * SHA-256 (64 lower-case hex digits) of {@code faceid-openapi.yaml}, the contract bundle exactly as published
     * in {@code dev.faceidkit:faceid-openapi}; compare with {@code sha256sum faceid-openapi-<version>.yaml}.
     */
    public static final String SPEC_SHA256;

    static {
        Properties properties = load();
        SPEC_VERSION = value(properties, "spec.version");
        SPEC_SHA256 = value(properties, "spec.sha256");
        if (!SHA256.matcher(SPEC_SHA256).matches()) {
            throw new IllegalStateException(RESOURCE + ": spec.sha256 is not a SHA-256: " + SPEC_SHA256);
        }
    }

    private SpecProvenance() {
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = SpecProvenance.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("dev/faceidkit/sdk/" + RESOURCE + " is missing from the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dev/faceidkit/sdk/" + RESOURCE, e);
        }
        return properties;
    }

    // An empty or unexpanded value means the jar was built without the provenance wiring (see docs/RELEASING.md).
    private static String value(Properties properties, String key) {
        String value = properties.getProperty(key, "").trim();
        if (value.isEmpty() || value.contains("${")) {
            throw new IllegalStateException(RESOURCE + ": " + key + " was not filled in at build time: '" + value
                    + "'");
        }
        return value;
    }
}
