package dev.faceidkit.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a contract the way code generators do: Swagger Parser with {@code resolve=true}, which is meant to pull
 * every external-file $ref into {@code components} (SpecParseTest checks that it did) and leaves internal refs
 * in place. The resolved model is then turned back into a JSON tree, so the checks see the same kind of
 * document for the multi-file source and for the one-file bundle.
 */
final class SpecLoader {

    private static final Map<Path, Spec> CACHE = new ConcurrentHashMap<>();

    private SpecLoader() {
    }

    /** The root document under review (Maven's -Dfaceid.spec); a relative path is taken from the repository root. */
    static Path sourcePath() {
        return fromProperty("faceid.test.source", "openapi/openapi.yaml");
    }

    /** The one-file bundle that redocly made from the source earlier in the build. */
    static Path bundlePath() {
        return fromProperty("faceid.test.bundle", "openapi/target/bundle/faceid-openapi.yaml");
    }

    /** The same bundle as JSON, written beside the YAML one. */
    static Path bundleJsonPath() {
        Path yaml = bundlePath();
        return yaml.resolveSibling(yaml.getFileName().toString().replaceFirst("\\.yaml$", ".json"));
    }

    /** Both documents under review, so that every check runs on the source and on the bundle. */
    static List<Spec> sourceAndBundle() {
        return List.of(load("source", sourcePath()), load("bundle", bundlePath()));
    }

    static Spec load(String label, Path location) {
        return CACHE.computeIfAbsent(location.toAbsolutePath().normalize(), path -> parse(label, path));
    }

    private static Spec parse(String label, Path path) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(label + " spec not found: " + path);
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(path.toUri().toString(), null, options);
        List<String> messages = result.getMessages() == null ? List.of() : List.copyOf(result.getMessages());
        // An unreadable document becomes an empty tree: SpecParseTest reports why, the other checks find nothing.
        JsonNode tree = result.getOpenAPI() == null
                ? MissingNode.getInstance() : Json.mapper().valueToTree(result.getOpenAPI());
        return new Spec(label, path, result.getOpenAPI(), messages, tree);
    }

    private static Path fromProperty(String name, String fallback) {
        Path root = Path.of(Objects.requireNonNullElse(System.getProperty("toolkit.root"), ".."));
        return root.resolve(Objects.requireNonNullElse(System.getProperty(name), fallback)).normalize();
    }
}
