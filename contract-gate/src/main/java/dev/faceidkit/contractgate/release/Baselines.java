package dev.faceidkit.contractgate.release;

import static dev.faceidkit.contractgate.release.Paths.display;

import dev.faceidkit.contractgate.compare.Json;
import dev.faceidkit.contractgate.model.SemVer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The released contracts kept in a baseline directory, {@code faceid-openapi-<version>.yaml}, by version. */
public final class Baselines {

    private static final Pattern NAME = Pattern.compile("faceid-openapi-(.+)\\.yaml");

    private Baselines() {
    }

    /** Every baseline of {@code dir}; a name that is not a version, or a file of another version, is a failure. */
    public static NavigableMap<SemVer, Path> list(Path dir, List<String> failures) throws IOException {
        NavigableMap<SemVer, Path> baselines = new TreeMap<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return baselines;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                if (!SemVer.isValid(m.group(1))) {
                    failures.add("baseline " + display(file) + ": '" + m.group(1) + "' is not a semantic version");
                    continue;
                }
                String inside = Json.YAML.readTree(file.toFile()).path("info").path("version").asText("");
                if (!inside.equals(m.group(1))) {
                    failures.add("baseline " + display(file) + " has info.version '" + inside + "': a baseline is the"
                            + " unchanged bundle of the release its name says");
                }
                baselines.put(SemVer.parse(m.group(1)), file);
            }
        }
        return baselines;
    }

    /** Where the baseline of {@code version} belongs. */
    public static Path fileOf(Path dir, SemVer version) {
        return (dir == null ? Path.of("openapi/baseline") : dir).resolve("faceid-openapi-" + version + ".yaml");
    }
}
