package dev.archkit.lang;

import dev.archkit.model.Suggest;
import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.model.Value;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.model.diag.Diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The semantic checks of single elements (with what they name): subnets within their network, in
 * the region and the architecture's zones, not overlapping; Fargate CPU/memory combinations;
 * replica and node-group ranges; scaling targets; deployment options; security group rule shapes;
 * NAT gateways in public subnets; API authorizers. Each element is checked on its own, so a list
 * of them may be checked in parts side by side.
 */
final class ElementChecks {

    private final Diagnostics diags;
    private final Architecture a;
    private final String region;
    private final Set<String> zones;

    /** Checks of elements of {@code a}, whose (known) region and zones are given, into {@code diags}. */
    ElementChecks(Diagnostics diags, Architecture a, String region, Set<String> zones) {
        this.diags = diags;
        this.a = a;
        this.region = region;
        this.zones = zones;
    }

    void check(List<Element> elements) {
        for (Element e : elements) {
            switch (e.kind()) {
                case "network" -> network(e);
                case "service" -> service(e);
                case "securitygroup" -> securityGroup(e);
                case "nat" -> nat(e);
                case "apigateway" -> apigateway(e);
                case "nodegroup" -> range(e, "size", "desired");
                case "database" -> {
                    Value zone = e.value("zone");
                    if (zone != null && region != null && !zone.text().startsWith(region)) {
                        diags.error("zone", zone.at(), "zone '" + zone.text() + "' is not in the region " + region, null);
                    }
                }
                default -> { }
            }
        }
    }

    private void network(Element net) {
        Value nv = net.value("cidr");
        Value.Cidr netCidr = nv instanceof Value.Cidr c ? c : null;
        List<Element> subnets = new ArrayList<>();
        for (Element s : net.children()) {
            if (!s.kind().equals("subnet")) continue;
            Value zone = s.value("zone");
            if (zone != null && region != null) {
                if (!zone.text().startsWith(region)) {
                    diags.error("zone", zone.at(), "zone '" + zone.text() + "' of subnet '" + s.name() + "' is not in the region " + region,
                            "use a zone such as " + region + "a");
                } else if (!zones.isEmpty() && !zones.contains(zone.text())) {
                    diags.error("zone", zone.at(), "zone '" + zone.text() + "' is not one of the architecture's zones (" + String.join(", ", zones.stream().sorted().toList()) + ")",
                            "add it to 'zones', or place the subnet in one of them");
                }
            }
            Value sv = s.value("cidr");
            if (sv instanceof Value.Cidr sc) {
                if (netCidr != null && !netCidr.contains(sc)) {
                    diags.add(Diagnostic.error("cidr", sc.at(), "subnet '" + s.name() + "' (" + sc.text() + ") lies outside its network " + netCidr.text())
                            .withRelated(netCidr.at(), "the network '" + net.name() + "' is " + netCidr.text()));
                }
                subnets.add(s);
            }
        }
        subnets.sort(Comparator.comparing(s -> ((Value.Cidr) s.value("cidr")).network()));
        Element widest = null;
        for (Element s : subnets) {
            Value.Cidr c = (Value.Cidr) s.value("cidr");
            if (widest != null) {
                Value.Cidr w = (Value.Cidr) widest.value("cidr");
                if (w.ipv6() == c.ipv6() && w.overlaps(c)) {
                    diags.add(Diagnostic.error("cidr", c.at(), "subnet '" + s.name() + "' (" + c.text() + ") overlaps subnet '" + widest.name() + "' (" + w.text() + ")")
                            .withRelated(w.at(), "'" + widest.name() + "' is declared here"));
                }
                if (c.last().compareTo(w.last()) > 0) widest = s;
            } else {
                widest = s;
            }
        }
    }

    private void nat(Element nat) {
        Value v = nat.value("subnet");
        if (v == null) return;
        Element sub = a.element(v.text());
        if (sub != null && sub.kind().equals("subnet") && !"public".equals(sub.string("tier"))) {
            diags.add(Diagnostic.error("nat", v.at(), "NAT gateway '" + nat.name() + "' sits in '" + sub.name() + "', which is not a public subnet")
                    .withRelated(sub.location(), "declared here").withHint("a NAT gateway needs a public subnet (mark it 'public')"));
        }
    }

    // Fargate task sizes: cpu units -> allowed memory in MiB (from, to, step)
    private static final long[][] FARGATE = {
            {256, 512, 2048, 0}, {512, 1024, 4096, 1024}, {1024, 2048, 8192, 1024}, {2048, 4096, 16384, 1024},
            {4096, 8192, 30720, 1024}, {8192, 16384, 61440, 4096}, {16384, 32768, 122880, 8192}};

    static boolean fargateOk(long cpu, long mem) {
        for (long[] r : FARGATE) {
            if (r[0] != cpu) continue;
            if (cpu == 256) return mem == 512 || mem == 1024 || mem == 2048;
            return mem >= r[1] && mem <= r[2] && (mem - r[1]) % r[3] == 0;
        }
        return false;
    }

    static String fargateMemories(long cpu) {
        for (long[] r : FARGATE) {
            if (r[0] != cpu) continue;
            if (cpu == 256) return "512, 1024 or 2048";
            return r[1] + " to " + r[2] + " in steps of " + r[3];
        }
        return null;
    }

