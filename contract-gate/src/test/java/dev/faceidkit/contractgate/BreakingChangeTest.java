package dev.faceidkit.contractgate;

import static dev.faceidkit.contractgate.Bundles.array;
import static dev.faceidkit.contractgate.Bundles.getResultParameter;
import static dev.faceidkit.contractgate.Bundles.object;
import static dev.faceidkit.contractgate.Bundles.removeElement;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faceidkit.contractgate.model.GateResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gate on copies of the real bundle, mutated in memory: the released contract is the bundle as built (as
 * 1.0.0), the candidate a mutated copy as 1.1.0 (project 1.1.0-SNAPSHOT), so only a major bump or the override may
 * let a breaking change through. Each mutation touches a different part of the contract: multipart form fields,
 * query parameters, JSON response fields, enums, and the error catalogue in {@code x-faceid-errors}.
 */
class BreakingChangeTest {

    private static final String VERIFY_FORM = "/components/schemas/VerifyRequest";
    private static final String GET_RESULT = "/paths/~1faceid~1lite~1get_result/get";
    private static final String RESULT_BODY = "/components/schemas/GetResultResponse";
    /** get_biz_token's liveness_timeout: an integer 5-60 sent as a string, pattern and x-faceid-integer-range. */
    private static final String LIVENESS_TIMEOUT = "/components/schemas/BizTokenRequest/properties/liveness_timeout";

    @TempDir
    Path tmp;

    static Stream<Arguments> breakingChanges() {
        return Stream.of(
                change("response field removed (optional, JSON body of GET get_result 200)",
                        t -> object(t, RESULT_BODY + "/properties").remove("multifaces_image"),
                        "response 200 application/json · `multifaces_image`", "field removed"),
                change("response field removed inside an allOf (face_genuineness.face_replaced)",
                        t -> object(t, "/components/schemas/FaceGenuineness/properties").remove("face_replaced"),
                        "`liveness_result.face_genuineness.face_replaced`", "field removed"),
                change("required form field added (multipart/form-data of POST verify)",
                        t -> {
                            object(t, VERIFY_FORM + "/properties").putObject("device_id").put("type", "string");
                            array(t, VERIFY_FORM + "/required").add("device_id");
                        },
                        "request multipart/form-data · `device_id`", "new required form field"),
                change("form field removed (check_delta)",
                        t -> object(t, VERIFY_FORM + "/properties").remove("check_delta"),
                        "request multipart/form-data · `check_delta`", "form field removed"),
                change("form field type changed (uuid: string → integer)",
                        t -> object(t, VERIFY_FORM + "/properties/uuid").put("type", "integer"),
                        "request multipart/form-data · `uuid`", "type string → integer"),
                change("file part turned into a text field (image_ref1 loses format: binary)",
                        t -> object(t, VERIFY_FORM + "/properties/image_ref1").remove("format"),
                        "`image_ref1`", "format binary → (none)"),
                change("form enum narrowed (face_image_type without meglive_flash)",
                        t -> removeElement(array(t, VERIFY_FORM + "/properties/face_image_type/enum"), null,
                                "meglive_flash"),
                        "`face_image_type`", "enum narrowed: meglive_flash no longer accepted"),
                change("form field made required inside a oneOf alternative (DataSourceComparison requires uuid)",
                        t -> array(t, "/components/schemas/DataSourceComparison/required").add("uuid"),
                        "[DataSourceComparison] · `uuid`", "became required"),
                change("form field default changed (fail_when_multiple_faces 1 → 0)",
                        t -> object(t, VERIFY_FORM + "/properties/fail_when_multiple_faces").put("default", "0"),
                        "`fail_when_multiple_faces`", "default '1' → '0'"),
                change("form field limit narrowed (idcard_name maxLength 32 → 16)",
                        t -> object(t, VERIFY_FORM + "/properties/idcard_name").put("maxLength", 16),
                        "`idcard_name`", "maxLength 32 → 16"),
                change("query enum narrowed (return_image without 6)",
                        t -> removeElement((ArrayNode) getResultParameter(t, "return_image").at("/schema/enum"), null,
                                "6"),
                        "query parameter `return_image`", "enum narrowed: 6 no longer accepted"),
                change("required query parameter added",
                        t -> array(t, GET_RESULT + "/parameters").addObject().put("name", "tenant").put("in", "query")
                                .put("required", true).putObject("schema").put("type", "string"),
                        "query parameter `tenant`", "new required parameter"),
                change("optional query parameter made required (return_image)",
                        t -> getResultParameter(t, "return_image").put("required", true),
                        "query parameter `return_image`", "parameter became required"),
                change("query parameter removed (return_multifaces_tag)",
                        t -> removeElement(array(t, GET_RESULT + "/parameters"), "name", "return_multifaces_tag"),
                        "query parameter `return_multifaces_tag`", "parameter removed"),
                change("error code removed from x-faceid-errors (RESULT_NOT_FOUND of get_result 400)",
                        t -> removeElement(array(t, GET_RESULT + "/responses/400/x-faceid-errors"), "code",
                                "RESULT_NOT_FOUND"),
                        "error code `RESULT_NOT_FOUND`", "error code removed (was returned with 400)"),
                change("error code moved to another status (RESULT_NOT_FOUND 400 → 403)",
                        t -> array(t, GET_RESULT + "/responses/403/x-faceid-errors").add(removeElement(
                                array(t, GET_RESULT + "/responses/400/x-faceid-errors"), "code", "RESULT_NOT_FOUND")),
                        "error code `RESULT_NOT_FOUND`", "returned with 403 instead of 400"),
                // A closed response enum gaining a value: the contract has none left (D-54); EnumValueAddedRuleTest.
                change("response limit loosened (time_used loses minimum: 0)",
                        t -> object(t, RESULT_BODY + "/properties/time_used").remove("minimum"),
                        "`time_used`", "minimum 0 → (none) (values outside the old limit may now arrive)"),
                change("response field no longer required (time_used)",
                        t -> removeElement(array(t, RESULT_BODY + "/required"), null, "time_used"),
                        "`time_used`", "may now be absent"),
                change("operationId changed (getResult → lookUpResult)",
                        t -> object(t, GET_RESULT).put("operationId", "lookUpResult"),
                        "GET /faceid/lite/get_result", "operationId `getResult` → `lookUpResult`"),
                change("string-encoded integer range narrowed (liveness_timeout 5-60 → 5-30, with its pattern)",
                        t -> livenessTimeout(t, 30, "^([5-9]|[12][0-9]|30)$"),
                        "`liveness_timeout`", "x-faceid-integer-range"),
                change("response status removed (get_result 403)",
                        t -> object(t, GET_RESULT + "/responses").remove("403"),
                        "GET /faceid/lite/get_result · response 403", "response status removed"));
    }

