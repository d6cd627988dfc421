package dev.archkit.serve;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.archkit.report.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served page in a real browser (Debian's Chromium through Playwright's bundled driver, no
 * browser download, launched as the report's browser test launches it): edits to the file show
 * on the open page within a few seconds, without anyone reloading it; a broken edit shows its
 * errors and a fix clears them. Screenshots go to target/screenshots.
 */
class ServeBrowserTest {

    static Playwright playwright;
    static Browser browser;

    @TempDir
    Path dir;
    final Served.Log log = new Served.Log();
    final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    final List<String> foreign = Collections.synchronizedList(new ArrayList<>());
    Serve serve;
    Path file;
    BrowserContext context;
    Page page;

    @BeforeAll
    static void launch() {
        Path chromium = Chromium.executable();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true));
    }

    @AfterAll
    static void quit() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    @BeforeEach
    void open() throws Exception {
        file = Served.copy(Served.TUTORIAL, dir);
        serve = Served.start(List.of(file), log);
        String origin = "http://127.0.0.1:" + serve.url().getPort() + "/";
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1600, 1000));
        context.route("**/*", route -> {
            if (route.request().url().startsWith(origin)) {
                route.resume();
            } else {
                foreign.add(route.request().url());
                route.abort();
            }
        });
        page = context.newPage();
        page.onPageError(e -> errors.add("page error: " + e));
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) errors.add("console: " + m.text());
        });
        page.navigate(serve.url().toString());
        page.waitForSelector(".live-status[data-state=\"live\"]");
    }

    @AfterEach
    void close() {
        if (context != null) context.close();
        if (serve != null) serve.close();
    }

    private List<String> rules() {
        return page.locator("tr.finding td:nth-child(2) code").allTextContents();
    }

    /** Waits for the page to show {@code selector} (in the state given), and says how long it took since {@code t0}. */
    private long waitFor(String selector, WaitForSelectorState state, long t0) {
        page.waitForSelector(selector, new Page.WaitForSelectorOptions().setState(state).setTimeout(5_000));
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void anEditShowsOnTheOpenPageWithoutAReload() throws Exception {
        assertThat(rules()).containsExactlyInAnyOrder("least-privilege/unrestricted-egress", "least-privilege/unrestricted-egress",
                "availability/no-autoscaling", "least-privilege/public-ip");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/serve-tutorial.png")));

        long t0 = System.nanoTime();
        Served.edit(file, "nginx/nginx:1.27", "nginx/nginx:latest");   // a flaw: a mutable image tag
        long added = waitFor("tr.finding[data-family=\"hygiene\"]", WaitForSelectorState.ATTACHED, t0);
        assertThat(rules()).contains("hygiene/image-tag").hasSize(5);

        t0 = System.nanoTime();
        // a flaw removed: the load balancer's group sends only what the service takes
        Served.edit(file, "from 0.0.0.0/0\n    egress all to 0.0.0.0/0", "from 0.0.0.0/0\n    egress tcp 80 to service-sg");
        long removed = waitFor("tr.finding[data-element=\"lb-sg\"] code:text-is(\"least-privilege/unrestricted-egress\")", WaitForSelectorState.DETACHED, t0);
        assertThat(rules()).containsOnlyOnce("least-privilege/unrestricted-egress").hasSize(4);
        page.waitForSelector(".live-status[data-state=\"live\"]");
        System.out.println("edit to page: flaw added " + added + " ms, flaw removed " + removed + " ms; " + log.lines);

        assertThat(errors).isEmpty();
        assertThat(foreign).isEmpty();
    }

    @Test
    void aBrokenEditShowsItsErrorAndAFixRecovers() throws Exception {
        Served.edit(file, "replicas 3", "replicas three");
        waitFor(".live-problems", WaitForSelectorState.VISIBLE, System.nanoTime());
        assertThat(page.locator(".live-problems code.loc").allTextContents()).containsExactly(file + ":53:14");
        assertThat(page.locator(".live-problems li").first().textContent()).contains("expected a whole number, found 'three'");
        assertThat(page.locator(".live-problems h2").textContent()).contains("showing its last good version below");
        assertThat(rules()).hasSize(4);   // the last good view stays under the error
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/serve-broken.png")));

        Served.edit(file, "replicas three", "replicas 3");
        waitFor(".live-problems", WaitForSelectorState.DETACHED, System.nanoTime());
        assertThat(rules()).hasSize(4);
        assertThat(errors).isEmpty();
    }

    @Test
    void theDiagramTabAndTheScrollPositionSurviveTheReload() throws Exception {
        page.locator("button.tab:text-is(\"network\")").click();
        page.evaluate("() => window.scrollTo(0, 300)");
        page.waitForFunction("() => window.scrollY === 300");
        Served.edit(file, "nginx/nginx:1.27", "nginx/nginx:latest");
        waitFor("tr.finding[data-family=\"hygiene\"]", WaitForSelectorState.ATTACHED, System.nanoTime());
        page.waitForSelector(".live-status[data-state=\"live\"]");
        assertThat(page.locator("button.tab[aria-selected=\"true\"]").textContent()).isEqualTo("network");
        assertThat(page.locator(".panel[data-view=\"network\"]").isVisible()).isTrue();
        assertThat(((Number) page.evaluate("() => window.scrollY")).intValue()).isEqualTo(300);
    }

    @Test
    void thePageSaysWhenTheServerIsGone() {
        serve.close();
        waitFor(".live-status[data-state=\"offline\"]", WaitForSelectorState.ATTACHED, System.nanoTime());
        assertThat(page.locator(".live-text").textContent()).contains("not reachable");
        assertThat(rules()).hasSize(4);   // the page stays as it was
    }
}
