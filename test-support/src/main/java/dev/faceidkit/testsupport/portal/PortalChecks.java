package dev.faceidkit.testsupport.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.faceidkit.testsupport.contract.RawBundle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The portal's browser checks, against a portal served anywhere: opens it in headless Chromium (Debian's
 * /usr/bin/chromium, driven by Playwright) the way a reader does, through the sidebar and the response tabs, and
 * checks that what the contract holds is on screen: every operation, every error code of {@code x-faceid-errors}
 * under its status, the request variants and examples, the threshold guidance and the guides. Every visit records
 * each request the page makes and fails on any outside the portal's origin, on any console error, page error, failed
 * request or HTTP error.
 *
 * <p>Part of faceid-test-support so that every server of the portal runs the same checks: faceid-docs-portal's
 * {@code PortalBrowserTest} against its build output, faceid-sandbox's {@code PortalServedBySandboxTest} against its
 * {@code /docs/}. What the portal must show is read from the classpath: the bundled contract (faceid-openapi, which
 * the calling module provides) and the guides of docs-portal/pages/, which this library's jar carries under
 * {@value #GUIDES}.
 *
 * <p>The browser is {@code -Dfaceid.test.browserPath} (default /usr/bin/chromium). When it is missing,
 * {@link #launch} fails with an install hint, or, with {@code -Dfaceid.test.browserRequired=false}, aborts the
 * calling test (JUnit reports it skipped). The modules map the Maven properties {@code faceid.browser.path} and
 * {@code faceid.browser.required} to these. Playwright must not download browsers: the test JVM needs the
 * environment variable {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1} (set in Surefire's configuration).
 */
public final class PortalChecks implements AutoCloseable {

    /** Where the guides of pages/ are on the test classpath (copied there as test resources). */
    public static final String GUIDES = "dev/faceidkit/testsupport/portal/pages";

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    private static final String INSTALL_HINT = "Install Debian's Chromium: sudo apt-get update && sudo apt-get install -y"
            + " --no-install-recommends chromium (or pass -Dfaceid.browser.path=/path/to/chromium)."
            + " -Dfaceid.browser.required=false skips this test when the browser is absent.";

    /** A guide of pages/: {@code NN-<slug>.md} is the tag {@code <slug>}, whose first line is "# title". */
    record Guide(String slug, String title) {
    }

    private final PortalContract contract = PortalContract.load();
    private final URI portal;
    private final Path screenshots;
    private final Playwright playwright;
    private final Browser browser;

    private PortalChecks(URI portal, Path screenshots, Playwright playwright, Browser browser) {
        this.portal = portal;
        this.screenshots = screenshots;
        this.playwright = playwright;
        this.browser = browser;
    }

    /**
     * Starts headless Chromium for checks of the portal page at {@code portal} (for example
     * {@code http://127.0.0.1:8080/docs/index.html}), saving screenshots to {@code screenshots}. Without a browser:
     * fails with an install hint, or aborts the calling test when {@code faceid.test.browserRequired} is false.
     */
    public static PortalChecks launch(URI portal, Path screenshots) throws IOException {
        Path chromium = Path.of(System.getProperty("faceid.test.browserPath", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            boolean required = !"false".equalsIgnoreCase(System.getProperty("faceid.test.browserRequired", "true"));
            if (required) {
                fail("No Chromium at " + chromium + ". " + INSTALL_HINT);
            }
            String message = "Portal browser test SKIPPED: no Chromium at " + chromium
                    + " and -Dfaceid.browser.required=false. " + INSTALL_HINT;
            System.out.println("PortalChecks: " + message);
            Assumptions.abort(message);
        }
        Files.createDirectories(screenshots);
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            // The background-networking flags keep Chromium's own traffic (updates, sync, field trials) off the
            // closed network; the page's requests are what the checks look at.
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium)
                    .setHeadless(true)
                    .setArgs(List.of("--disable-quic", "--no-first-run", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--disable-gpu")));
            System.out.println("PortalChecks: " + browser.browserType().name() + " " + browser.version() + " ("
                    + chromium + ") opening " + portal + ", screenshots in " + screenshots.toAbsolutePath());
            return new PortalChecks(portal, screenshots, playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** The page under test. */
    public URI portal() {
        return portal;
    }

    @Override
    public void close() {
        playwright.close();
    }

    /** The guides of docs-portal/pages/, by file name, as this library's jar (or its classes folder) carries them. */
    static List<Guide> guides() {
        try {
            URI location = PortalChecks.class.getProtectionDomain().getCodeSource().getLocation().toURI();
            Path where = Path.of(location);
            if (Files.isDirectory(where)) {
                return guides(where.resolve(GUIDES));
            }
            try (FileSystem jar = FileSystems.newFileSystem(where)) {
                return guides(jar.getPath(GUIDES));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Guide> guides(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Guide> guides = new ArrayList<>();
        try (Stream<Path> pages = Files.list(folder)) {
            for (Path page : pages.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList()) {
                String first = Files.readAllLines(page).get(0);
                assertThat(first).as("first line of %s", page).startsWith("# ");
                String slug = page.getFileName().toString().replaceFirst("^\\d+-", "").replaceFirst("\\.md$", "");
                guides.add(new Guide(slug, first.substring(2).trim()));
            }
        }
        return guides;
    }

    /**
     * Every operation, opened through the sidebar, shows its summary, path, request alternatives and examples, the
     * threshold guidance where it returns thresholds, and under each response status tab its examples and every error
     * code of {@code x-faceid-errors}; the download panel offers the unmodified bundle.
     */
    public void everyOperationShowsItsErrorCodesVariantsExamplesAndThresholdGuidance() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Visit visit = new Visit()) {
            Page page = visit.open();
            screenshot(page, "overview");
            // The download panel offers the unmodified bundle, from the portal's own folder.
            for (String ext : List.of("yaml", "json")) {
                try (var bundle = PortalChecks.class.getClassLoader().getResourceAsStream(RawBundle.JSON.replaceFirst("json$", ext))) {
                    if (!Arrays.equals(visit.download("OpenAPI (" + ext.toUpperCase() + ")"), bundle.readAllBytes())) {
                        missing.add("download panel: OpenAPI (" + ext.toUpperCase() + ") is not the bundle");
                    }
                }
            }
            for (PortalContract.Operation op : contract.operations()) {
                Locator section = visit.openOperation(op);
                String name = op.method() + " " + op.path() + " (" + op.operationId() + ")";

                String text = visit.readWhileScrolling(section);
                expect(missing, text, op.summary(), name + ": summary");
                expect(missing, text, op.path(), name + ": path");
                if (!op.variantLabels().isEmpty()) {
                    expect(missing, text, "One of:", name + ": variant selector");
                    // More than two alternatives are offered in a menu that opens from the selected one.
                    String offered = text + visit.menuAfterClicking(
                            section.locator("xpath=.//*[normalize-space(text())='One of:']/following::button[1]"),
                            op.operationId() + "-request-variants");
                    op.variantLabels().forEach(v -> expect(missing, offered, v, name + ": request alternative"));
                }
                if (!op.requestExampleSummaries().isEmpty()) {
                    String offered = text + visit.menuAfterClicking(section.locator("button[aria-label=Example]").first(),
                            null);
                    op.requestExampleSummaries().forEach(e -> expect(missing, offered, e, name + ": request example"));
                }
                if (op.returnsThresholds()) {
                    expect(missing, text, contract.schemaSummary("ComparisonThresholds"),
                            name + ": threshold guidance (ComparisonThresholds)");
                }

                Locator tabs = section.locator("[aria-label='Response status'] [role=tab]");
                List<String> shown = tabs.allInnerTexts().stream().map(String::trim).toList();
                for (String status : op.errorCodesByStatus().keySet()) {
                    if (!shown.contains(status)) {
                        missing.add(name + ": response tab " + status + " (tabs: " + shown + ")");
                        continue;
                    }
                    tabs.nth(shown.indexOf(status)).click();
                    String tabText = visit.readWhileScrolling(section);
                    // The response's examples: a chooser in the right panel, after the request's (if any).
                    Locator choosers = section.locator("button[aria-label=Example]");
                    String examples = tabText + (choosers.count() > (op.requestExampleSummaries().isEmpty() ? 0 : 1)
                            ? visit.menuAfterClicking(choosers.last(), null) : "");
                    // A sole example is shown as its value, without a chooser and so without its summary.
                    for (PortalContract.Example example : op.responseExamples().get(status)) {
                        if (!examples.contains(example.summary())) {
                            expect(missing, examples, String.valueOf(example.valueText()),
                                    name + " " + status + ": response example " + example.summary());
                        }
                    }
                    List<PortalContract.ErrorCode> codes = op.errorCodesByStatus().get(status);
                    if (codes.isEmpty()) {
                        continue;
                    }
                    expect(missing, tabText, "Billed", name + " " + status + ": error table");
                    for (PortalContract.ErrorCode code : codes) {
                        // A code is shown as itself, or for a plain-text body (413) as the text the server sends.
                        if (!tabText.contains(code.code())) {
                            expect(missing, tabText, code.message(), name + " " + status + ": error " + code.code());
                        }
                    }
                    if (status.equals(firstErrorStatus(op))) {
                        section.locator("[aria-label='Response status']").scrollIntoViewIfNeeded();
                        page.evaluate("() => window.scrollBy(0, -120)");
                        screenshot(page, op.operationId() + "-errors-" + status);
                    }
                }
            }
            visit.assertNothingLeftTheOriginAndNothingFailed();
        }
        assertThat(missing).as("what the contract holds but the portal did not show").isEmpty();
    }

    private static String firstErrorStatus(PortalContract.Operation op) {
        return op.errorCodesByStatus().entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey).findFirst().orElse("");
    }

    private static void expect(List<String> missing, String text, String expected, String what) {
        if (!text.contains(expected)) {
            missing.add(what + ": " + expected);
        }
    }

    /**
     * Every guide of pages/ opens from the sidebar under its own route and heading, and the signing guide's worked
     * example shows the sign of the contract's get_biz_token examples.
     */
    public void everyGuideOpensFromTheSidebar() throws IOException {
        List<Guide> guides = guides();
        assertThat(guides).as("guides on the classpath under %s", GUIDES).isNotEmpty();
        try (Visit visit = new Visit()) {
            Page page = visit.open();
            for (Guide guide : guides) {
                String title = guide.title();
                String route = "#/" + guide.slug();
                visit.menuItem(title).click();
                page.waitForURL(u -> u.endsWith(route));
                // Redoc renders the route's section after the URL changes: wait for it instead of racing it.
                Locator heading = page.locator("h1, h2").filter(exactText(title)).first();
                try {
                    heading.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE)
                            .setTimeout(15_000));
                } catch (com.microsoft.playwright.TimeoutError e) {
                    // Reported by the assertion below, with the guide's name.
                }
                assertThat(heading.isVisible()).as("guide %s: heading", title).isTrue();
            }
            // The worked example of the signing guide: its result, the sign of the contract's examples.
            visit.openSubsection("Signing get_biz_token", "Worked example");
            page.waitForURL(u -> u.endsWith("/worked-example"));
            String sign = contract.root().at("/paths/~1faceid~1v3~1sdk~1get_biz_token/post/requestBody/content")
                    .path("multipart/form-data").path("examples").elements().next().path("value").path("sign").asText();
            // Redoc scrolls to the route's heading after the click; let it settle before framing the screenshot.
            page.evaluate("() => new Promise(done => { let last = -1, still = 0; const tick = () => {"
                    + " if (window.scrollY === last) { if (++still > 10) return done(); } else { still = 0; last = window.scrollY; }"
                    + " requestAnimationFrame(tick); }; tick(); })");
            Locator shown = page.locator("pre").filter(new Locator.FilterOptions().setHasText(sign)).first();
            shown.evaluate("e => e.scrollIntoView({block: 'center'})");
            assertThat(shown.isVisible()).as("signing guide: the worked example's sign %s", sign).isTrue();
            screenshot(page, "guide-signing-worked-example");
            visit.assertNothingLeftTheOriginAndNothingFailed();
        }
    }

    /**
     * "Try it" (try-it.html beside the page), as a reader uses it: for every operation, its first named request
     * example sent as it is (file fields with the sandbox's test photo) gets a status the operation documents, shown
     * with its headers and body; an edited request (an api_key the sandbox does not know) gets the documented 403,
     * in the page and in the sandbox's journal; a file of the reader's own ({@code photo}) is uploaded. Nothing
     * leaves the origin, and the page is served with a Content-Security-Policy that limits connections to it.
     */
    public void tryItSendsEveryOperationToTheSandboxServingIt(Path photo) throws IOException {
        URI tryIt = portal.resolve("try-it.html");
        List<String> wrong = new ArrayList<>();
        try (Visit visit = new Visit()) {
            visit.answersMayBeErrors = true;
            Page page = visit.page;
            com.microsoft.playwright.Response served = page.navigate(tryIt.toString());
            assertThat(served.headers().get("content-security-policy")).as("try-it.html's CSP")
                    .contains("connect-src 'self'");
            page.locator("[data-field]").first().waitFor();
            for (PortalContract.Operation op : contract.operations()) {
                page.selectOption("#operation", op.method() + " " + op.path());
                page.locator("#example").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
                String status = sendAndWait(page);
                String code = status.split(" ")[0];
                if (!op.responseExamples().containsKey(code) || code.startsWith("5")) {
                    wrong.add(op.operationId() + ": " + status + " is not a documented answer; body "
                            + page.locator("#body").innerText());
                }
                if (page.locator("#headers").innerText().toLowerCase().indexOf("x-faceid-sandbox") < 0) {
                    wrong.add(op.operationId() + ": the answer's headers are not shown");
                }
                page.evaluate("() => window.scrollTo(0, 0)");
                screenshot(page, "try-it-" + op.operationId());
            }

            // Edited: an api_key of its own, unknown to the sandbox.
            String key = "try-it-" + System.nanoTime();
            page.selectOption("#operation", "POST /faceid/v2/verify");
            page.locator("[data-field=api_key] .value").fill(key);
            String refused = sendAndWait(page);
            assertThat(refused).as("the edited request's answer").startsWith("403");
            assertThat(page.locator("#body").innerText()).contains("AUTHENTICATION_ERROR");
            screenshot(page, "try-it-edited");
            String journal = page.request().get(portal.resolve("/sandbox/requests?api_key=" + key).toString()).text();
            assertThat(journal).as("the journal's entry of the edited request").contains("\"status\":403")
                    .contains("AUTHENTICATION_ERROR");

            // A file of the reader's own, beside a test photo: a reference-photo comparison of the same face.
            page.selectOption("#operation", "POST /faceid/v2/verify");
            page.locator("#example").selectOption("reference_raw_image");
            page.locator("[data-field=image] .upload").setInputFiles(photo);
            String uploaded = sendAndWait(page);
            assertThat(uploaded).as("the upload's answer: %s", page.locator("#body").innerText()).startsWith("200");
            assertThat(page.locator("#body").innerText()).contains("confidence");
            screenshot(page, "try-it-upload");
            visit.assertNothingLeftTheOriginAndNothingFailed();
        }
        assertThat(wrong).as("try-it answers").isEmpty();
    }

    private static String sendAndWait(Page page) {
        page.locator("#status").evaluate("e => e.textContent = ''");
        page.click("#send");
        page.waitForFunction("() => /^\\d{3}/.test(document.getElementById('status').textContent)");
        return page.locator("#status").innerText();
    }

    /**
     * Every operation names as its first server the sandbox serving the page, at the page's own origin and marked as
     * the sandbox, before the vendor's hosts (Redoc keeps the server list in the endpoint panel's markup).
     */
    public void listsTheSandboxServingItFirst() throws IOException {
        String origin = portal.getScheme() + "://" + portal.getRawAuthority();
        List<String> wrong = new ArrayList<>();
        try (Visit visit = new Visit()) {
            visit.open();
            for (PortalContract.Operation op : contract.operations()) {
                String text = visit.openOperation(op).textContent();
                int sandbox = text.indexOf(SANDBOX_SERVER);
                int sandboxUrl = text.indexOf(origin + op.path());
                int vendor = text.indexOf("api.megvii.com" + op.path());
                if (sandbox < 0 || sandboxUrl < 0 || vendor < 0 || sandbox > vendor || sandboxUrl > vendor) {
                    wrong.add(op.operationId() + ": sandbox at " + sandbox + ", " + origin + op.path() + " at "
                            + sandboxUrl + ", the vendor's host at " + vendor);
                }
            }
            visit.assertNothingLeftTheOriginAndNothingFailed();
        }
        assertThat(wrong).as("operations whose first server is not the sandbox serving the page").isEmpty();
    }

    /**
     * Another address of the portal, such as its folder ({@code /docs/}), brings the browser to the page itself
     * (by a redirect, so that the page's relative links resolve), and the download panel works from there.
     */
    public void opensFrom(URI address) throws IOException {
        try (Visit visit = new Visit()) {
            Page page = visit.open(address);
            assertThat(URI.create(page.url())).as("where %s leads", address).isEqualTo(portal);
            try (var bundle = PortalChecks.class.getClassLoader().getResourceAsStream(RawBundle.JSON)) {
                assertThat(visit.download("OpenAPI (JSON)")).as("download panel: OpenAPI (JSON) from %s", address)
                        .isEqualTo(bundle.readAllBytes());
            }
            visit.assertNothingLeftTheOriginAndNothingFailed();
        }
    }

    /** How the portal's build (docs-portal/src/portal/portal.mjs) marks the sandbox's server. */
    private static final String SANDBOX_SERVER = "FaceID sandbox serving this page";

    /** Elements whose whole text is {@code text}. The pattern runs in the browser, so it is escaped for JavaScript. */
    private static Locator.FilterOptions exactText(String text) {
        String escaped = text.replaceAll("[\\\\^$.*+?()\\[\\]{}|]", "\\\\$0");
        return new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*" + escaped + "\\s*$"));
    }

    private void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name + ".png")));
    }

    /** One browser context and page, with every request, console error and failure recorded. */
    private final class Visit implements AutoCloseable {

        private final BrowserContext context;
        private final Page page;
        private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
        private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
        /** "Try it" draws documented error answers from the FaceID paths on purpose. */
        private boolean answersMayBeErrors;

        Visit() {
            context = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(WIDTH, HEIGHT)
                    .setLocale("en-US")
                    .setServiceWorkers(ServiceWorkerPolicy.BLOCK));
            context.onRequest(r -> requests.add(r.url()));
            page = context.newPage();
            page.setDefaultTimeout(15_000);
            page.onConsoleMessage(m -> {
                boolean drawnOnPurpose = answersMayBeErrors && m.text().startsWith("Failed to load resource")
                        && m.location().contains("/faceid/");
                if ("error".equals(m.type()) && !drawnOnPurpose) {
                    problems.add("console error: " + m.text() + " (" + m.location() + ")");
                }
            });
            page.onPageError(e -> problems.add("page error: " + e));
            page.onRequestFailed(r -> problems.add("request failed: " + r.url() + " " + r.failure()));
            page.onResponse(r -> {
                if (r.status() >= 400 && !(answersMayBeErrors && r.status() < 500 && r.url().contains("/faceid/"))) {
                    problems.add("HTTP " + r.status() + " for " + r.url());
                }
            });
        }

        Page open() {
            return open(portal);
        }

        Page open(URI address) {
            page.navigate(address.toString());
            menuItem("API").waitFor(); // the sidebar's tag group: Redoc has hydrated the page
            try { // the search index is built in a worker; the search box says "Loading..." until then
                page.locator("[data-testid=search-trigger]").filter(new Locator.FilterOptions().setHasText("Loading"))
                        .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN).setTimeout(5_000));
            } catch (com.microsoft.playwright.TimeoutError stillIndexing) {
                // not needed for the checks
            }
            return page;
        }

        /** A sidebar entry whose whole text is {@code text} (the tag names also appear in the page's text). */
        Locator menuItem(String text) {
            return page.locator("[data-testid=menu-item-label]").filter(exactText(text)).first();
        }

        /** Opens a guide's subsection from the sidebar, as a reader does: the guide, then the subsection. */
        void openSubsection(String guide, String subsection) {
            Locator item = menuItem(subsection);
            reveal(item, guide);
            item.click();
        }

        /**
         * Clicks a sidebar group's entry until {@code item} shows. The entry toggles the group, and whether the group
         * is open when it is clicked depends on where Redoc's scroll-spy left the sidebar, which under load differs
         * from run to run; so it is clicked again when the first click shut it, a few times at most.
         */
        private void reveal(Locator item, String group) {
            for (int click = 0; click < 4 && !item.isVisible(); click++) {
                menuItem(group).click();
                try {
                    item.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(3_000));
                } catch (com.microsoft.playwright.TimeoutError shut) {
                    // the click shut the group: the next one opens it
                }
            }
        }

        /** Opens an operation as a reader does: its tag, then its summary, in the sidebar. Returns its section. */
        Locator openOperation(PortalContract.Operation op) {
            Locator item = page.locator("[data-testid=menu-item-label]")
                    .filter(new Locator.FilterOptions().setHasText(op.summary())).first();
            reveal(item, op.tagDisplayName());
            item.click();
            String route = "/" + op.operationId().toLowerCase();
            page.waitForURL(u -> u.toLowerCase().endsWith(route));
            String sectionId = URI.create(page.url()).getFragment();
            Locator section = page.locator("[data-section-id='" + sectionId + "']");
            section.waitFor();
            return section;
        }

        /**
         * Clicks a control that opens a menu and returns the menu's text ("" if none opened), taking a screenshot
         * with the menu open when {@code screenshot} is not null; then closes the menu.
         */
        String menuAfterClicking(Locator control, String screenshot) {
            control.scrollIntoViewIfNeeded();
            control.click();
            Locator menu = page.locator("[role=menu] >> visible=true");
            try {
                menu.first().waitFor(new Locator.WaitForOptions().setTimeout(2_000));
            } catch (com.microsoft.playwright.TimeoutError noMenu) {
                return ""; // two alternatives are plain buttons side by side: nothing opens
            }
            String text = "\n" + String.join("\n", menu.allInnerTexts());
            if (screenshot != null) {
                PortalChecks.this.screenshot(page, screenshot);
            }
            page.keyboard().press("Escape");
            if (menu.count() > 0) {
                control.click(); // the control toggles its menu
            }
            menu.first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
            return text;
        }

        /** Downloads a file through a link of the page's download panel and returns its bytes. */
        byte[] download(String linkText) throws IOException {
            Download download = page.waitForDownload(() ->
                    page.locator("[data-testid=panel-download-openapi-description]").getByText(linkText).click());
            return Files.readAllBytes(download.path());
        }

        /**
         * The section's text, read while scrolling through it: Redoc renders long schemas only as they come into
         * view.
         */
        String readWhileScrolling(Locator section) {
            StringBuilder text = new StringBuilder();
            section.scrollIntoViewIfNeeded();
            double top = number(section.evaluate("e => e.getBoundingClientRect().top + window.scrollY"));
            for (double y = top; ; y += HEIGHT - 100) {
                page.evaluate("y => window.scrollTo(0, y)", y);
                page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
                text.append(section.innerText()).append('\n');
                double bottom = number(section.evaluate("e => e.getBoundingClientRect().bottom + window.scrollY"));
                if (y + HEIGHT >= bottom) {
                    return text.toString();
                }
            }
        }

        void assertNothingLeftTheOriginAndNothingFailed() {
            String origin = portal.getScheme() + "://" + portal.getRawAuthority();
            List<String> outside = requests.stream()
                    .filter(u -> !u.startsWith(origin + "/") && !u.startsWith("blob:" + origin + "/")
                            && !u.startsWith("data:"))
                    .toList();
            assertThat(requests).as("requests made by the page").isNotEmpty();
            assertThat(outside).as("requests outside %s (all requests: %s)", origin, requests).isEmpty();
            assertThat(problems).as("console errors, page errors, failed requests").isEmpty();
        }

        @Override
        public void close() {
            context.close();
        }
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
