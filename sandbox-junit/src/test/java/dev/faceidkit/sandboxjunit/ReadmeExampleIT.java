package dev.faceidkit.sandboxjunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's "Testing against the sandbox from JUnit 5" as a new team follows it: its {@code pom.xml} and its
 * test class, taken from README.md as written, become a project of their own, built offline with the project's
 * Maven wrapper against this build's artifacts, laid out as {@code ./mvnw install} lays them out (in a local
 * repository of the scratch project's own, in front of the build's local repository, which it only reads).
 * The test passes only when the snippet compiles, its tests run and pass, and {@code dependency:tree} of the new
 * project resolves Jackson, OkHttp, Retrofit, Spring Boot, JUnit, AssertJ and this project to the versions this
 * build tests with.
 */
class ReadmeExampleIT {

    private static final String SECTION = "### Testing against the sandbox from JUnit 5";
    private static final Path ROOT = Path.of(System.getProperty("faceid.root", "..")).toAbsolutePath().normalize();
    private static final Path WORK = Path.of("target", "readme-example").toAbsolutePath();
    private static final Path PROJECT = WORK.resolve("project");
    private static final Path REPOSITORY = WORK.resolve("repository");
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    /** A dependency of the tree: {@code group:artifact:type[:classifier]:version:scope}. */
    private static final Pattern TREE_LINE = Pattern.compile("[-\\\\] (\\S+:\\S+)");

    private static String output;

    @BeforeAll
    static void buildTheReadmeExample() throws Exception {
        deleteRecursively(WORK);
        String section = section(Files.readString(ROOT.resolve("README.md")));
        Files.createDirectories(PROJECT.resolve(".mvn"));
        Files.writeString(PROJECT.resolve("pom.xml"), block(section, "xml"));
        Path test = PROJECT.resolve("src/test/java/MyVerificationTest.java");
        Files.createDirectories(test.getParent());
        Files.writeString(test, block(section, "java"));
        installReactorArtifacts();
        output = maven("test", "org.apache.maven.plugins:maven-dependency-plugin:"
                + property("faceid.dependencyPluginVersion") + ":tree", "-DoutputFile=" + WORK.resolve("tree.txt"));
    }

    @Test
    void theReadmesTestsCompileRunAndPass() throws IOException {
        Path report = PROJECT.resolve("target/surefire-reports/TEST-MyVerificationTest.xml");
        assertThat(report).as("the README's test ran; Maven said:%n%s", output).isRegularFile();
        String xml = Files.readString(report);
        assertThat(xml).contains("tests=\"2\"").contains("failures=\"0\"").contains("errors=\"0\"")
                .contains("skipped=\"0\"");
    }