    private void service(Element s) {
        boolean fargate = "fargate".equals(s.string("runtime"));
        if (!s.has("runtime") && s.has("cluster")) {
            Element c = a.element(s.string("cluster"));
            fargate = c != null && "ecs".equals(c.string("type") == null ? "ecs" : c.string("type"))
                    && c.all("capacity").stream().anyMatch(p -> p.field("provider") != null && p.field("provider").text().startsWith("fargate"));
        }
        Value cpu = s.value("cpu");
        Value mem = s.value("memory");
        if (fargate && cpu instanceof Value.Cpu c) {
            long units = c.ecsUnits();
            boolean known = false;
            for (long[] r : FARGATE) known |= r[0] == units;
            if (!known) {
                diags.error("fargate-size", c.at(), "Fargate has no task size with " + units + " CPU units",
                        "Fargate CPU is 256, 512, 1024, 2048, 4096, 8192 or 16384 units");
            } else if (mem instanceof Value.Size m && !fargateOk(units, m.mib())) {
                diags.add(Diagnostic.error("fargate-size", m.at(), "Fargate cannot run " + units + " CPU units with " + m.mib() + " MiB of memory")
                        .withRelated(c.at(), "cpu is set here")
                        .withHint("with " + units + " CPU units, memory is " + fargateMemories(units) + " MiB"));
            }
        }
        range(s, "replicas", "desired");
        for (Property p : s.all("scale")) {
            Value metric = p.field("metric");
            Value target = p.field("target");
            if (metric == null || target == null) continue;
            if (metric.text().equals("requests")) {
                if (!(target instanceof Value.NumberValue n) || n.value() <= 0) {
                    diags.error("type", target.at(), "a requests target is a number of requests per target, e.g. 1000", null);
                }
            } else if (!(target instanceof Value.Percent pc) || pc.value() <= 0 || pc.value() > 100) {
                diags.error("type", target.at(), "a " + metric.text() + " target is a percentage between 1% and 100%, e.g. 70%", null);
            }
        }
        Property d = s.property("deploy");
        if (d != null) {
            String strategy = d.field("strategy") == null ? "" : d.field("strategy").text();
            Value canary = d.field("canary"), linear = d.field("linear");
            if (canary != null && linear != null) {
                diags.error("deploy", linear.at(), "a deployment is canary or linear, not both", null);
            }
            if (!strategy.equals("blue-green") && (canary != null || linear != null)) {
                Value v = canary != null ? canary : linear;
                diags.error("deploy", v.at(), "canary and linear traffic shifting need 'deploy blue-green'", null);
            }
            if ((canary != null || linear != null) && d.field("every") == null) {
                Value v = canary != null ? canary : linear;
                diags.error("deploy", v.at(), "say how often traffic shifts: 'every 1m'", null);
            }
            if (strategy.equals("blue-green") && d.field("circuit-breaker") != null) {
                diags.warning("deploy", d.field("circuit-breaker").at(), "the ECS deployment circuit breaker applies to rolling deployments only",
                        "blue/green deployments roll back on alarms: 'alarms NAME'");
            }
        }
        Value ports = s.value("port");
        if (ports instanceof Value.ListValue l) {
            for (Value v : l.items()) {
                if (v instanceof Value.IntValue i && (i.value() < 1 || i.value() > 65535)) {
                    diags.error("range", v.at(), "port " + i.value() + " is out of range", "ports lie between 1 and 65535");
                }
            }
        }
    }

    private void range(Element e, String key, String desiredField) {
        Property p = e.property(key);
        if (p == null) return;
        long desired = num(p.field(desiredField));
        Value min = p.field("min"), max = p.field("max");
        if (desired < 0) diags.error("range", p.field(desiredField).at(), "a count cannot be negative", null);
        if (min != null && max != null && num(min) > num(max)) {
            diags.error("range", min.at(), "min " + num(min) + " is above max " + num(max), null);
        } else {
            if (min != null && desired < num(min)) {
                diags.error("range", p.field(desiredField).at(), "desired " + desired + " is below min " + num(min), "raise it, or lower min");
            }
            if (max != null && desired > num(max)) {
                diags.error("range", p.field(desiredField).at(), "desired " + desired + " is above max " + num(max), "lower it, or raise max");
            }
        }
    }

    private static long num(Value v) {
        return v instanceof Value.IntValue i ? i.value() : 0;
    }

    private void securityGroup(Element sg) {
        for (String dir : List.of("ingress", "egress")) {
            for (Property p : sg.all(dir)) {
                Value proto = p.field("protocol");
                Value ports = p.field("ports");
                if (proto == null) continue;
                if (proto.text().equals("all") && ports != null && !(ports instanceof Value.Ports pr && pr.count() == 65536)) {
                    diags.error("sg-rule", ports.at(), "protocol 'all' covers every port; leave the port out", "write: " + dir + " all " + (dir.equals("ingress") ? "from" : "to") + " ...");
                }
                if ((proto.text().equals("tcp") || proto.text().equals("udp")) && ports == null) {
                    diags.error("sg-rule", proto.at(), dir + " " + proto.text() + " needs a port or a range", "e.g. " + dir + " tcp 443 from 0.0.0.0/0, or 'all' for every port");
                }
                if (proto.text().equals("icmp") && ports != null) {
                    diags.error("sg-rule", ports.at(), "ICMP has no ports", "write: " + dir + " icmp " + (dir.equals("ingress") ? "from" : "to") + " ...");
                }
            }
        }
    }

    private void apigateway(Element gw) {
        Set<String> auths = new HashSet<>();
        for (Property p : gw.all("authorizer")) if (p.field("name") != null) auths.add(p.field("name").text());
        for (Property p : gw.all("route")) {
            Value auth = p.field("auth");
            if (auth != null && !auths.contains(auth.text())) {
                String m = Suggest.closest(auth.text(), auths);
                diags.error("unresolved-reference", auth.at(), "unknown authorizer '" + auth.text() + "' in API '" + gw.name() + "'",
                        m != null ? "did you mean '" + m + "'?" : "declare it: authorizer " + auth.text() + " cognito pool \"...\"");
            }
        }
    }
}
