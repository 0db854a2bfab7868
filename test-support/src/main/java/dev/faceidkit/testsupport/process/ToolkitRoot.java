package dev.faceidkit.testsupport.process;

import java.nio.file.Path;

/** The repository root (surefire's {@code toolkit.root}), where package.json and node_modules live. */
public final class ToolkitRoot {

    private ToolkitRoot() {
    }

    public static Path get() {
        return Path.of(System.getProperty("toolkit.root", "..")).toAbsolutePath().normalize();
    }
}