    static Stream<Arguments> compatibleChanges() {
        return Stream.of(
                change("optional form field added",
                        t -> object(t, VERIFY_FORM + "/properties").putObject("device_id").put("type", "string"),
                        "request multipart/form-data · `device_id`", "new optional form field"),
                change("optional query parameter added",
                        t -> array(t, GET_RESULT + "/parameters").addObject().put("name", "lang").put("in", "query")
                                .putObject("schema").put("type", "string"),
                        "query parameter `lang`", "new optional parameter"),
                change("response field added",
                        t -> object(t, RESULT_BODY + "/properties").putObject("risk_level").put("type", "string"),
                        "`risk_level`", "new field"),
                change("value added to an open response enum (x-extensible-enum of status)",
                        t -> array(t, RESULT_BODY + "/properties/status/x-extensible-enum").add("EXPIRED"),
                        "`status`", "x-extensible-enum gained EXPIRED"),
                change("request enum widened (return_image 7)",
                        t -> ((ArrayNode) getResultParameter(t, "return_image").at("/schema/enum")).add("7"),
                        "query parameter `return_image`", "enum gained 7"),
                change("new error code (get_result 400 BIZ_ID_EXPIRED)",
                        t -> array(t, GET_RESULT + "/responses/400/x-faceid-errors").addObject()
                                .put("code", "BIZ_ID_EXPIRED").put("message", "BIZ_ID_EXPIRED").put("billed", false),
                        "error code `BIZ_ID_EXPIRED`", "new error code with 400"),
                change("form field limit widened (idcard_name maxLength 32 → 64)",
                        t -> object(t, VERIFY_FORM + "/properties/idcard_name").put("maxLength", 64),
                        "`idcard_name`", "maxLength 32 → 64"),
                change("string-encoded integer range widened (liveness_timeout 5-60 → 5-90, with its pattern)",
                        t -> livenessTimeout(t, 90, "^([5-9]|[1-8][0-9]|90)$"),
                        "`liveness_timeout`", "x-faceid-integer-range"),
                change("description reworded",
                        t -> object(t, RESULT_BODY + "/properties/fail_reason").put("description", "Why it failed."),
                        null, null));
    }

