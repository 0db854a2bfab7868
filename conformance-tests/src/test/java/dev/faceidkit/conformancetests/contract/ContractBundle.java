package dev.faceidkit.conformancetests.contract;

import dev.faceidkit.testsupport.contract.RawBundle;
import java.nio.file.Path;

/**
 * The bundled contract as published by the faceid-openapi jar ({@link RawBundle}), not the source files: the
 * conformance tests check what other builds consume. Read once per test JVM.
 */
public final class ContractBundle {

    private static ContractBundle instance;

    private final Contract contract;

    private ContractBundle() {
        this.contract = new Contract(RawBundle.tree());
    }

    public static synchronized ContractBundle get() {
        if (instance == null) {
            instance = new ContractBundle();
        }
        return instance;
    }

    /** The YAML text, for parsers that take a document (swagger-request-validator). */
    public String yaml() {
        return RawBundle.yaml();
    }

    public Contract contract() {
        return contract;
    }

    /** The bundle written as a file under the output directory, for Prism, which takes a path. */
    public Path file() {
        return RawBundle.yamlFile();
    }
}
