package dev.archkit.live.drift;

import dev.archkit.facts.Names;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.Role;
import dev.archkit.model.view.Typed;

import java.util.TreeSet;

/** IAM roles: found, with the declared allowed actions and managed policies. */
final class IamDrift {
    private IamDrift() { }

    static void compare(Comparison c) {
        for (Role r : Typed.roles(c.a)) {
            Inventory.Role live = null;
            for (Inventory.Role x : c.inv.roles()) if (c.is(Kind.ROLE, r.name(), x.name(), x.arn(), x.tags(), Names.ROLE)) { live = x; break; }
            String name = c.mapped(Kind.ROLE, r.name()) != null ? c.mapped(Kind.ROLE, r.name()) : c.names.role(r.name());
            if (live == null) {
                // roles are listed (ListRoles) and read by name (GetRole): missing only when both were read
                c.missingIn(r, name, "iam.ListRoles", "iam.GetRole");
                continue;
            }
            c.matched.add(live);
            if (live.statements() == null) {
                c.unknown(r, "allowed actions", r.location(), c.reasonAbout(live.name(), "iam.GetRole", "iam.ListRolePolicies", "iam.GetRolePolicy"));
            } else {
                TreeSet<String> modelAllow = new TreeSet<>(), liveAllow = new TreeSet<>();
                for (Role.Statement st : r.statements()) if (st.effect() == Role.Effect.ALLOW) modelAllow.addAll(st.actions());
                for (Inventory.Statement st : live.statements()) if ("Allow".equals(st.effect())) liveAllow.addAll(st.actions());
                c.changed(r, r.location(), "allowed actions", modelAllow, liveAllow);
            }
            if (live.managed() == null) {
                c.unknown(r, "managed policies", r.location(), c.reasonAbout(live.name(), "iam.GetRole", "iam.ListAttachedRolePolicies"));
            } else {
                TreeSet<String> modelManaged = new TreeSet<>(), liveManaged = new TreeSet<>();
                for (String n : r.managed()) modelManaged.add(n.contains("/") ? n.substring(n.lastIndexOf('/') + 1) : n);
                for (String arn : live.managed()) liveManaged.add(arn.substring(arn.lastIndexOf('/') + 1));
                c.changed(r, r.location(), "managed policies", modelManaged, liveManaged);
            }
        }
    }
}
