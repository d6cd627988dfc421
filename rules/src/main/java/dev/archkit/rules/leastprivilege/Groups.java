package dev.archkit.rules.leastprivilege;

import dev.archkit.model.view.SecurityGroup;
import dev.archkit.model.view.Typed;
import dev.archkit.rules.RuleContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The security groups of a view with their rules read once, for the four least-privilege rules
 * that judge them (open ingress, unneeded ingress, wide port ranges, unrestricted egress): shared
 * through the context's per-view memo instead of each rule reading every group's rules again.
 */
final class Groups {
    private Groups() { }

    /** One group and its rules, in the order written. */
    record Group(SecurityGroup group, List<SecurityGroup.Rule> ingress, List<SecurityGroup.Rule> egress) {
        String name() { return group.name(); }
    }

    private static final Object KEY = new Object();

    /** The groups of the context's view, in declaration order. */
    static List<Group> of(RuleContext ctx) {
        return ctx.once(KEY, () -> {
            List<Group> out = new ArrayList<>();
            for (SecurityGroup g : Typed.securityGroups(ctx.arch())) out.add(new Group(g, g.ingress(), g.egress()));
            return List.copyOf(out);
        });
    }
}
