package dev.faceidkit.generatorconfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the codegen view: {@code CodegenViewCli <bundle> <view.yaml>}. The bundle is a file path
 * or {@code classpath:<resource>}, so the build can read it straight from the faceid-openapi jar.
 * Run by the build (exec-maven-plugin, goal java); it never calls System.exit, which would end Maven.
 */
public final class CodegenViewCli {

    private static final String CLASSPATH = "classpath:";

    /** Block style, quotes only where YAML needs them, so that '0' stays a string and '1e-3' a key. */
    static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String HEADER = """
            # Codegen view of the FaceID contract, derived from faceid-openapi.yaml by
            # dev.faceidkit.generatorconfig.CodegenView (artifact faceid-generator-config). Schema compositions are
            # flattened for code generators: the conditional requirements of the request forms (their
            # oneOf groups) are only in the contract itself. Generated at build time; do not edit.
            """;

    private CodegenViewCli() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 3) {
            throw new IllegalArgumentException(
                    "Usage: CodegenViewCli <bundle.yaml|classpath:resource> <view.yaml> [<java-client-view.yaml>]");
        }
        JsonNode bundle = read(args[0]);
        ObjectNode view = CodegenView.derive(bundle);
        write(Path.of(args[1]), view);
        // The same view as JSON, for other languages' generators: no YAML tool can re-save it wrongly.
        Path json = Path.of(args[1].replaceFirst("\\.yaml$", "") + ".json");
        Files.writeString(json, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(view) + "\n",
                StandardCharsets.UTF_8);
        System.out.println("codegen view: " + args[0] + " -> " + args[1] + ", " + json);
        if (args.length == 3) {
            write(Path.of(args[2]), CodegenView.deriveForJavaClient(bundle));
            System.out.println("codegen view for the Java client: " + args[0] + " -> " + args[2]);
        }
    }

    private static void write(Path output, JsonNode view) throws IOException {
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        Files.writeString(output, HEADER + YAML.writeValueAsString(view), StandardCharsets.UTF_8);
    }

    static JsonNode read(String location) {
        try {
            if (!location.startsWith(CLASSPATH)) {
                return YAML.readTree(Path.of(location).toFile());
            }
            String resource = location.substring(CLASSPATH.length());
            URL url = Thread.currentThread().getContextClassLoader().getResource(resource);
            if (url == null) {
                throw new IllegalArgumentException("Not on the classpath: " + resource);
            }
            // Not through the JVM's shared cache of open jars: Maven's exec:java runs in parallel modules' class
            // loaders in one JVM, and closing one of them closes the cached jar under the others.
            URLConnection connection = url.openConnection();
            connection.setUseCaches(false);
            try (InputStream in = connection.getInputStream()) {
                return YAML.readTree(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + location, e);
        }
    }
}
