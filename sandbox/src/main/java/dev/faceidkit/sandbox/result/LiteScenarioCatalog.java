package dev.faceidkit.sandbox.result;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faceidkit.sandbox.error.FaceIdErrorCode;
import dev.faceidkit.generated.server.model.GetResultResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/**
 * The get_result scenarios of {@code sandbox/lite-results.yaml}. Each body is checked against the generated
 * model at start-up, so a scenario that does not fit the contract stops the sandbox instead of reaching a client.
 */
@Component
public class LiteScenarioCatalog {

    private static final String LOCATION = "sandbox/lite-results.yaml";

    private final Map<String, LiteScenario> scenarios = new LinkedHashMap<>();
    private final ObjectMapper objectMapper;

    public LiteScenarioCatalog(ObjectMapper objectMapper) {
        // Strict: a misspelt key in the scenarios file must fail, not vanish.
        this.objectMapper = objectMapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        for (Map.Entry<String, Object> entry : load().entrySet()) {
            LiteScenario scenario = scenario(entry.getKey(), this.objectMapper.valueToTree(entry.getValue()));
            body(scenario); // fails here, at start-up, if the scenario does not fit the contract's model
            scenarios.put(scenario.name(), scenario);
        }
    }

    public Optional<LiteScenario> find(String name) {
        return Optional.ofNullable(scenarios.get(name));
    }

    public Collection<LiteScenario> all() {
        return scenarios.values();
    }

    /** A fresh copy of the scenario's body as the generated model. */
    public GetResultResponse body(LiteScenario scenario) {
        try {
            return objectMapper.treeToValue(scenario.response(), GetResultResponse.class);
        } catch (IOException e) {
            throw new IllegalStateException("Scenario " + scenario.name() + " does not fit GetResultResponse", e);
        }
    }

    private static LiteScenario scenario(String name, JsonNode node) {
        List<String> images = new ArrayList<>();
        node.path("images").forEach(image -> images.add(image.asText()));
        FaceIdErrorCode error = node.hasNonNull("error") ? FaceIdErrorCode.valueOf(node.get("error").asText()) : null;
        return new LiteScenario(name, node.path("description").asText(), error, List.copyOf(images),
                node.path("multifaces").asText("0"), node.path("response"));
    }

    private static Map<String, Object> load() {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LOCATION, e);
        }
    }
}
