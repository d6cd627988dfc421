package dev.archkit.report;

import java.util.List;
import java.util.Optional;

/**
 * What the HTML report shows, ready for its template: one section per architecture. Every text
 * here is plain (the template escapes it) except {@link DiagramPanel#svg()}, which PlantUML wrote
 * as XML with the model's strings escaped; its nodes' icons are {@code icons}, written once. Nothing here depends on the time of the run, so one
 * input gives the same page byte for byte. {@code live} is there only on a page that {@code archkit serve} serves;
 * {@code review} only on a page given a design review ({@code archkit report --review DIR}).
 */
public record ReportPage(String title, List<String> files, List<Section> sections, List<IconLibrary.Icon> icons, Optional<Live> live,
                         Optional<ReviewGrid> review) {

    public ReportPage {
        files = List.copyOf(files);
        sections = List.copyOf(sections);
        icons = List.copyOf(icons);
    }

    /** One architecture: its diagrams, findings, cost and environments. */
    public record Section(String id, String name, String region, List<DiagramPanel> diagrams, FindingTable findings,
                          CostSection cost, EnvironmentGrid environments) {
        public Section {
            diagrams = List.copyOf(diagrams);
        }
    }
}
