package dev.archkit.report;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report in a real browser: Debian's Chromium driven by Playwright's bundled driver (no
 * browser download). The page loads without a JavaScript error and without a request beyond
 * its own file, the filters hide rows, and a click on a finding highlights its element.
 * Screenshots of open-market go to target/screenshots for a person to look at.
 */
class ReportBrowserTest {

    static Playwright playwright;
    static Browser browser;
    static Path openMarket;
    static Path hostile;
    static Path review;

    BrowserContext context;
    Page page;
    final List<String> errors = new ArrayList<>();
    final List<String> requests = new ArrayList<>();

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        Path chromium = Chromium.executable();
        openMarket = dir.resolve("open-market.html");
        Files.writeString(openMarket, Fixtures.html(Fixtures.OPEN_MARKET));
        hostile = dir.resolve("hostile.html");
        Files.writeString(hostile, Fixtures.html(Fixtures.HOSTILE));
        review = dir.resolve("review.html");
        Files.writeString(review, Fixtures.reviewHtml(Fixtures.seedReview(), "examples/saa-container-question/requirements.arch",
                Fixtures.SEED_REVIEW.resolve("option-b-ecs-fargate.arch")));
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    @BeforeEach
    void open() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1600, 1000));
        // every request is recorded; any but the page's own file is refused
        context.route("**/*", route -> {
            String url = route.request().url();
            requests.add(url);
            if (url.startsWith("file:")) route.resume();
            else route.abort();
        });
        page = context.newPage();
        page.onPageError(e -> errors.add("page error: " + e));
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) errors.add("console: " + m.text());
        });
    }

    @AfterEach
    void close() {
        if (context != null) context.close();
    }

    private void load(Path file) {
        page.navigate(file.toUri().toString());
        page.waitForLoadState();
    }

    @Test
    void loadsWithoutErrorsOrRequests() {
        load(openMarket);
        assertThat(errors).isEmpty();
        assertThat(requests).containsExactly(openMarket.toUri().toString());
        assertThat(page.locator(".panel:visible svg").count()).isEqualTo(1);
        // the first diagram is fitted into its viewport on load
        assertThat((String) page.locator(".panel:visible .stage").evaluate("s => s.style.transform")).contains("scale(");
    }

    @Test
    void theSeverityFilterHidesRows() {
        load(hostile);   // open-market has warnings only; this one has an error too
        Locator rows = page.locator("tr.finding");
        int all = rows.count();
        int errorsOnly = page.locator("tr.finding[data-severity=error]").count();
        assertThat(all).isGreaterThan(errorsOnly).isGreaterThan(0);
        assertThat(errorsOnly).isPositive();
        page.locator(".f-severity").selectOption("error");
        assertThat(page.locator("tr.finding:visible").count()).isEqualTo(errorsOnly);
        assertThat(page.locator("tr.finding[data-severity=warning]").first().isVisible()).isFalse();
        assertThat(page.locator(".shown").textContent()).isEqualTo(errorsOnly + " of " + all + " shown");
        page.locator(".f-severity").selectOption("");
        assertThat(page.locator("tr.finding:visible").count()).isEqualTo(all);
        // filters combine: warnings of one family
        page.locator(".f-severity").selectOption("warning");
        page.locator(".f-family").selectOption("hygiene");
        assertThat(page.locator("tr.finding:visible").count()).isEqualTo(
                page.locator("tr.finding[data-severity=warning][data-family=hygiene]").count());
        assertThat(errors).isEmpty();
    }

    @Test
    void aClickOnAFindingHighlightsItsElementAndShowsItsSource() {
        load(openMarket);
        assertThat(page.locator(".hl").count()).isEqualTo(0);
        Locator finding = page.locator("tr.finding[data-element=product-service]").first();
        finding.click();
        Locator lit = page.locator(".panel:visible g.hl");
        assertThat(lit.count()).isPositive();
        assertThat(lit.first().getAttribute("data-element")).isEqualTo("product-service");
        assertThat(page.locator("g.hl:not([data-element=product-service])").count()).isEqualTo(0);
        Locator detail = page.locator("tr.detail[data-for=" + finding.getAttribute("id") + "]");
        assertThat(detail.isVisible()).isTrue();
        assertThat(detail.locator(".line.focus").count()).isEqualTo(1);
        // another view, then another finding: the element is found wherever it is drawn
        page.locator(".tab[data-panel$=network]").click();
        assertThat(page.locator(".panel[data-view=network]").isVisible()).isTrue();
        page.locator("tr.finding[data-element=order-service]").first().click();
        assertThat(page.locator(".panel:visible g.hl").first().getAttribute("data-element")).isEqualTo("order-service");
        assertThat(errors).isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/open-market-finding.png")));
    }

    @Test
    void zoomButtonsScaleTheDiagram() {
        load(openMarket);
        Locator stage = page.locator(".panel:visible .stage");
        String before = (String) stage.evaluate("s => s.style.transform");
        page.locator(".zoom-in").click();
        String after = (String) stage.evaluate("s => s.style.transform");
        assertThat(after).isNotEqualTo(before);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/open-market.png")));
        page.locator("div.cost").first().screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target/screenshots/open-market-cost.png")));
        page.locator("table.envs").first().screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target/screenshots/open-market-environments.png")));
    }

    @Test
    void aScriptFromTheModelNeverRuns() {
        load(hostile);
        assertThat(page.evaluate("() => typeof window.pwned")).isEqualTo("undefined");
        assertThat(page.locator("tr.detail p.description").allTextContents()).anyMatch(t -> t.contains("<script>window.pwned = 1</script>"));
        assertThat(errors).isEmpty();
        assertThat(requests).containsExactly(hostile.toUri().toString());
    }

    @Test
    void theReviewGridShowsEvidenceOnHoverAndOnClick() {
        load(review);
        assertThat(errors).isEmpty();
        assertThat(requests).containsExactly(review.toUri().toString());
        Locator grid = page.locator("table.review-grid");
        assertThat(grid.isVisible()).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/review.png")).setFullPage(false));
        Locator cell = page.locator("tr.req-row[data-requirement=path-routing] td.verdict[data-verdict=fail]").first();
        assertThat(cell.getAttribute("title")).contains("Classic Load Balancer");
        Locator evidence = cell.locator("ul.evidence");
        assertThat(evidence.isVisible()).isFalse();
        cell.locator("summary").click();
        assertThat(evidence.isVisible()).isTrue();
        assertThat(evidence.textContent()).containsPattern("\\.arch:\\d+");
        grid.screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target/screenshots/review-grid-open.png")));
        assertThat(errors).isEmpty();
    }
}
