package dev.faceidkit.generatorconfig;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every property of the contract whose name is not snake_case (upper-case reason codes, the {@code 1e-3}
 * threshold keys, keys with spaces) has a readable Java name in generator-options.yaml, and every mapping names a
 * property the contract still has: a new odd key fails here instead of reaching users as {@code getNEWKEY()}.
 */
class GeneratorNameMappingsTest {

    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9_]*");

    @Test
    void everyPropertyThatIsNotSnakeCaseIsMappedAndNothingElse() throws IOException {
        JsonNode bundle = CodegenViewCli.read(System.getProperty("faceid.test.bundle",
                "classpath:META-INF/faceid/openapi/faceid-openapi.yaml"));
        JsonNode options = new YAMLMapper().readTree(Path.of("src/main/codegen/generator-options.yaml").toFile());
        Set<String> odd = new TreeSet<>();
        collect(bundle.path("components").path("schemas"), odd);
        Set<String> mapped = new TreeSet<>();
        options.path("nameMappings").fieldNames().forEachRemaining(mapped::add);

        assertThat(mapped).isEqualTo(odd);
        options.path("nameMappings").forEach(name -> assertThat(name.asText()).matches("[a-z][A-Za-z0-9]*"));
    }

    private static void collect(JsonNode node, Set<String> odd) {
        if (node.isObject()) {
            node.path("properties").fieldNames().forEachRemaining(name -> {
                if (!SNAKE_CASE.matcher(name).matches()) {
                    odd.add(name);
                }
            });
        }
        node.forEach(child -> collect(child, odd));
    }
}
