package dev.archkit.lsp;

import dev.archkit.cost.CostModel;
import dev.archkit.facts.Facts;
import dev.archkit.facts.Scaling;
import dev.archkit.facts.ServiceFacts;
import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.model.Element;
import dev.archkit.model.schema.KindSpec;
import dev.archkit.model.schema.Schema;
import dev.archkit.rules.Finding;
import dev.archkit.rules.RuleMeta;
import dev.archkit.rules.catalog.Catalog;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hover: on an element's name, what the facts module derived for it (kind, zones, replicas, who
 * may reach it, monthly cost); on a finding, its rule's summary, fix and page. What the model does
 * not say is shown as unknown, never left out as if it were fine.
 */
final class Hovers {
    private Hovers() { }

    static Hover at(Analysis a, String file, Position p) {
        StringBuilder md = new StringBuilder();
        Optional<dev.archkit.model.ElementKey> name = Navigation.nameAt(a, file, p);
        if (name.isPresent()) {
            for (Analysis.Root r : a.rootsOf(file)) {
                Optional<Element> e = r.index().get().element(name.get());
                if (e.isPresent() && r.architecture() != null) {
                    element(md, r, e.get());
                    break;
                }
            }
        }
        for (Finding f : a.problemsOf(file).findings()) {
            if (covers(f.location(), p)) finding(md, f);
        }
        if (md.length() == 0) return null;
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, md.toString().strip()));
    }

    private static boolean covers(dev.archkit.model.Location at, Position p) {
        return at.line() == p.getLine() + 1 && p.getCharacter() + 1 >= at.column() && p.getCharacter() + 1 < at.column() + Math.max(1, at.length());
    }

    static void element(StringBuilder md, Analysis.Root r, Element e) {
        md.append("**").append(e.kind()).append("** `").append(e.name()).append("`\n\n");
        KindSpec spec = Schema.kind(e.kind());
        if (spec != null) md.append(spec.doc()).append("\n\n");
        Facts facts = r.facts().get();
        ArchGraph g = facts.graph();
        Set<String> zones = facts.zones(e);
        md.append("- zones: ").append(zones.isEmpty() ? "unknown (no subnets or zone written)" : String.join(", ", zones)).append('\n');
        ServiceFacts s = dev.archkit.model.view.Kind.SERVICE.is(e) ? facts.service(e.name()) : null;
        if (s != null) {
            Scaling sc = s.scaling();
            md.append("- runtime: ").append(s.runtime().toString().toLowerCase(java.util.Locale.ROOT)).append('\n');
            md.append("- replicas: min ").append(sc.min()).append(", desired ").append(sc.desired()).append(", max ").append(sc.max())
                    .append(sc.autoscaled() ? " (autoscaled)" : "").append('\n');
        }
        Set<String> callers = new TreeSet<>();
        if (Schema.isNode(e.kind())) facts.callsTo(e.name()).forEach(c -> callers.add(c.edge().from()));
        if (!callers.isEmpty()) md.append("- called by: ").append(String.join(", ", callers)).append('\n');
        if (Schema.isNode(e.kind())) {
            if (g.groupsOf(ArchGraph.vertex(facts.architecture(), e)).isEmpty()) {
                md.append("- may be reached by: unknown (no security group)\n");
            } else {
                Set<String> from = new TreeSet<>();
                for (ArchGraph.Flow f : g.flows()) {
                    if (f.to().equals(e.name())) from.add(f.from().startsWith(ArchGraph.CIDR_PREFIX) ? f.from().substring(ArchGraph.CIDR_PREFIX.length()) : f.from());
                }
                md.append("- may be reached by (security groups): ").append(from.isEmpty() ? "nothing" : String.join(", ", from)).append('\n');
            }
        }
        Optional<CostModel.Estimate> cost = r.cost().get();
        CostModel.Line line = cost.map(c -> c.line(dev.archkit.model.view.Kind.of(e), e.name())).orElse(null);
        if (cost.isEmpty()) {
            md.append("- monthly cost: unknown (the architecture cannot be priced)\n");
        } else if (line != null) {
            md.append("- monthly cost: ").append(CostModel.usd(line.desired())).append(" (min ").append(CostModel.usd(line.min()))
                    .append(", max ").append(CostModel.usd(line.max())).append(")").append(line.note() == null ? "" : "; " + line.note()).append('\n');
        } else {
            md.append("- monthly cost: not priced on its own\n");
        }
        md.append('\n');
    }

    static void finding(StringBuilder md, Finding f) {
        md.append("---\n\n**").append(f.ruleId()).append("** (").append(f.severity().label()).append(")\n\n");
        Optional<RuleMeta> meta = Catalog.find(f.ruleId()).map(x -> x.meta());
        meta.ifPresent(m -> md.append(m.summary()).append("\n\n"));
        String fix = f.fix() != null ? f.fix() : meta.map(RuleMeta::fix).orElse(null);
        if (fix != null) md.append("Fix: ").append(fix).append("\n\n");
        md.append("[").append(f.ruleId()).append("](").append(Problems.docLink(f.ruleId())).append(")\n\n");
    }
}
