package dev.faceidkit.sdk.internal;

import dev.faceidkit.contractmodel.Field;
import dev.faceidkit.contractmodel.Operation;
import dev.faceidkit.contractmodel.Variant;
import dev.faceidkit.sdk.FileUpload;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import okhttp3.MultipartBody;

/**
 * The fields one request sends, by wire name: the documented text fields and files its builder set, and the
 * caller's extra fields. Credentials are not in here; the client adds them on each call.
 */
public final class FormFields {

    private final Operation operation;
    private final Entries<String> texts;
    private final Entries<FileUpload> files;
    private final Map<String, String> extras;

    /** Takes the builder's entries as they are: a builder builds once, so nothing else can change them. */
    private FormFields(Builder builder) {
        this.operation = builder.operation;
        this.texts = builder.texts;
        this.files = builder.files;
        this.extras = builder.extras;
    }

    /** The operation of the contract these fields were checked against. */
    public Operation operation() {
        return operation;
    }

    /** The value of a documented text field, or null when it is not sent. */
    public String text(String name) {
        return texts.get(name);
    }

    /** The part for a documented file field, named by the SDK, or null when it is not sent. */
    public MultipartBody.Part part(String name) {
        FileUpload file = files.get(name);
        return file == null ? null : file.toPart(name);
    }

    /** Fields the contract does not list, in the order they were added. */
    public Map<String, String> extras() {
        return extras;
    }

    @Override
    public String toString() {
        StringJoiner names = new StringJoiner(", ", "[", "]");
        for (int i = 0; i < texts.size; i++) {
            names.add(texts.names[i]);
        }
        for (int i = 0; i < files.size; i++) {
            names.add(files.names[i] + " (file)");
        }
        extras.keySet().forEach(name -> names.add(name + " (extra)"));
        return names.toString();
    }

    /**
     * Collects the fields of a request and checks each against the operation's contract as it is added: every
     * limit, enum and range comes from the {@link Operation}, none is written here.
     */
    public static final class Builder {
        private final Operation operation;
        private final Entries<String> texts = new Entries<>();
        private final Entries<FileUpload> files = new Entries<>();
        private Map<String, String> extras = Map.of();
        private boolean built;

        public Builder(Operation operation) {
            this.operation = operation;
        }

        public Operation operation() {
            return operation;
        }

        /** Adds a text field unless the value is null (unset), after checking it against the contract. */
        public Builder text(String name, String value) {
            if (value != null) {
                Field field = field(name, Field.Part.TEXT);
                field.check(value).ifPresent(problem -> {
                    throw new IllegalArgumentException(problem.message());
                });
                texts.put(name, value);
            }
            return this;
        }

        /** An integer sent as text; the error also says the number, which is never personal data. */
        public Builder integer(String name, Integer value) {
            if (value != null) {
                field(name, Field.Part.TEXT).check(value.toString()).ifPresent(problem -> {
                    throw new IllegalArgumentException(problem.message() + ", was " + value);
                });
                texts.put(name, value.toString());
            }
            return this;
        }

        /** A 0/1 flag: true is sent as {@code 1}, false as {@code 0}, each checked against the field's values. */
        public Builder flag(String name, Boolean value) {
            return text(name, value == null ? null : value ? "1" : "0");
        }

        /** Adds a file field unless the upload is null (unset). */
        public Builder file(String name, FileUpload upload) {
            if (upload != null) {
                field(name, Field.Part.FILE);
                files.put(name, upload);
            }
            return this;
        }

        public boolean has(String name) {
            return texts.get(name) != null || files.get(name) != null;
        }

        /**
         * The alternative of a variant group whose schema title ends with {@code titleSuffix}, such as
         * {@code DataSourceComparison}: the SDK picks an alternative by what it means, the contract says which
         * selector value means it and what it requires. Adds the selector's value.
         */
        public Variant choose(String selector, String titleSuffix) {
            for (Variant variant : operation.variantGroup(selector).variants()) { // a loop: this runs on every build
                if (variant.name().endsWith(titleSuffix)) {
                    text(selector, variant.selectorValue());
                    return variant;
                }
            }
            throw new IllegalStateException(operation.id() + " has no " + titleSuffix + " alternative of " + selector);
        }

        /** Fails on the first field the chosen alternative requires that was not set. */
        public void requireAll(Variant variant, String hint) {
            for (String name : variant.requiredFields()) {
                if (!has(name)) {
                    throw new IllegalArgumentException(name + " is required for " + variant.selection() + hint);
                }
            }
        }

        /**
         * How many numbered fields {@code prefix1}, {@code prefix2}, ... the operation defines, such as the three
         * {@code image_ref} of verify or the two of get_biz_token.
         */
        public int numbered(String prefix) {
            int count = 0;
            while (operation.findField(prefix + (count + 1)).isPresent()) {
                count++;
            }
            return count;
        }

        /** The caller's extra fields; names the operation defines, and {@code alsoRefused}, are refused. */
        public Builder extras(ExtraFields extraFields, Set<String> alsoRefused) {
            this.extras = extraFields.checkedAgainst(name -> operation.findField(name).isPresent()
                    || alsoRefused.contains(name));
            return this;
        }

        /** The fields; each request's {@code build()} makes a builder of its own and builds it once. */
        public FormFields build() {
            requireUnbuilt();
            built = true;
            return new FormFields(this);
        }

        private void requireUnbuilt() {
            if (built) {
                throw new IllegalStateException("This FormFields.Builder has built its fields already");
            }
        }

        private Field field(String name, Field.Part part) {
            requireUnbuilt();
            Field field = operation.field(name);
            if (field.part() != part) {
                throw new IllegalStateException(name + " is a " + field.part() + " field of " + operation.id());
            }
            return field;
        }
    }

    /**
     * Values by name in the order first set, a later value replacing an earlier one: the dozen fields of a request
     * in two small arrays, which cost less to fill and to read than a map (this runs on every call).
     */
    private static final class Entries<V> {
        private String[] names = new String[8];
        private Object[] values = new Object[8];
        private int size;

        void put(String name, V value) {
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    values[i] = value;
                    return;
                }
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size++] = value;
        }

        V get(String name) {
            for (int i = 0; i < size; i++) {
                if (names[i] == name || names[i].equals(name)) { // the SDK's names are literals: identity first
                    return value(i);
                }
            }
            return null;
        }

        @SuppressWarnings("unchecked")
        V value(int index) {
            return (V) values[index];
        }
    }
}
