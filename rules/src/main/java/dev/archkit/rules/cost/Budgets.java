package dev.archkit.rules.cost;

import dev.archkit.cost.CostModel;
import dev.archkit.model.Architecture;
import dev.archkit.model.Environment;
import dev.archkit.model.Location;
import dev.archkit.model.Property;
import dev.archkit.model.Value;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Settings;
import dev.archkit.rules.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every budget a view must meet, with the cost it is compared with: shared by the two ceiling rules. */
final class Budgets {
    private Budgets() { }

    /**
     * A ceiling and the cost under it. {@code subject} is the element for a service budget, else
     * null. {@code unpriced} names the components whose hourly price the table lacks: when there
     * are any, the cost is a lower bound and only "above the budget" can be known.
     */
    record Check(String scope, String subject, double ceiling, Location at, Location related, double desired, double max,
                 List<String> unpriced) {
        Check {
            unpriced = List.copyOf(unpriced);
        }

        boolean partial() { return !unpriced.isEmpty(); }

        /** "" for a complete cost; else " (a lower bound: N components unpriced: a, b)". */
        String lowerBound() {
            if (!partial()) return "";
            return " (a lower bound: " + unpriced.size() + (unpriced.size() == 1 ? " component" : " components") + " unpriced: "
                    + String.join(", ", unpriced) + ")";
        }
    }

    /** The ceilings of this view; a view whose region has no prices yields the failure message instead. */
    record Result(List<Check> checks, String failure, Location failureAt) { }

    static Result of(RuleContext ctx) {
        Architecture view = ctx.arch();
        Architecture base = ctx.base();
        List<Location> declared = new ArrayList<>();
        Settings settings = new Settings(base);
        Optional<Value.Money> archBudget = settings.budget();
        Environment env = view.environment() == null ? null : base.environmentNamed(view.environment());
        // an environment's own overrides have no typed view: its budget is read as written
        Property envBudget = env == null ? null : env.property("budget");
        boolean firstEnv = env != null && base.environments().get(0).name().equals(env.name());
        if (archBudget.isPresent() && (env == null || firstEnv)) declared.add(settings.budgetAt());
        if (envBudget != null) declared.add(envBudget.location());
        Optional<Service> budgeted = ctx.facts().serviceViews().stream().filter(s -> s.budgetAt().isKnown()).findFirst();
        if (declared.isEmpty() && budgeted.isEmpty()) return new Result(List.of(), null, null);

        CostModel.Estimate e;
        try {
            e = Costs.of(ctx);
        } catch (CostModel.NoPrices x) {
            Location at = !declared.isEmpty() ? declared.get(0) : budgeted.orElseThrow().budgetAt();
            return new Result(List.of(), x.getMessage(), at);
        }
        List<Check> out = new ArrayList<>();
        for (CostModel.Line l : e.lines()) {
            if (l.budget() != null) {
                out.add(new Check("service '" + l.component() + "'", l.component(), dollars(l.budget()), l.budgetAt(), l.at(), l.desired(), l.max(), List.of()));
            }
        }
        if (envBudget != null) {
            out.add(new Check("environment '" + env.name() + "'", null, dollars((Value.Money) envBudget.value()), envBudget.location(), null, e.desired(), e.max(), missing(e)));
        }
        if (archBudget.isPresent() && env == null) {
            out.add(new Check("architecture '" + base.name() + "'", null, dollars(archBudget.get()), settings.budgetAt(), null, e.desired(), e.max(), missing(e)));
        } else if (archBudget.isPresent() && firstEnv) {
            // the architecture's budget covers all environments together: checked once, in the first one's view
            double desired = 0, max = 0;
            List<String> unpriced = new ArrayList<>();
            for (Environment each : base.environments()) {
                CostModel.Estimate ee = each.name().equals(env.name()) ? e : Costs.of(ctx, base.forEnvironment(each.name()));
                desired += ee.desired();
                max += ee.max();
                for (String m : missing(ee)) if (!unpriced.contains(m)) unpriced.add(m);
            }
            out.add(new Check("architecture '" + base.name() + "' (all " + base.environments().size() + " environments)", null,
                    dollars(archBudget.get()), settings.budgetAt(), null, desired, max, unpriced));
        }
        return new Result(out, null, null);
    }

    /** The components of an estimate whose hourly price the table lacks. */
    private static List<String> missing(CostModel.Estimate e) {
        return e.missing().stream().map(CostModel.Unpriced::component).toList();
    }

    static double dollars(Value.Money m) {
        return m.centsPerMonth() / 100.0;
    }
}
