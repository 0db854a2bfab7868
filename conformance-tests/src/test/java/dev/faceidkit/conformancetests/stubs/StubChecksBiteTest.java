package dev.faceidkit.conformancetests.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.faceidkit.conformancetests.contract.Contract;
import dev.faceidkit.conformancetests.contract.ContractBundle;
import dev.faceidkit.conformancetests.contract.SpecField;
import dev.faceidkit.conformancetests.contract.SpecFields;
import java.util.List;
import okhttp3.MultipartBody;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import retrofit2.http.Part;

/** The stub checks report what they exist for: a missing or renamed field, a wrong required flag, a shifted file. */
class StubChecksBiteTest {

    private final Contract contract = ContractBundle.get().contract();

    interface ServerStub {
        void op(@RequestParam(value = "a", required = true) String a,
                @RequestParam(value = "b", required = false) String b,
                @RequestPart(value = "f", required = false) MultipartFile f);
    }

    interface ClientStub {
        void op(@Part("a") String a, @Part("b") String b, @Part MultipartBody.Part f);
    }

    private static final List<SpecField> FIELDS = List.of(new SpecField("a", false, true),
            new SpecField("f", true, false), new SpecField("b", false, false));

    @Test
    void matchingStubsHaveNoProblem() throws Exception {
        assertThat(StubCheck.server(FIELDS, ServerStubParameters.of(ServerStub.class.getMethods()[0]))).isEmpty();
        assertThat(StubCheck.client(List.of(FIELDS.get(0), FIELDS.get(2), FIELDS.get(1)),
                ClientStubParameters.of(ClientStub.class.getMethods()[0]))).isEmpty();
    }

    @Test
    void anExtraRequiredFieldIsReportedOnBothSides() {
        List<SpecField> fields = List.of(new SpecField("a", false, true), new SpecField("b", false, true),
                new SpecField("f", true, false));
        assertThat(StubCheck.server(fields, ServerStubParameters.of(ServerStub.class.getMethods()[0])))
                .contains("b: required=false, the contract says true");
        List<SpecField> withNew = List.of(new SpecField("a", false, true), new SpecField("z", false, true),
                new SpecField("b", false, false), new SpecField("f", true, false));
        assertThat(StubCheck.server(withNew, ServerStubParameters.of(ServerStub.class.getMethods()[0])))
                .contains("no parameter for field z");
        assertThat(StubCheck.client(withNew, ClientStubParameters.of(ClientStub.class.getMethods()[0])))
                .isNotEmpty();
    }

    @Test
    void aFileSlotInTheWrongPlaceIsReported() {
        assertThat(StubCheck.client(FIELDS, ClientStubParameters.of(ClientStub.class.getMethods()[0])))
                .anyMatch(p -> p.contains("should be an unnamed file part"));
    }

    @Test
    void aRequiredFieldAddedToTheContractIsSeenByTheFieldModel() {
        Contract broken = contract.mutated(tree ->
                ((ArrayNode) tree.at("/components/schemas/VerifyRequest/required")).add("uuid"));
        assertThat(new SpecFields(broken).of(broken.operation("verify")))
                .contains(new SpecField("uuid", false, true));
        assertThat(StubCheck.server(new SpecFields(broken).of(broken.operation("verify")), ServerStubParameters.of(
                GeneratedInterfaces.method(GeneratedInterfaces.SERVER, "verify"))))
                .contains("uuid: required=false, the contract says true");
    }

    @Test
    void aVariantOnlyRequirementIsNotAlwaysRequired() {
        assertThat(new SpecFields(contract).of(contract.operation("verify")))
                .contains(new SpecField("idcard_name", false, false), new SpecField("image_ref1", true, false),
                        new SpecField("api_key", false, true));
        Contract everyVariant = contract.mutated(tree ->
                ((ArrayNode) tree.at("/components/schemas/DataSourceComparison/required")).add("uuid"));
        assertThat(new SpecFields(everyVariant).of(everyVariant.operation("verify")))
                .as("required by both comparison alternatives").contains(new SpecField("uuid", false, true));
    }
}
