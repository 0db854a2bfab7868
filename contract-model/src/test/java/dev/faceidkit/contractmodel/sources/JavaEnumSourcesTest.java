package dev.faceidkit.contractmodel.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faceidkit.contractmodel.Contract;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaEnumSourcesTest {

    @Test
    void writesOneEnumPerNamedRequestEnumAndTheErrorCodes(@TempDir Path out) throws Exception {
        new JavaEnumSources(Contract.bundled()).write(out, "p.enums", "p.errors.Codes");
        String level = Files.readString(out.resolve("p/enums/SecurityLevel.java"));
        assertThat(level).contains("public enum SecurityLevel", "LENIENT(\"1\")", "VERY_STRICT(\"4\");");
        assertThat(out.resolve("p/enums/ReturnImage.java")).exists();
        String codes = Files.readString(out.resolve("p/errors/Codes.java"));
        assertThat(codes).contains("    NO_FACE_FOUND,\n", "    REQUEST_ENTITY_TOO_LARGE,\n", "UNKNOWN;");
    }

    @Test
    void aValueAddedToTheContractBecomesAConstant(@TempDir Path out) throws Exception {
        JsonNode tree;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(Contract.BUNDLE_RESOURCE)) {
            tree = new ObjectMapper().readTree(in);
        }
        ObjectNode level = (ObjectNode) tree.at("/components/schemas/BizTokenRequest/properties/security_level");
        ((ArrayNode) level.get("enum")).add("5");
        ((ArrayNode) level.get("x-enum-varnames")).add("PARANOID");
        new JavaEnumSources(Contract.of(tree, "changed copy")).write(out, "p", "p.Codes");
        assertThat(Files.readString(out.resolve("p/SecurityLevel.java"))).contains("PARANOID(\"5\");");
    }

    @Test
    void fieldNamesBecomeTypeNames() {
        assertThat(JavaEnumSources.typeName("get_liveness_video")).isEqualTo("GetLivenessVideo");
    }
}
