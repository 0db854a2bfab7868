package dev.faceidkit.contractgate.model;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A semantic version MAJOR.MINOR.PATCH with an optional pre-release part (compared as text, after the release). */
public record SemVer(int major, int minor, int patch, String preRelease) implements Comparable<SemVer> {

    private static final Pattern FORMAT =
            Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-([0-9A-Za-z.-]+))?");

    private static final Comparator<SemVer> ORDER = Comparator.comparingInt(SemVer::major)
            .thenComparingInt(SemVer::minor)
            .thenComparingInt(SemVer::patch)
            // A pre-release sorts before its release: 2.0.0-rc.1 < 2.0.0.
            .thenComparing(SemVer::preRelease, Comparator.nullsLast(Comparator.naturalOrder()));

    public static SemVer parse(String text) {
        Matcher m = FORMAT.matcher(Objects.requireNonNull(text, "version").trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a semantic version MAJOR.MINOR.PATCH: '" + text + "'");
        }
        return new SemVer(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                m.group(4));
    }

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text.trim()).matches();
    }

    /** The version a Maven project version stands for: "1.2.0-SNAPSHOT" → "1.2.0". */
    public static String withoutSnapshot(String mavenVersion) {
        return mavenVersion.endsWith("-SNAPSHOT")
                ? mavenVersion.substring(0, mavenVersion.length() - "-SNAPSHOT".length()) : mavenVersion;
    }

    @Override
    public int compareTo(SemVer other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (preRelease == null ? "" : "-" + preRelease);
    }
}
