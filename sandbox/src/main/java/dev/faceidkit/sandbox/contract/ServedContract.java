package dev.faceidkit.sandbox.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.faceidkit.contractmodel.Contract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The contract the sandbox enforces, as files for /openapi.yaml and /openapi.json: the bundle of the faceid-openapi
 * jar as it is, or the copy named by {@code faceid.sandbox.contract} (as it is in its own format, converted for the
 * other). Every fact the sandbox enforces comes from the {@link Contract} bean, read from the same file.
 */
@Component
public class ServedContract {

    private static final String BUNDLED = Contract.BUNDLE_RESOURCE.replaceFirst("json$", "");

    private final byte[] yaml;
    private final byte[] json;

    public ServedContract(@Value("${faceid.sandbox.contract:}") String copy) {
        if (copy.isBlank()) {
            this.yaml = bundled("yaml");
            this.json = bundled("json");
            return;
        }
        try {
            byte[] file = Files.readAllBytes(Path.of(copy));
            boolean isJson = copy.endsWith(".json");
            JsonNode tree = (isJson ? new ObjectMapper() : new YAMLMapper()).readTree(file);
            this.json = isJson ? file : new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
            this.yaml = isJson ? new YAMLMapper().writeValueAsBytes(tree) : file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the contract copy " + copy, e);
        }
    }

    public byte[] yaml() {
        return yaml.clone();
    }

    public byte[] json() {
        return json.clone();
    }

    private static byte[] bundled(String extension) {
        try (InputStream in = new ClassPathResource(BUNDLED + extension).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("faceid-openapi jar not on the classpath (" + BUNDLED + extension + ")", e);
        }
    }
}