    @Test
    void theBomResolvesToTheVersionsThisBuildTests() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("com.fasterxml.jackson.", property("faceid.jacksonVersion"));
        expected.put("com.squareup.okhttp3:", property("faceid.okhttpVersion"));
        expected.put("com.squareup.retrofit2:", property("faceid.retrofitVersion"));
        expected.put("org.springframework.boot:", property("faceid.springBootVersion"));
        expected.put("org.junit.jupiter:", property("faceid.junitVersion"));
        expected.put("org.assertj:", property("faceid.assertjVersion"));
        expected.put("dev.faceidkit:", property("faceid.projectVersion"));
        List<String> tree = Files.readAllLines(WORK.resolve("tree.txt"));
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (String line : tree) {
            Matcher artifact = TREE_LINE.matcher(line);
            if (!artifact.find()) {
                continue;
            }
            String[] parts = artifact.group(1).split(":");
            String resolved = parts[parts.length - 2];
            expected.forEach((prefix, version) -> {
                if ((parts[0] + ":").startsWith(prefix)) {
                    seen.merge(prefix, 1, Integer::sum);
                    if (!resolved.equals(version) && !isJacksonAnnotationsOf(parts[1], resolved, version)) {
                        wrong.add(parts[0] + ":" + parts[1] + " " + resolved + ", tested with " + version);
                    }
                }
            });
        }
        assertThat(wrong).as("dependency:tree of the README's project:%n%s", String.join("\n", tree)).isEmpty();
        assertThat(seen.keySet()).as("each pinned group appears in the tree").containsExactlyInAnyOrderElementsOf(expected.keySet());
    }

    /** Since Jackson 2.20, jackson-bom {@code 2.x.y} pins jackson-annotations at {@code 2.x}: that is the tested one. */
    private static boolean isJacksonAnnotationsOf(String artifactId, String resolved, String jacksonVersion) {
        return artifactId.equals("jackson-annotations") && jacksonVersion.startsWith(resolved + ".");
    }

    /** The README's section from its heading to the next heading of the same or a higher level. */
    private static String section(String readme) {
        int start = readme.indexOf(SECTION);
        assertThat(start).as("README.md has the section '%s'", SECTION).isNotNegative();
        Matcher next = Pattern.compile("^#{1,3} ", Pattern.MULTILINE).matcher(readme);
        int end = next.find(start + SECTION.length()) ? next.start() : readme.length();
        return readme.substring(start, end);
    }

    /** The first fenced block of this language in the section. */
    private static String block(String section, String language) {
        Matcher fence = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertThat(fence.find()).as("a ```%s block in the README's section", language).isTrue();
        return fence.group(1);
    }

    /**
     * Every module of the reactor that has been packaged, as {@code mvn install} would put it: its pom and its jars
     * (classifiers included), plus the parent pom. The modules built after this one are not needed by it.
     */
    private static void installReactorArtifacts() throws IOException {
        String version = property("faceid.projectVersion");
        install(ROOT.resolve("pom.xml"), "faceid-toolkit-parent", version, List.of());
        Matcher module = MODULE.matcher(Files.readString(ROOT.resolve("pom.xml")));
        while (module.find()) {
            Path dir = ROOT.resolve(module.group(1));
            String artifactId = "faceid-" + ROOT.relativize(dir).getFileName().toString();
            String pom = Files.readString(dir.resolve("pom.xml"));
            Matcher own = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>").matcher(pom);
            if (own.find()) {
                artifactId = own.group(1);
            }
            List<Path> jars = new ArrayList<>();
            Path target = dir.resolve("target");
            if (Files.isDirectory(target)) {
                try (Stream<Path> files = Files.list(target)) {
                    String prefix = artifactId + "-" + version;
                    files.filter(f -> f.getFileName().toString().startsWith(prefix)
                            && f.getFileName().toString().endsWith(".jar")).forEach(jars::add);
                }
            }
            install(dir.resolve("pom.xml"), artifactId, version, jars);
        }
    }

    private static void install(Path pom, String artifactId, String version, List<Path> files) throws IOException {
        Path dir = REPOSITORY.resolve("dev/faceidkit").resolve(artifactId).resolve(version);
        Files.createDirectories(dir);
        Files.copy(pom, dir.resolve(artifactId + "-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        for (Path file : files) {
            Files.copy(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The project's Maven wrapper, offline, on the scratch project; fails with Maven's output if the build fails. */
    private static String maven(String... goals) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("mvnw").toString(), "-B", "-o",
                "-Dmaven.repo.local=" + REPOSITORY,
                "-Dmaven.repo.local.tail=" + property("faceid.localRepository")));
        command.addAll(List.of(goals));
        Path log = WORK.resolve("maven.log");
        Process maven = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!maven.waitFor(10, TimeUnit.MINUTES)) {
            maven.destroyForcibly();
            throw new AssertionError("the README's project did not build within 10 minutes; log " + log);
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(maven.exitValue()).as("%s in %s:%n%s", command, PROJECT, text).isZero();
        return text;
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertThat(value).as("system property %s (set by sandbox-junit/pom.xml)", name).isNotBlank();
        return value;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
