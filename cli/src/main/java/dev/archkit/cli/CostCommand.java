package dev.archkit.cli;

import dev.archkit.cost.CostModel;
import dev.archkit.cost.CostReport;
import dev.archkit.cost.PriceTable;
import dev.archkit.model.Architecture;
import dev.archkit.model.Property;
import dev.archkit.model.Value;
import dev.archkit.model.view.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Command(name = "cost",
        description = {
            "Estimate what an architecture costs per month, at its minimum, desired and maximum scale.",
            "",
            "Prices come from a dated table inside archkit (on-demand list prices for us-east-1, us-west-2, eu-west-1, eu-central-1, ap-northeast-1 and ap-northeast-2; 730 hours a month), or from --prices FILE in the same format. Nothing is fetched from the network.",
            "",
            "Fargate tasks are split between Fargate and Fargate Spot by the capacity provider strategy (base first, then weights); ARM tasks use ARM prices; autoscaling maxima and scheduled actions set the max column. Load balancer LCUs, NAT data, API requests and log volume come from 'usage' declarations; where one is missing a stated default is used and listed under 'Assumed'. Each environment is priced on its own.",
            "",
            "Budgets ('budget' on the architecture, an environment or a service) are shown beside the totals; 'archkit check' fails when one is exceeded (rule cost/over-budget).",
            "",
            "A component that runs by the hour but has no price in the table (a real instance class the table lacks, or lacks in that region; Oracle and SQL Server licences; OpenSearch) is left out of a total marked partial: 'TOTAL per month (partial: N components unpriced)', 'partial: true' in JSON. The total is then a lower bound, a budget under it is 'unknown', and the command exits 1 unless --allow-unpriced. Services priced per use (DynamoDB, S3, SQS, SNS, EventBridge, Lambda) are listed as not priced and never make a total partial.",
        },
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:",
            "  archkit cost examples/tutorial-service.arch",
            "  archkit cost examples/eks-platform.arch --env prod --format markdown",
            "  archkit cost --diff old.arch new.arch --format markdown > cost-comment.md",
            "  archkit cost --allow-unpriced examples/open-market.arch",
            "", "Exit codes: 0 priced, 1 a total is partial (without --allow-unpriced) or (--diff) the increase is above the architecture's max-cost-increase, 2 invalid input or no prices for the region, 3 files could not be read."})
final class CostCommand extends ArchkitCommand {

    enum Format { text, markdown, json, csv }

    @Parameters(paramLabel = "FILE", arity = "1..2", description = "the architecture; with --diff, OLD and NEW")
    List<Path> files;

    @picocli.CommandLine.Mixin
    ImportRootOption importRoot;

