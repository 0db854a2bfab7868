package dev.faceidkit.sandbox.spec;

import dev.faceidkit.contractmodel.Contract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The files of the contract as bundled into the faceid-openapi jar, served as they are at /openapi.yaml and
 * /openapi.json. Every fact the sandbox enforces comes from the {@link Contract} bean instead.
 */
@Component
public class BundledSpec {

    private static final String LOCATION = Contract.BUNDLE_RESOURCE.replaceFirst("json$", "");

    private final byte[] yaml;
    private final byte[] json;

    public BundledSpec() {
        this.yaml = read("yaml");
        this.json = read("json");
    }

    public byte[] yaml() {
        return yaml.clone();
    }

    public byte[] json() {
        return json.clone();
    }

    private static byte[] read(String extension) {
        try (InputStream in = new ClassPathResource(LOCATION + extension).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("faceid-openapi jar not on the classpath (" + LOCATION + extension + ")", e);
        }
    }
}
