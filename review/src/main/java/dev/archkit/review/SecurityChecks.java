package dev.archkit.review;

import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.Element;
import dev.archkit.model.req.Requirement;
import dev.archkit.model.view.Cache;
import dev.archkit.model.view.Database;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.LoadBalancer;
import dev.archkit.model.view.Role;
import dev.archkit.model.view.Subnet;
import dev.archkit.model.view.Task;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * private-data-stores, private-tasks, encryption-at-rest, encryption-in-transit,
 * no-wildcard-actions and secrets-in-store: from subnets' tiers, public flags, encryption flags,
 * listeners, role statements and task variables.
 */
final class SecurityChecks implements Check {

    /** A plain variable whose name says it holds a secret. */
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|PASSWD|SECRET|TOKEN|API_KEY|PRIVATE_KEY).*");

    @Override
    public Outcome judge(Requirement r, Design d) {
        List<Outcome> out = new ArrayList<>();
        switch (r.predicate()) {
            case PRIVATE_DATA_STORES -> {
                for (Database db : d.databases()) out.add(privateStore(d, db.element(), db.isPublic(), db.publicAt(), db.subnets().names()));
                for (Cache c : d.caches()) out.add(privateStore(d, c.element(), false, dev.archkit.model.Location.UNKNOWN, c.subnets().names()));
                return Outcome.every("data stores", out);
            }
            case PRIVATE_TASKS -> {
                for (ServiceFacts s : d.services()) out.add(privateTasks(d, s));
                return Outcome.every("services", out);
            }
            case ENCRYPTION_AT_REST -> {
                for (Database db : d.databases()) out.add(encrypted(db.element(), db.encrypted()));
                for (Cache c : d.caches()) out.add(encrypted(c.element(), c.encrypted()));
                return Outcome.every("data stores", out);
            }
            case ENCRYPTION_IN_TRANSIT -> {
                for (LoadBalancer lb : d.loadBalancers()) if (lb.isInternetFacing()) out.add(inTransit(lb));
                return Outcome.every("internet-facing load balancers", out);
            }
            case NO_WILDCARD_ACTIONS -> {
                for (Element e : d.ofKind(Kind.ROLE)) out.add(wildcards(new Role(e)));
                return Outcome.every("roles", out);
            }
            case SECRETS_IN_STORE -> {
                for (ServiceFacts s : d.services()) out.add(secrets(s));
                return Outcome.every("services", out);
            }
            default -> throw new IllegalArgumentException(r.predicate().id());
        }
    }

    private static Outcome privateStore(Design d, Element e, boolean isPublic, dev.archkit.model.Location publicAt, List<String> subnetNames) {
        if (isPublic) return Outcome.fail(e.name() + " is publicly accessible", Design.of(e, "public", publicAt));
        List<Subnet> subnets = d.subnets(subnetNames);
        if (subnets.isEmpty()) return Outcome.unknown(e.name() + "'s subnets are not written", Design.of(e, "no subnets"));
        for (Subnet s : subnets) {
            if (s.isPublic()) return Outcome.fail(e.name() + " sits in public subnet " + s.element().name(), Design.of(e, "subnet " + s.element().name() + " is public"));
        }
        return Outcome.pass(e.name() + " sits in private subnets", Design.of(e, "private subnets"));
    }

    private static Outcome privateTasks(Design d, ServiceFacts s) {
        var e = s.service().element();
        if (s.service().publicIp()) return Outcome.fail(s.name() + " has a public IP", Design.of(e, "public-ip", s.service().publicIpAt()));
        List<Subnet> subnets = d.subnets(s);
        if (subnets.isEmpty()) return Outcome.unknown(s.name() + "'s subnets are not written", Design.of(e, "no subnets"));
        for (Subnet sn : subnets) {
            if (sn.isPublic()) return Outcome.fail(s.name() + " runs in public subnet " + sn.element().name(),
                    Design.of(e, "subnet " + sn.element().name() + " is public", s.service().subnets().at()));
        }
        return Outcome.pass(s.name() + " runs in private subnets", Design.of(e, "private subnets"));
    }

    private static Outcome encrypted(Element e, boolean encrypted) {
        return encrypted
                ? Outcome.pass(e.name() + " is encrypted at rest", Design.of(e, "encrypted"))
                : Outcome.fail(e.name() + " is not encrypted at rest", Design.of(e, "no encrypted"));
    }

    private static Outcome inTransit(LoadBalancer lb) {
        var e = lb.element();
        boolean tls = false;
        for (LoadBalancer.Listener l : lb.listeners()) {
            switch (l.protocol()) {
                case HTTPS, TLS -> tls = true;
                case HTTP, TCP, UDP -> {
                    if (l.redirect().isEmpty()) return Outcome.fail(lb.element().name() + " serves plain " + l.protocol().id() + " on port " + l.port(),
                            Design.of(e, "listener " + l.protocol().id() + " " + l.port(), l.at()));
                }
            }
        }
        return tls
                ? Outcome.pass(e.name() + " serves TLS only", Design.of(e, "https/tls listeners"))
                : Outcome.unknown(e.name() + " has no listener written", Design.of(e, "no listeners"));
    }

    private static Outcome wildcards(Role role) {
        var e = role.element();
        for (Role.Statement st : role.statements()) {
            if (st.effect() != Role.Effect.ALLOW) continue;
            for (int i = 0; i < st.actions().size(); i++) {
                String a = st.actions().get(i);
                if (a.equals("*") || a.endsWith(":*")) return Outcome.fail(e.name() + " allows every action '" + a + "'", Design.of(e, "allow " + a, st.actionAt(i)));
            }
        }
        return Outcome.pass(e.name() + " names its actions", Design.of(e, "no wildcard action"));
    }

    private static Outcome secrets(ServiceFacts s) {
        var e = s.service().element();
        for (Task.EnvVar v : s.service().env()) {
            if (SECRET_NAME.matcher(v.name()).matches()) return Outcome.fail(s.name() + " passes " + v.name() + " as a plain variable", Design.of(e, "env " + v.name(), v.at()));
        }
        return s.service().secrets().isEmpty()
                ? Outcome.notApplicable(s.name() + " uses no secrets")
                : Outcome.pass(s.name() + " reads its secrets from a store", Design.of(e, s.service().secrets().size() + " secret(s) from a store"));
    }
}
