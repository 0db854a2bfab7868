package dev.faceidkit.contractgate;

import static dev.faceidkit.contractgate.Bundles.array;
import static dev.faceidkit.contractgate.Bundles.object;
import static dev.faceidkit.contractgate.Bundles.removeElement;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faceidkit.contractgate.compare.Json;
import dev.faceidkit.contractgate.model.OpenApiDiffResult;
import dev.faceidkit.contractgate.compare.OpenApiDiffRunner;
import dev.faceidkit.contractgate.compare.ContractComparator;
import dev.faceidkit.contractgate.model.Change;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Why {@link ContractDiff} exists: what openapi-diff (the pinned version), on its own, says about changes that break
 * FaceID consumers. Each case is a measured blind spot; if an upgrade of openapi-diff starts to catch one, this test
 * says so, and the list in docs/RELEASING.md should be updated (the toolkit's rules stay: they cost nothing).
 */
class OpenApiDiffBlindSpotsTest {

    private static final String GET_RESULT = "/paths/~1faceid~1lite~1get_result/get";

    private record Case(String name, Consumer<ObjectNode> mutation, boolean openApiDiffSeesADifference) {
    }

    private static final List<Case> BLIND_SPOTS = List.of(
            new Case("optional response field removed",
                    t -> object(t, "/components/schemas/GetResultResponse/properties").remove("multifaces_image"), true),
            new Case("form field removed",
                    t -> object(t, "/components/schemas/VerifyRequest/properties").remove("check_delta"), true),
            new Case("error code removed from x-faceid-errors",
                    t -> removeElement(array(t, GET_RESULT + "/responses/400/x-faceid-errors"), "code",
                            "RESULT_NOT_FOUND"), false),
            new Case("error code moved to another status",
                    t -> array(t, GET_RESULT + "/responses/403/x-faceid-errors").add(removeElement(
                            array(t, GET_RESULT + "/responses/400/x-faceid-errors"), "code", "RESULT_NOT_FOUND")),
                    false),
            new Case("form field default changed",
                    t -> object(t, "/components/schemas/VerifyRequest/properties/fail_when_multiple_faces")
                            .put("default", "0"), true),
            new Case("operationId changed",
                    t -> object(t, GET_RESULT).put("operationId", "lookUpResult"), true),
            new Case("response field became nullable",
                    t -> object(t, "/components/schemas/GetResultResponse/properties/fail_reason").put("nullable", true),
                    true));

    @Test
    void openApiDiffAloneMissesTheseBreakingChanges() throws JsonProcessingException {
        String released = Json.YAML.writeValueAsString(Bundles.current());
        for (Case blindSpot : BLIND_SPOTS) {
            ObjectNode candidate = Bundles.current();
            blindSpot.mutation().accept(candidate);
            OpenApiDiffResult openApiDiff =
                    OpenApiDiffRunner.run(released, Json.YAML.writeValueAsString(candidate));
            List<Change> ours = ContractComparator.compare(Bundles.current(), candidate);

            assertThat(openApiDiff.incompatible()).as("openapi-diff %s now reports '%s' as incompatible: update the"
                    + " blind-spot list in docs/RELEASING.md", openApiDiff.version(), blindSpot.name()).isFalse();
            assertThat(openApiDiff.different()).as("openapi-diff sees a difference for '%s'", blindSpot.name())
                    .isEqualTo(blindSpot.openApiDiffSeesADifference());
            assertThat(ours).as("the faceid rules on '%s'", blindSpot.name()).anyMatch(Change::isBreaking);
        }
    }

    @Test
    void openApiDiffIgnoresOpenEnumerations() throws JsonProcessingException {
        ObjectNode candidate = Bundles.current();
        array(candidate, "/components/schemas/GetResultResponse/properties/status/x-extensible-enum").add("EXPIRED");
        OpenApiDiffResult openApiDiff = OpenApiDiffRunner.run(Json.YAML.writeValueAsString(Bundles.current()),
                Json.YAML.writeValueAsString(candidate));

        assertThat(openApiDiff.different()).isFalse();
        assertThat(ContractComparator.compare(Bundles.current(), candidate)).singleElement()
                .satisfies(change -> assertThat(change.isBreaking()).isFalse());
    }
}
