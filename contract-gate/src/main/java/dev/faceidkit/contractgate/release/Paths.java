package dev.faceidkit.contractgate.release;

import java.nio.file.Path;

/** How paths appear in messages and reports. */
public final class Paths {

    private Paths() {
    }

    /** A path relative to the working directory (the repository root in the build) when it is below it. */
    public static String display(Path path) {
        if (path == null) {
            return "(none)";
        }
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath().normalize();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }
}
