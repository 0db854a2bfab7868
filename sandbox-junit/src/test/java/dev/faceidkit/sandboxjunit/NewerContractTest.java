package dev.faceidkit.sandboxjunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.sdk.Comparison;
import dev.faceidkit.sdk.FaceIdClient;
import dev.faceidkit.sdk.FaceImage;
import dev.faceidkit.sdk.VerifyRequest;
import dev.faceidkit.sdk.errors.BadRequestException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A contract newer than the generated code (issue 27): a copy that adds an optional text field and an enum field
 * to verify. The SDK, given the copy, sends both with {@code field(name, value)} and checks them as it checks every
 * field; the sandbox, given the copy, checks them and names them in its journal. No Java code knows either name.
 */
class NewerContractTest {

    private static final String NOTE = "sandbox_note";
    private static final String MODE = "comparison_mode";

    @TempDir
    Path work;

    @Test
    void fieldsANewerContractAddsAreSentCheckedAndJournalledWithNoCodeChange() throws Exception {
        Path copy = newerCopy();
        Contract newer = Contract.load(copy);
        try (RunningSandbox sandbox = RunningSandbox.start(Map.of("faceid.sandbox.contract", copy.toString()));
             FaceIdClient client = sandbox.client()) {
            client.verify(knownIdentity(VerifyRequest.builder(newer)).field(NOTE, "hello").field(MODE, "strict")
                    .build());
            RecordedRequest sent = sandbox.requests().last().assertFollowsTheContract();
            assertThat(sent.status()).isEqualTo(200);
            assertThat(sent.fieldNames()).contains(NOTE, MODE);

            // The SDK refuses a value the newer contract does not allow, before sending anything.
            assertThatThrownBy(() -> knownIdentity(VerifyRequest.builder(newer)).field(MODE, "lenient").build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(MODE);
            // The sandbox refuses it too, with the documented error, when it arrives (sent as an extra field by a
            // client that only knows the bundled contract).
            assertThatThrownBy(() -> client.verify(knownIdentity(VerifyRequest.builder())
                    .extraField(MODE, "lenient").build()))
                    .isInstanceOfSatisfying(BadRequestException.class,
                            e -> assertThat(e.rawCode() + " " + e.detail()).contains("BAD_ARGUMENTS").contains(MODE));
            assertThat(sandbox.requests().last().status()).isEqualTo(400);
        }
    }

    @Test
    void theBundledContractStillRefusesTheNewNamesThroughTheNamedSetter() {
        assertThatThrownBy(() -> knownIdentity(VerifyRequest.builder()).field(MODE, "strict").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("extraField");
    }

    private static VerifyRequest.Builder knownIdentity(VerifyRequest.Builder builder) {
        return builder.comparison(Comparison.dataSource("张三", "11010519491231002X"))
                .faceImage(FaceImage.faceToken("5e0c4a6b1f2d3e4f5a6b7c8d9e0f1a2b"));
    }

    private Path newerCopy() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree;
        try (InputStream in = Contract.class.getClassLoader().getResourceAsStream(Contract.BUNDLE_RESOURCE)) {
            tree = (ObjectNode) json.readTree(in);
        }
        ObjectNode properties = (ObjectNode) tree.at("/components/schemas/VerifyRequest/properties");
        properties.putObject(NOTE).put("type", "string").put("maxLength", 16)
                .put("description", "A note (added by this test's copy of the contract).");
        ObjectNode mode = properties.putObject(MODE).put("type", "string")
                .put("description", "A mode (added by this test's copy of the contract).");
        mode.putArray("enum").add("strict").add("standard");
        Path copy = work.resolve("newer-contract.json");
        Files.writeString(copy, json.writeValueAsString(tree));
        return copy;
    }
}
