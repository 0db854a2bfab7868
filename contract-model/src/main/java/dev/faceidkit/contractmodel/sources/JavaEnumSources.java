package dev.faceidkit.contractmodel.sources;

import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.contractmodel.ContractException;
import dev.faceidkit.contractmodel.Field;
import dev.faceidkit.contractmodel.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the Java enums whose constants are contract facts, at build time (Java names must exist when code is
 * compiled; every value, limit and rule behind them is read from {@link Contract} at run time):
 *
 * <ul>
 *   <li>one enum per request field that names its values ({@code x-enum-varnames}), such as {@code SecurityLevel}
 *       for {@code security_level}, each constant with its {@code wireValue()};</li>
 *   <li>the error code enum: every code any operation documents, plus {@code UNKNOWN}.</li>
 * </ul>
 * A contract change reaches these types with a rebuild and no code edit. Run by the SDK's build:
 * {@code JavaEnumSources --output DIR [--enum-package PKG] --error-code-class PKG.Name [--bundle FILE]}; the sandbox
 * takes only the error code enum.
 */
public final class JavaEnumSources {

    private final Contract contract;

    public JavaEnumSources(Contract contract) {
        this.contract = contract;
    }

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        Contract contract = options.containsKey("--bundle") ? Contract.load(Path.of(options.get("--bundle")))
                : Contract.bundled();
        List<Path> written = new JavaEnumSources(contract).write(Path.of(required(options, "--output")),
                options.get("--enum-package"), required(options, "--error-code-class"));
        System.out.println("contract enums: " + written.size() + " sources from " + contract);
    }

    /**
     * Writes every source below {@code output} (a source root) and returns the files written; without an
     * {@code enumPackage} only the error code enum is written.
     */
    public List<Path> write(Path output, String enumPackage, String errorCodeClass) {
        List<Path> written = new ArrayList<>();
        if (enumPackage != null) {
            requestEnums().forEach((name, field) -> written.add(save(output, enumPackage, name, requestEnum(enumPackage, name, field))));
        }
        int dot = errorCodeClass.lastIndexOf('.');
        String errorPackage = errorCodeClass.substring(0, dot);
        String errorName = errorCodeClass.substring(dot + 1);
        written.add(save(output, errorPackage, errorName, errorCodes(errorPackage, errorName)));
        return written;
    }

    /** Enum type name to field, for every field with named values; one field name means one type everywhere. */
    Map<String, Field> requestEnums() {
        Map<String, Field> enums = new LinkedHashMap<>();
        for (Operation operation : contract.operations()) {
            for (Field field : operation.fields()) {
                if (field.enumNames().isEmpty()) {
                    continue;
                }
                Field earlier = enums.putIfAbsent(typeName(field.name()), field);
                if (earlier != null && !(earlier.enumValues().equals(field.enumValues())
                        && earlier.enumNames().equals(field.enumNames()))) {
                    throw new ContractException(field.name() + " names its values differently in two operations");
                }
            }
        }
        return enums;
    }

    String requestEnum(String pkg, String name, Field field) {
        StringBuilder java = header(pkg);
        java.append("/** The values of {@code ").append(field.name()).append("}, as the contract lists them")
                .append(field.defaultValue().map(d -> " (the service's default is {@code " + d + "})").orElse(""))
                .append(". Generated from the contract; do not edit. */\n")
                .append("public enum ").append(name).append(" {\n");
        for (int i = 0; i < field.enumValues().size(); i++) {
            java.append("    ").append(field.enumNames().get(i)).append("(\"")
                    .append(escape(field.enumValues().get(i))).append("\")")
                    .append(i + 1 < field.enumValues().size() ? ",\n" : ";\n");
        }
        java.append("""

                    private final String wireValue;

                    %1$s(String wireValue) {
                        this.wireValue = wireValue;
                    }

                    /** The value as sent in the form or query. */
                    public String wireValue() {
                        return wireValue;
                    }

                    @Override
                    public String toString() {
                        return wireValue;
                    }
                }
                """.formatted(name));
        return java.toString();
    }

    String errorCodes(String pkg, String name) {
        StringBuilder java = header(pkg);
        java.append("""
                /**
                 * Every error code the contract documents (any operation, any status), plus {@link #UNKNOWN} for a code it does
                 * not document or a body without one. Generated from the contract; do not edit. Status, wording, details and
                 * billing of each code are per operation: {@code dev.faceidkit.contractmodel.Operation#errors()}.
                 */
                public enum %1$s {
                """.formatted(name));
        for (String code : contract.errorCodes()) {
            java.append("    ").append(code).append(",\n");
        }
        java.append("""
                    /** A code the contract does not document, or a body without one. */
                    UNKNOWN;

                    private static final java.util.Map<String, %1$s> BY_WIRE = java.util.Arrays.stream(values())
                            .filter(code -> code != UNKNOWN)
                            .collect(java.util.stream.Collectors.toUnmodifiableMap(Enum::name, code -> code));

                    /** The code for a wire code such as {@code NO_FACE_FOUND}; {@link #UNKNOWN} when not documented. */
                    public static %1$s fromWire(String code) {
                        return code == null ? UNKNOWN : BY_WIRE.getOrDefault(code.trim(), UNKNOWN);
                    }
                }
                """.formatted(name));
        return java.toString();
    }

    private StringBuilder header(String pkg) {
        return new StringBuilder("// Generated from the FaceID contract ").append(contract.version())
                .append(" by ").append(JavaEnumSources.class.getName()).append(". Do not edit.\n")
                .append("package ").append(pkg).append(";\n\n");
    }

    /** {@code security_level} becomes {@code SecurityLevel}. */
    static String typeName(String field) {
        StringBuilder name = new StringBuilder();
        for (String word : field.split("_")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.toString();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static Path save(Path root, String pkg, String name, String source) {
        Path file = root.resolve(pkg.replace('.', '/')).resolve(name + ".java");
        try {
            Files.createDirectories(file.getParent());
            // Unchanged sources keep their timestamp, so the compiler does not see a change.
            byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
            if (!Files.exists(file) || !java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
                Files.write(file, bytes);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("JavaEnumSources needs " + name);
        }
        return value;
    }
}
