package dev.faceidkit.conformancetests.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled contract as published by the faceid-openapi jar ({@value #RESOURCE}), not the source files:
 * the conformance tests check what other builds consume. Read once per test JVM.
 */
public final class ContractBundle {

    public static final String RESOURCE = "META-INF/faceid/openapi/faceid-openapi.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static ContractBundle instance;

    private final String yaml;
    private final Contract contract;

    private ContractBundle(String yaml) {
        this.yaml = yaml;
        try {
            this.contract = new Contract(YAML.readTree(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundle " + RESOURCE + " is not readable YAML", e);
        }
    }

    public static synchronized ContractBundle get() {
        if (instance == null) {
            instance = new ContractBundle(readResource());
        }
        return instance;
    }

    /** The YAML text, for parsers that take a document (Swagger Parser, swagger-request-validator). */
    public String yaml() {
        return yaml;
    }

    public Contract contract() {
        return contract;
    }

    /** The bundle written as a file under the output directory, for Prism, which takes a path. */
    public synchronized Path file() {
        Path file = OutputDirectory.resolve("faceid-openapi.yaml");
        try {
            if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(yaml)) {
                Files.writeString(file, yaml, StandardCharsets.UTF_8);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bundle to " + file, e);
        }
    }

    private static String readResource() {
        try (InputStream in = ContractBundle.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath: the faceid-openapi"
                        + " dependency is missing or was built without its bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
