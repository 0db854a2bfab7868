package dev.faceidkit.docsportal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faceidkit.testsupport.contract.RawBundle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Static checks of the built portal, as the jar serves it (META-INF/resources/docs/): the files are there, and the
 * HTML references nothing on the network that a browser would load. The browser test checks the same at run time.
 */
class PortalFilesTest {

    private static final Path DOCS = Path.of(System.getProperty("faceid.test.siteRoot", "target/classes/META-INF/resources"))
            .resolve("docs");

    /** Tags whose src/href a browser fetches by itself while loading the page (an a href is only a link). */
    private static final Pattern LOADING_REFERENCE = Pattern.compile(
            "<(script|link|img|iframe|source|video|audio|embed|object|image|use)\\b[^>]*?\\s(src|href|srcset|data|xlink:href)\\s*=\\s*[\"']?([^\"'\\s>]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_REFERENCE = Pattern.compile("@import|url\\(\\s*[\"']?(?:https?:)?//",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_SCRIPT = Pattern.compile("(<script\\b[^>]*>)(.*?)(</script>)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    @Test
    void portalFolderHoldsThePageAndTheUnmodifiedBundle() throws IOException {
        assertThat(DOCS.resolve("index.html")).isRegularFile();
        for (String ext : List.of("json", "yaml")) {
            String bundle = RawBundle.JSON.replaceFirst("json$", ext);
            try (InputStream in = RawBundle.class.getClassLoader().getResourceAsStream(bundle)) {
                assertThat(in).as(bundle).isNotNull();
                assertThat(Arrays.equals(Files.readAllBytes(DOCS.resolve("faceid-openapi." + ext)), in.readAllBytes()))
                        .as("docs/faceid-openapi.%s is the unmodified %s", ext, bundle).isTrue();
            }
        }
    }

    @Test
    void htmlLoadsNothingFromTheNetwork() throws IOException {
        String html = Files.readString(DOCS.resolve("index.html"));
        // Redoc's inlined script holds many URLs in strings (links, messages); the markup around it must not load any.
        String markup = INLINE_SCRIPT.matcher(html).replaceAll("$1$3");

        List<String> external = new ArrayList<>();
        Matcher m = LOADING_REFERENCE.matcher(markup);
        while (m.find()) {
            String url = m.group(3);
            if (!url.startsWith("data:") && !url.startsWith("#") && !url.startsWith("blob:")
                    && (url.contains("//") || url.startsWith("/"))) {
                external.add(m.group());
            }
        }
        assertThat(external).as("resources loaded from elsewhere by the markup").isEmpty();
        assertThat(CSS_REFERENCE.matcher(markup).find()).as("CSS @import or url() of another host").isFalse();

        // Anywhere, script included: no web fonts and no CDN script or logo (Redoc 3's logo is inlined by the build).
        for (String host : List.of("fonts.googleapis.com", "fonts.gstatic.com", "cdn.redoc.ly", "cdn.redocly.com/redoc",
                "unpkg.com", "cdn.jsdelivr.net")) {
            assertThat(html.contains(host)).as("index.html mentions %s", host).isFalse();
        }
        // Redoc's page reports usage to Redocly unless told not to.
        assertThat(html.contains("\"disableTelemetry\":true")).as("Redoc option disableTelemetry=true").isTrue();
    }

    @Test
    void tryItIsBesideThePageLoadsOnlyItsOwnScriptAndSaysHowToStartASandboxWhenThereIsNone() throws IOException {
        String page = Files.readString(DOCS.resolve("try-it.html"));
        String script = Files.readString(DOCS.resolve("try-it.js"));
        Matcher loads = LOADING_REFERENCE.matcher(page);
        List<String> loaded = new ArrayList<>();
        while (loads.find()) {
            loaded.add(loads.group(3));
        }
        assertThat(loaded).containsExactlyInAnyOrder("data:,", "try-it.js");
        // Opened as a file, or with no sandbox answering, it shows how to start one and disables sending.
        assertThat(page).contains("No FaceID sandbox serves this page").contains("bin/faceid-sandbox");
        assertThat(script).contains("location.protocol === 'file:'").contains("offline()");
        // It only ever talks to its own origin: relative and root-relative URLs, no scheme.
        assertThat(script).doesNotContainPattern("fetch\\(['\"`]https?:");
        assertThat(Files.readString(DOCS.resolve("index.html"))).as("the reference links to it").contains("try-it.html");
    }

    @Test
    void everyGuideIsBuiltIntoThePage() throws IOException {
        String html = Files.readString(DOCS.resolve("index.html"));
        try (var pages = Files.list(Path.of(System.getProperty("faceid.test.pages", "pages")))) {
            List<String> titles = pages.filter(p -> p.toString().endsWith(".md")).map(PortalFilesTest::title).toList();
            assertThat(titles).isNotEmpty();
            titles.forEach(t -> assertThat(html.contains("\"x-displayName\":\"" + t + "\"")).as("guide %s", t).isTrue());
        }
        assertThat(html.contains("\"x-traitTag\":true")).as("x-traitTag").isTrue();
        assertThat(html.contains("\"x-tagGroups\":")).as("x-tagGroups").isTrue();
    }

    static String title(Path page) {
        try {
            String first = Files.readAllLines(page).get(0);
            assertThat(first).as("first line of %s", page).startsWith("# ");
            return first.substring(2).trim();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