    @ParameterizedTest(name = "{0} fails the check")
    @MethodSource("breakingChanges")
    void breakingChangeFailsTheCheck(String name, Consumer<ObjectNode> mutation, String where, String what)
            throws IOException {
        GateResult outcome = gate(mutation, "1.1.0", null);

        assertThat(outcome.passed()).as("the gate passed; changes: %s", outcome.changes()).isFalse();
        assertThat(outcome.failures()).anySatisfy(f -> assertThat(f).contains("breaking change(s) against the released"
                + " contract 1.0.0"));
        assertThat(outcome.breaking()).as("breaking changes found").anySatisfy(change -> {
            assertThat(change.location()).contains(where);
            assertThat(change.description()).contains(what);
        });
    }

    @ParameterizedTest(name = "{0} passes the check")
    @MethodSource("compatibleChanges")
    void compatibleChangePassesTheCheck(String name, Consumer<ObjectNode> mutation, String where, String what)
            throws IOException {
        GateResult outcome = gate(mutation, "1.1.0", null);

        assertThat(outcome.breaking()).as("breaking changes").isEmpty();
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.differences()).as("textual differences").isNotEmpty();
        if (where != null) {
            assertThat(outcome.nonBreaking()).anySatisfy(change -> {
                assertThat(change.location()).contains(where);
                assertThat(change.description()).contains(what);
            });
        }
    }

    @ParameterizedTest(name = "{0} passes with a major version bump")
    @MethodSource("breakingChanges")
    void breakingChangePassesWithAMajorBump(String name, Consumer<ObjectNode> mutation, String where, String what)
            throws IOException {
        GateResult outcome = gate(mutation, "2.0.0", null);

        assertThat(outcome.passed()).as("%s", outcome.failures()).isTrue();
        assertThat(outcome.breaking()).isNotEmpty();
        assertThat(outcome.warnings()).anySatisfy(w -> assertThat(w).contains("the major version was raised (1.0.0 → 2.0.0)"));
    }

    @org.junit.jupiter.api.Test
    void widenedIntegerRangeJudgesItsPatternByTheRangeNotByItsText() throws IOException {
        GateResult outcome = gate(t -> livenessTimeout(t, 90, "^([5-9]|[1-8][0-9]|90)$"), "1.1.0", null);

        assertThat(outcome.passed()).as("%s", outcome.failures()).isTrue();
        assertThat(outcome.nonBreaking()).anySatisfy(change -> {
            assertThat(change.rule()).isEqualTo("pattern-changed");
            assertThat(change.location()).contains("`liveness_timeout`");
            assertThat(change.description()).contains("every integer accepted before is still accepted");
        });
        assertThat(outcome.breaking()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void narrowedIntegerRangeIsBreakingByTheRange() throws IOException {
        GateResult outcome = gate(t -> livenessTimeout(t, 30, "^([5-9]|[12][0-9]|30)$"), "1.1.0", null);

        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.breaking()).anySatisfy(change -> {
            assertThat(change.rule()).isEqualTo("integer-range-changed");
            assertThat(change.location()).contains("`liveness_timeout`");
        }).anySatisfy(change -> {
            assertThat(change.rule()).isEqualTo("pattern-changed");
            assertThat(change.description()).contains("'31' was accepted and is now rejected");
        });
    }

    /** liveness_timeout with maximum {@code max} and the pattern that spells 5..max out. */
    private static void livenessTimeout(JsonNode tree, int max, String pattern) {
        ObjectNode field = object(tree, LIVENESS_TIMEOUT);
        field.put("pattern", pattern);
        ((ObjectNode) field.get("x-faceid-integer-range")).put("maximum", max);
    }

    private GateResult gate(Consumer<ObjectNode> mutation, String candidateVersion, String allowBreaking)
            throws IOException {
        ObjectNode released = Bundles.withVersion(Bundles.current(), "1.0.0");
        ObjectNode candidate = Bundles.withVersion(Bundles.current(), candidateVersion);
        mutation.accept(candidate);
        Path baselines = tmp.resolve("baseline");
        Bundles.write(baselines.resolve("faceid-openapi-1.0.0.yaml"), released);
        Path bundle = Bundles.write(tmp.resolve("bundle/faceid-openapi.yaml"), candidate);
        return ContractGate.run(new ContractGate.Options(bundle, baselines, candidateVersion + "-SNAPSHOT",
                allowBreaking, tmp.resolve("contract-diff.md"), null, null));
    }

    private static Arguments change(String name, Consumer<JsonNode> mutation, String where, String what) {
        Consumer<ObjectNode> typed = mutation::accept;
        return Arguments.of(name, typed, where, what);
    }
}
