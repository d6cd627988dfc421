package dev.archkit.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's HTML, read back with jsoup: what it holds, and that nothing in it comes from elsewhere. */
class HtmlReportTest {

    static String hostileHtml;
    static Document hostile;

    @BeforeAll
    static void render() {
        hostileHtml = Fixtures.html(Fixtures.HOSTILE);
        hostile = Jsoup.parse(hostileHtml);
    }

    @Test
    void aScriptInADescriptionStaysText() {
        // the page's own script is the only one
        assertThat(hostile.select("script")).hasSize(1);
        assertThat(hostile.select("script").first().data()).doesNotContain("pwned");
        assertThat(hostile.select("b")).isEmpty();
        assertThat(hostileHtml).doesNotContain("<script>window.pwned").contains("&lt;script&gt;window.pwned");
        Element description = hostile.select("tr.detail p.description").stream()
                .filter(p -> p.text().startsWith("my-service:")).findFirst().orElseThrow();
        assertThat(description).isNotNull();
        assertThat(description.text()).contains("<script>window.pwned = 1</script> & <b>not bold</b>");
        // the source lines show the same text, escaped too
        assertThat(hostile.select("pre.source .line").eachText()).anyMatch(l -> l.contains("description \"<script>window.pwned"));
    }

    @Test
    void everythingIsInline() {
        assertThat(hostile.select("link, iframe, img[src], object, embed")).isEmpty();
        assertThat(hostile.select("[src]")).isEmpty();
        for (Element e : hostile.select("[href], [xlink:href]")) {
            String href = e.hasAttr("href") ? e.attr("href") : e.attr("xlink:href");
            assertThat(href).as(e.outerHtml()).matches("#.*|data:.*");
        }
        assertThat(hostile.select("style").first().data()).doesNotContain("@import").doesNotContain("url(http");
        assertThat(hostile.select("script").first().data()).doesNotContain("fetch(").doesNotContain("XMLHttpRequest");
    }

    @Test
    void everyViewIsAPanelWithItsElementsNamed() {
        List<String> views = hostile.select("section.arch .panel").eachAttr("data-view");
        assertThat(views).containsExactly("dependencies", "network", "security", "deployment-dev", "deployment-prod");
        assertThat(hostile.select(".tab")).hasSize(views.size());
        assertThat(hostile.select(".panel").not("[hidden]")).hasSize(1);
        Element dependencies = hostile.selectFirst(".panel[data-view=dependencies]");
        assertThat(dependencies.select("svg")).hasSize(1);
        assertThat(dependencies.select("g[data-element=my-service]")).isNotEmpty();
        assertThat(dependencies.select("g[data-element=tutorial-alb]")).isNotEmpty();
        // no id appears twice, though every panel is one PlantUML drawing
        List<String> ids = hostile.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void findingsAreRowsWithFiltersAndSourceLines() {
        List<Element> rows = hostile.select("tr.finding");
        assertThat(rows).hasSize(6);
        assertThat(hostile.select("tr.detail")).hasSize(6);
        assertThat(hostile.select(".f-severity option").eachAttr("value")).containsExactly("", "error", "warning");
        assertThat(hostile.select(".f-family option").eachAttr("value")).contains("", "hygiene", "least-privilege", "availability");
        assertThat(hostile.select(".f-element option").eachAttr("value")).contains("my-service");
        Element image = rows.stream().filter(r -> r.text().contains("hygiene/image-tag")).findFirst().orElseThrow();
        assertThat(image.attr("data-severity")).isEqualTo("warning");
        assertThat(image.attr("data-family")).isEqualTo("hygiene");
        assertThat(image.attr("data-element")).isEqualTo("my-service");
        assertThat(image.select("code.loc").text()).endsWith("hostile.arch:46:11");
        Element detail = hostile.selectFirst("tr.detail[data-for=" + image.id() + "]");
        assertThat(detail.select(".line.focus").text()).matches("46\\s+image \"nginx:latest\"");
        assertThat(detail.select(".line")).hasSize(5);
    }

    @Test
    void costAndEnvironmentsSideBySide() {
        assertThat(hostile.select(".cost h4").eachText()).satisfiesExactly(
                t -> assertThat(t).startsWith("dev"), t -> assertThat(t).startsWith("prod"));
        Element chart = hostile.selectFirst(".cost svg.chart");
        assertThat(chart.select("g.bar")).hasSize(hostile.selectFirst(".cost table.cost-table").select("tbody tr").size());
        assertThat(chart.select("rect.desired")).allSatisfy(r -> assertThat(Double.parseDouble(r.attr("width"))).isPositive());
        assertThat(hostile.select("table.envs thead th").stream().map(Element::text).toList()).containsExactly("", "dev", "prod");
        Element replicas = hostile.select("table.envs tbody tr").stream()
                .filter(r -> r.child(0).text().equals("my-service · replicas")).findFirst().orElseThrow();
        assertThat(replicas.select("td").eachText()).containsExactly("1", "3");
        assertThat(replicas.hasClass("differs")).isTrue();
    }

    @Test
    void aPartialTotalSaysWhatItLeavesOut() {
        Document om = Jsoup.parse(Fixtures.html(Fixtures.OPEN_MARKET));
        // open-market's OpenSearch domain has no price in the table
        assertThat(om.selectFirst(".cost table.cost-table tfoot th").text())
                .startsWith("Total per month (partial: 1 component unpriced (opensearch: ").endsWith("a lower bound)");
        assertThat(om.select(".badge.total").eachText()).allMatch(t -> t.endsWith("(partial)"));
        assertThat(hostile.selectFirst(".cost table.cost-table tfoot th").text()).isEqualTo("Total per month");
    }

    @Test
    void eachIconIsWrittenOnce() {
        assertThat(hostile.select(".panel image")).isEmpty();
        List<String> icons = hostile.select("svg.icons image").eachAttr("id");
        assertThat(icons).isNotEmpty().doesNotHaveDuplicates();
        assertThat(hostile.select("svg.icons image").eachAttr("href")).doesNotHaveDuplicates().allMatch(h -> h.startsWith("data:image/png;base64,"));
        List<String> used = hostile.select(".panel use").eachAttr("href");
        assertThat(used).hasSizeGreaterThan(icons.size());
        assertThat(used.stream().map(h -> h.substring(1)).distinct().sorted().toList()).isEqualTo(icons.stream().sorted().toList());
    }

    @Test
    void aCountOfZeroIsGreyed() {
        assertThat(hostile.selectFirst(".summary .badge.error").hasClass("zero")).isFalse();
        assertThat(hostile.selectFirst(".summary .badge.info").hasClass("zero")).isTrue();
    }

    @Test
    void theSameInputGivesTheSamePage() {
        assertThat(Fixtures.html(Fixtures.HOSTILE)).isEqualTo(hostileHtml);
    }
}