    @Option(names = "--env", paramLabel = "NAME", description = "price one environment only (default: each environment)")
    String env;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), markdown, json or csv")
    Format format = Format.text;

    @picocli.CommandLine.Mixin
    PricesOption pricesOption;

    @Option(names = "--allow-unpriced", description = "exit 0 when a total is partial (a component's hourly price is not in the table); the report still marks it")
    boolean allowUnpriced;

    @Option(names = "--diff", description = "compare two versions: OLD NEW; shows the change in $ and %% per environment and component")
    boolean diff;

    @Override
    public ExitCode call() {
        var out = console.out();
        var err = console.err();
        if (diff && files.size() != 2) {
            err.println("archkit cost: --diff needs two files, OLD and NEW");
            return ExitCode.INVALID;
        }
        if (!diff && files.size() != 1) {
            err.println("archkit cost: one architecture at a time (or --diff OLD NEW to compare two)");
            return ExitCode.INVALID;
        }
        PriceTable read = pricesOption.read(console);
        PriceTable prices = read == null ? PriceTable.embedded() : read;
        List<Architecture> archs = new ArrayList<>();
        for (Path f : files) {
            Inputs.Loaded loaded = Inputs.load("cost", f, env, err, importRoot);
            if (loaded.architecture() == null) return loaded.exit();
            archs.add(loaded.architecture());
        }
        try {
            if (!diff) {
                List<CostModel.Estimate> es = CostReport.estimates(archs.get(0), env, prices);
                out.print(switch (format) {
                    case text -> CostReport.text(es);
                    case markdown -> CostReport.markdown(es);
                    case json -> CostReport.json(es);
                    case csv -> CostReport.csv(es);
                });
                return partial(es, err);
            }
            List<CostModel.Estimate> before = CostReport.estimates(archs.get(0), env, prices);
            List<CostModel.Estimate> after = CostReport.estimates(archs.get(1), env, prices);
            List<CostReport.Delta> deltas = CostReport.diff(before, after);
            List<String> over = overLimit(archs.get(1), deltas);
            switch (format) {
                case text -> {
                    out.print(CostReport.diffText(deltas));
                    for (String o : over) out.println(o);
                }
                case markdown -> {
                    out.print(CostReport.diffMarkdown(deltas));
                    if (!over.isEmpty()) out.print("\n" + String.join("\n", over.stream().map(o -> "> **" + o + "**").toList()) + "\n");
                }
                case json -> out.print(CostReport.diffJson(deltas));
                case csv -> out.print(CostReport.diffCsv(deltas));
            }
            if (!over.isEmpty() && (format == Format.json || format == Format.csv)) for (String o : over) err.println(o);
            List<CostModel.Estimate> both = new ArrayList<>(before);
            both.addAll(after);
            ExitCode gaps = partial(both, err);
            return over.isEmpty() ? gaps : ExitCode.FINDINGS;
        } catch (CostModel.NoPrices e) {
            err.println("archkit cost: " + e.getMessage());
            return ExitCode.INVALID;
        }
    }

    /**
     * Says on stderr which totals are partial (a lower bound: an hourly price is missing from the
     * table) and what to do; findings unless --allow-unpriced accepts them.
     */
    private ExitCode partial(List<CostModel.Estimate> estimates, java.io.PrintWriter err) {
        List<String> gaps = new ArrayList<>();
        for (CostModel.Estimate e : estimates) {
            if (!e.partial()) continue;
            gaps.add((e.environment() == null ? e.architecture() : "environment " + e.environment()) + ": "
                    + String.join(", ", e.missing().stream().map(u -> u.component() + " (" + u.reason() + ")").toList()));
        }
        if (gaps.isEmpty()) return ExitCode.OK;
        for (String g : new java.util.LinkedHashSet<>(gaps)) err.println("archkit cost: partial total, unpriced " + g);
        if (allowUnpriced) return ExitCode.OK;
        err.println("archkit cost: the total is a lower bound; pass --prices FILE with the missing prices, or --allow-unpriced to accept it");
        return ExitCode.FINDINGS;
    }

    /** The totals above NEW's max-cost-increase (per environment, where an environment sets its own). */
    static List<String> overLimit(Architecture after, List<CostReport.Delta> deltas) {
        List<String> out = new ArrayList<>();
        for (CostReport.Delta d : deltas) {
            if (d.component() != null) continue;
            // an environment's own limit wins over the architecture's (its view has both, the environment's last)
            boolean env = d.environment() != null && after.environmentNamed(d.environment()) != null;
            Settings settings = new Settings(env ? after.forEnvironment(d.environment()) : after);
            if (settings.maxCostIncrease().isEmpty()) continue;
            Value.Percent pct = settings.maxCostIncrease().get();
            if (d.partial()) {   // lower bounds: what is left out could make or hide an increase
                out.add(String.format(Locale.ROOT, "%s: cannot check max-cost-increase %s%% (%s): %s",
                        d.environment() == null ? "total" : "environment " + d.environment(), CostModel.fmt(pct.value()),
                        settings.maxCostIncreaseAt(), CostReport.partialNote(d)));
                continue;
            }
            if (d.after() > d.before() * (1 + pct.value() / 100) + 0.005) {
                out.add(String.format(Locale.ROOT, "%s: cost rises %s (%s), above max-cost-increase %s%% (%s)",
                        d.environment() == null ? "total" : "environment " + d.environment(), CostReport.signed(d.amount()),
                        CostReport.pctText(d), CostModel.fmt(pct.value()), settings.maxCostIncreaseAt()));
            }
        }
        return out;
    }
}
