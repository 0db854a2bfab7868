package dev.faceidkit.contractmodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The FaceID contract as a typed model: read once from a bundle (one self-contained OpenAPI document, internal
 * {@code $ref}s only) and immutable afterwards. {@link #bundled()} is the contract this build was made from, as
 * shipped in the {@code faceid-openapi} jar; {@link #load(Path)} reads any other bundle, such as a changed copy.
 */
public final class Contract {

    /** Where the {@code faceid-openapi} jar holds the JSON bundle on the classpath. */
    public static final String BUNDLE_RESOURCE = "META-INF/faceid/openapi/faceid-openapi.json";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private static final class Bundled {
        static final Contract INSTANCE = fromClasspath();
    }

    private final String location;
    private final String version;
    private final List<Operation> operations;
    // Looked up on every SDK request: a map, not a scan.
    private final Map<String, Operation> operationsById;
    private final List<String> serverUrls;
    private final JsonNode schemas;
    private final References refs;

    private Contract(String location, JsonNode tree) {
        this.location = location;
        this.version = tree.path("info").path("version").asText();
        List<String> urls = new ArrayList<>();
        tree.path("servers").forEach(server -> urls.add(server.path("url").asText()));
        this.serverUrls = List.copyOf(urls);
        this.refs = new References(tree);
        this.schemas = tree.path("components").path("schemas");
        List<Operation> ops = new ArrayList<>();
        tree.path("paths").properties().forEach(path -> refs.resolve(path.getValue()).properties().forEach(op -> {
            if (METHODS.contains(op.getKey())) {
                ops.add(OperationReader.read(refs, op.getKey().toUpperCase(), path.getKey(), op.getValue()));
            }
        }));
        if (ops.isEmpty()) {
            throw new ContractException(location + " holds no operation");
        }
        this.operations = List.copyOf(ops);
        Map<String, Operation> byId = new HashMap<>();
        ops.forEach(op -> byId.putIfAbsent(op.id(), op));
        this.operationsById = Map.copyOf(byId);
    }

    /** The contract this build was made from (the {@code faceid-openapi} jar on the classpath), read once. */
    public static Contract bundled() {
        return Bundled.INSTANCE;
    }

    /** A bundle in a file, JSON or YAML (by its extension: {@code .json}, else YAML). */
    public static Contract load(Path bundle) {
        ObjectMapper mapper = bundle.toString().endsWith(".json") ? new ObjectMapper() : new YAMLMapper();
        try (InputStream in = Files.newInputStream(bundle)) {
            return new Contract(bundle.toAbsolutePath().toString(), mapper.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the contract bundle " + bundle, e);
        }
    }

    /** A bundle already parsed, for example a copy changed in memory; {@code location} names it in messages. */
    public static Contract of(JsonNode tree, String location) {
        return new Contract(location, tree);
    }

    private static Contract fromClasspath() {
        URL bundle = Contract.class.getClassLoader().getResource(BUNDLE_RESOURCE);
        if (bundle == null) {
            throw new ContractException("faceid-openapi is not on the classpath (no " + BUNDLE_RESOURCE + ")");
        }
        try {
            // Not through the JVM's shared cache of open jars: where several class loaders read the same jar in one
            // JVM (Maven's exec:java in parallel modules), closing one loader closes the cached jar under the others.
            URLConnection connection = bundle.openConnection();
            connection.setUseCaches(false);
            try (InputStream in = connection.getInputStream()) {
                return new Contract("classpath:" + BUNDLE_RESOURCE, new ObjectMapper().readTree(in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BUNDLE_RESOURCE, e);
        }
    }

    /** Where the bundle was read from: a file path or {@code classpath:...}. */
    public String location() {
        return location;
    }

    /** The contract's {@code info.version}. */
    public String version() {
        return version;
    }

    /** The {@code servers} URLs in document order, templates such as {@code https://{host}} as written. */
    public List<String> serverUrls() {
        return serverUrls;
    }

    /** The first server URL: the host a client calls unless told otherwise. */
    public String defaultServerUrl() {
        return serverUrls.stream().findFirst()
                .orElseThrow(() -> new ContractException(location + " names no server"));
    }

    /** Every operation, in document order. */
    public List<Operation> operations() {
        return operations;
    }

    /** The operation with this {@code operationId}; a {@link ContractException} when there is none. */
    public Operation operation(String operationId) {
        Operation operation = operationsById.get(operationId);
        if (operation == null) {
            throw new ContractException(location + " has no operation " + operationId);
        }
        return operation;
    }

    /** The operation served at this path (any method), if any. */
    public Optional<Operation> operationAt(String path) {
        return operations.stream().filter(op -> op.path().equals(path)).findFirst();
    }

    /** Every error code any operation documents, sorted. */
    public Set<String> errorCodes() {
        Set<String> codes = new TreeSet<>();
        operations.forEach(op -> op.errors().all().forEach(error -> codes.add(error.code())));
        return codes;
    }

    /**
     * The values a response property lists, open ({@code x-extensible-enum}, D-54) or closed ({@code enum}), such
     * as {@code listedValues("RawVerifyLiveness", "procedure_validation")}; a {@link ContractException} when the
     * property lists none.
     */
    public List<String> listedValues(String schema, String property) {
        JsonNode node = property(schema, property);
        JsonNode values = node.has("x-extensible-enum") ? node.get("x-extensible-enum") : node.path("enum");
        if (values.isEmpty()) {
            throw new ContractException(location + ": " + schema + "." + property + " lists no values");
        }
        List<String> texts = new ArrayList<>();
        values.forEach(value -> texts.add(value.asText()));
        return List.copyOf(texts);
    }

    /**
     * The error codes a response property's {@code x-faceid-billed} names (empty when it names none), such as the
     * billed comparison errors of get_result's {@code LiteVerifyResult.error_message} (D-28).
     */
    public Set<String> billedCodes(String schema, String property) {
        Set<String> codes = new TreeSet<>();
        property(schema, property).path("x-faceid-billed").forEach(code -> codes.add(code.asText()));
        return Set.copyOf(codes);
    }

    private JsonNode property(String schema, String property) {
        JsonNode node = refs.resolve(refs.resolve(schemas.path(schema)).path("properties").path(property));
        if (node.isMissingNode()) {
            throw new ContractException(location + " has no property " + schema + "." + property);
        }
        return node;
    }

    @Override
    public String toString() {
        return "Contract " + version + " (" + location + ")";
    }
}
