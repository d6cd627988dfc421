package dev.archkit.rules.cost;

import dev.archkit.cost.CostModel;
import dev.archkit.model.Architecture;
import dev.archkit.model.Environment;
import dev.archkit.model.Location;
import dev.archkit.model.Property;
import dev.archkit.model.Value;
import dev.archkit.rules.RuleContext;

import java.util.ArrayList;
import java.util.List;

/** Every budget a view must meet, with the cost it is compared with: shared by the two ceiling rules. */
final class Budgets {
    private Budgets() { }

    /** A ceiling and the cost under it. {@code subject} is the element for a service budget, else null. */
    record Check(String scope, String subject, double ceiling, Location at, Location related, double desired, double max) { }

    /** The ceilings of this view; a view whose region has no prices yields the failure message instead. */
    record Result(List<Check> checks, String failure, Location failureAt) { }

    static Result of(RuleContext ctx) {
        Architecture view = ctx.arch();
        Architecture base = ctx.base();
        List<Location> declared = new ArrayList<>();
        Property archBudget = base.property("budget");
        Environment env = view.environment() == null ? null : base.environmentNamed(view.environment());
        Property envBudget = env == null ? null : env.property("budget");
        boolean firstEnv = env != null && base.environments().get(0).name().equals(env.name());
        if (archBudget != null && (env == null || firstEnv)) declared.add(archBudget.location());
        if (envBudget != null) declared.add(envBudget.location());
        boolean anyService = view.elementsOfKind("service").stream().anyMatch(s -> s.has("budget"));
        if (declared.isEmpty() && !anyService) return new Result(List.of(), null, null);

        CostModel.Estimate e;
        try {
            e = ctx.cost();
        } catch (CostModel.NoPrices x) {
            Location at = !declared.isEmpty() ? declared.get(0)
                    : view.elementsOfKind("service").stream().filter(s -> s.has("budget")).findFirst().orElseThrow().property("budget").location();
            return new Result(List.of(), x.getMessage(), at);
        }
        List<Check> out = new ArrayList<>();
        for (CostModel.Line l : e.lines()) {
            if (l.budget() != null) {
                out.add(new Check("service '" + l.component() + "'", l.component(), dollars(l.budget()), l.budgetAt(), l.at(), l.desired(), l.max()));
            }
        }
        if (envBudget != null) {
            out.add(new Check("environment '" + env.name() + "'", null, dollars((Value.Money) envBudget.value()), envBudget.location(), null, e.desired(), e.max()));
        }
        if (archBudget != null && env == null) {
            out.add(new Check("architecture '" + base.name() + "'", null, dollars((Value.Money) archBudget.value()), archBudget.location(), null, e.desired(), e.max()));
        } else if (archBudget != null && firstEnv) {
            // the architecture's budget covers all environments together: checked once, in the first one's view
            double desired = 0, max = 0;
            for (Environment each : base.environments()) {
                CostModel.Estimate ee = each.name().equals(env.name()) ? e : CostModel.estimate(base.forEnvironment(each.name()), ctx.prices());
                desired += ee.desired();
                max += ee.max();
            }
            out.add(new Check("architecture '" + base.name() + "' (all " + base.environments().size() + " environments)", null,
                    dollars((Value.Money) archBudget.value()), archBudget.location(), null, desired, max));
        }
        return new Result(out, null, null);
    }

    static double dollars(Value.Money m) {
        return m.centsPerMonth() / 100.0;
    }
}
