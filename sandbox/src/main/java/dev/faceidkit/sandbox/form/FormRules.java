package dev.faceidkit.sandbox.form;

import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.contractmodel.Field;
import dev.faceidkit.contractmodel.Operation;
import dev.faceidkit.contractmodel.Variant;
import dev.faceidkit.sandbox.error.FaceIdError;
import dev.faceidkit.sandbox.error.FaceIdErrorCode;
import dev.faceidkit.sandbox.http.ApiOperation;
import org.springframework.stereotype.Component;

/**
 * The contract's rules for one operation's fields, as the validators apply them: every enum, default, range,
 * length, byte limit and pattern comes from the {@link Contract}; none is written in the sandbox. A value that
 * breaks its field's limits is answered with the field's {@code x-faceid-invalid-value-error}, else
 * {@code BAD_ARGUMENTS: <field>}; an absent required field with {@code MISSING_ARGUMENTS: <field>}.
 */
@Component
public class FormRules {

    private final Contract contract;

    public FormRules(Contract contract) {
        this.contract = contract;
    }

    /** The rules of one operation. */
    public Rules of(ApiOperation op) {
        return new Rules(contract.operation(op.operationId()));
    }

    /** One operation's rules. */
    public static final class Rules {

        /** How a 0/1 flag says yes: the documents' convention for every flag of this API. */
        private static final String YES = "1";

        private final Operation operation;

        private Rules(Operation operation) {
            this.operation = operation;
        }

        /** The value, checked; the contract's default when absent (null when it has none). */
        public String value(String field, String value) {
            if (!Fields.present(value)) {
                return operation.field(field).defaultValue().orElse(null);
            }
            check(field, value);
            return value;
        }

        /** A required value, checked. */
        public String required(String field, String value) {
            return value(field, Fields.required(field, value));
        }

        /** A 0/1 flag, checked; absent means the contract's default. */
        public boolean flag(String field, String value) {
            return YES.equals(value(field, value));
        }

        /**
         * An integer sent as text, checked against its range; absent means the contract's default, or
         * {@code proseDefault} where the contract states the default only in prose (it depends on another field).
         */
        public int integer(String field, String value, int proseDefault) {
            String checked = value(field, value);
            return checked == null ? proseDefault : Integer.parseInt(checked);
        }

        /** An integer sent as text, checked against its range; absent means the contract's default. */
        public int integer(String field, String value) {
            String checked = value(field, value);
            if (checked == null) {
                throw new IllegalStateException("The contract states no default for " + field);
            }
            return Integer.parseInt(checked);
        }

        /** The alternative a required selector chooses ({@code BAD_ARGUMENTS} for a value none pins). */
        public Variant variant(String selector, String value) {
            String chosen = required(selector, value);
            return operation.variantGroup(selector).select(chosen).orElseThrow(() -> FaceIdError.bad(selector));
        }

        /** Checks a present value against its field's limits. */
        public void check(String field, String value) {
            if (value == null) {
                return;
            }
            Field rules = operation.field(field);
            if (rules.check(value).isPresent()) {
                throw rules.invalidValueError().map(code -> FaceIdError.of(FaceIdErrorCode.valueOf(code)))
                        .orElseGet(() -> FaceIdError.bad(field));
            }
        }

        /** The operation these rules are of. */
        public Operation operation() {
            return operation;
        }
    }
}
