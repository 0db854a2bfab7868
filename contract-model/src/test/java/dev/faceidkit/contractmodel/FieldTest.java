package dev.faceidkit.contractmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldTest {

    private final Operation bizToken = Contract.bundled().operation("getBizToken");
    private final Operation verify = Contract.bundled().operation("verify");

    @Test
    void aStringEncodedIntegerIsJudgedByItsRange() {
        Field timeout = bizToken.field("liveness_timeout");
        assertThat(timeout.integerRange()).hasValue(new IntegerRange(5, 60));
        assertThat(timeout.check("5")).isEmpty();
        assertThat(timeout.check("60")).isEmpty();
        assertThat(timeout.check("61")).map(FieldProblem::kind).hasValue(FieldProblem.Kind.OUT_OF_RANGE);
        assertThat(timeout.check("07")).map(FieldProblem::message)
                .hasValue("liveness_timeout must be an integer from 5 to 60");
    }

    @Test
    void enumsDefaultsAndParts() {
        Field level = bizToken.field("security_level");
        assertThat(level.enumValues()).containsExactly("1", "2", "3", "4");
        assertThat(level.defaultValue()).hasValue("2");
        assertThat(level.check("5")).map(FieldProblem::kind).hasValue(FieldProblem.Kind.NOT_IN_ENUM);
        assertThat(verify.field("image").part()).isEqualTo(Field.Part.FILE);
        assertThat(verify.field("image").maxPixels()).hasValue(4096);
        assertThat(verify.field("api_key").alwaysRequired()).isTrue();
    }

    @Test
    void lengthsBytesAndPatterns() {
        assertThat(verify.field("idcard_name").check("名".repeat(33))).map(FieldProblem::kind)
                .hasValue(FieldProblem.Kind.TOO_LONG);
        assertThat(verify.field("uuid").check("字".repeat(171))).map(FieldProblem::kind)
                .hasValue(FieldProblem.Kind.TOO_MANY_BYTES);
        assertThat(verify.field("idcard_number").check("11010519491231002Y")).map(FieldProblem::kind)
                .hasValue(FieldProblem.Kind.PATTERN);
        assertThat(verify.field("idcard_number").check("11010519491231002X")).isEmpty();
        assertThat(bizToken.field("idcard_number").check("1101051949123100")).map(FieldProblem::message)
                .hasValue("idcard_number must be 18 characters, was 16 characters");
    }

    @Test
    void aProblemNeverRepeatsTheValue() {
        assertThat(verify.field("idcard_name").check("张三".repeat(20))).map(FieldProblem::message)
                .hasValueSatisfying(message -> assertThat(message).doesNotContain("张三"));
    }

    @org.junit.jupiter.api.Test
    void utf8LengthIsWhatEncodingWouldGive() {
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append((char) (random.nextInt(4) == 0 ? random.nextInt(0x10000) : random.nextInt(0x900)));
            }
            text.append("张三😀");
            org.assertj.core.api.Assertions.assertThat(Field.utf8Length(text.toString())).as("%s", text)
                    .isEqualTo(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
    }
}
