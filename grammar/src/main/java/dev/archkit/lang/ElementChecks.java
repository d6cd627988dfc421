package dev.archkit.lang;

import dev.archkit.model.Runtimes;
import dev.archkit.model.Suggest;
import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.model.Value;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.model.diag.Diagnostics;
import dev.archkit.model.view.ApiGateway;
import dev.archkit.model.view.Endpoint;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.Nat;
import dev.archkit.model.view.Network;
import dev.archkit.model.view.NetworkAcl;
import dev.archkit.model.view.SecurityGroup;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Subnet;
import dev.archkit.model.view.Task;
import dev.archkit.model.view.Word;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The semantic checks of single elements (with what they name): subnets within their network, in
 * the region and the architecture's zones, not overlapping; Fargate CPU/memory combinations;
 * replica and node-group ranges; scaling targets; deployment options; security group and network ACL rule shapes;
 * NAT gateways in public subnets; API authorizers. Each element is checked on its own, so a list
 * of them may be checked in parts side by side.
 *
 * <p>About 340 lines: one short method per kind's checks, dispatched from one switch (the
 * rules of network ACLs are checked in {@link NaclChecks}).
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
            Kind k = Kind.of(e);
            if (k == null) continue;
            switch (k) {
                case NETWORK -> network(new Network(e));
                case SERVICE -> service(new Service(e));
                case SECURITYGROUP -> securityGroup(new SecurityGroup(e));
                case NAT -> nat(new Nat(e));
                case ENDPOINT -> NetworkChecks.endpoint(diags, a, new Endpoint(e));
                case NACL -> NaclChecks.nacl(diags, a, new NetworkAcl(e));
                case PREFIXLIST -> prefixList(new dev.archkit.model.view.PrefixList(e));
                case APIGATEWAY -> apigateway(new ApiGateway(e));
                case NODEGROUP -> range(e.property("size"), "desired");   // the count's parts, by the schema's field names
                case DATABASE -> {
                    Value zone = e.value("zone");   // kept as a value: the diagnostic points at it
                    if (zone != null && region != null && !zone.text().startsWith(region)) {
                        diags.error("zone", zone.at(), "zone '" + zone.text() + "' is not in the region " + region, null);
                    }
                    database(new dev.archkit.model.view.Database(e));
                }
                default -> { }
            }
            for (Property p : e.properties()) arns(p.value());
        }
    }

    /** A database's schedule and replica placement: snapshots at a positive interval, one zone per replica, each in the region. */
    private void database(dev.archkit.model.view.Database db) {
        Property snaps = db.element().property("snapshots");
        if (snaps != null && db.snapshotEvery().map(d -> d.millis() <= 0).orElse(false)) {
            diags.error("range", snaps.location(), "snapshots every 0: an interval above 0 is needed", "write 'snapshots every 12h'");
        }
        Property rz = db.element().property("replica-zones");
        if (rz == null) return;
        List<String> zones = db.replicaZones();
        if (zones.size() != db.replicas()) {
            diags.error("replica-zones", rz.location(), db.element().name() + " names " + zones.size() + " replica zone(s) for "
                    + db.replicas() + " replica(s)", "write one zone per replica, and 'replicas " + zones.size() + "'");
        }
        if (region != null) {
            for (String z : zones) {
                if (!z.startsWith(region)) diags.error("zone", rz.location(), "zone '" + z + "' is not in the region " + region, null);
            }
        }
    }

    /** An ARN that cannot be right in this region (a placeholder account, another partition): generated Terraform would fail at apply. */
    private void arns(Value v) {
        if (v instanceof Value.StringValue sv) {
            if (!sv.value().startsWith("arn:")) return;
            dev.archkit.model.Arns.problem(sv.value(), region).ifPresent(why -> diags.warning("arn", sv.at(),
                    "malformed ARN \"" + sv.value() + "\": " + why,
                    "write arn:" + dev.archkit.model.Arns.partition(region) + ":SERVICE:" + (region == null ? "REGION" : region)
                            + ":123456789012:RESOURCE with the real 12-digit account id (or '*' where any account is meant)"));
        } else if (v instanceof Value.ListValue l) {
            for (Value i : l.items()) arns(i);
        } else if (v instanceof Value.Struct st) {
            for (Value f : st.fieldValues()) arns(f);
        }
    }

    private void network(Network net) {
        Value.Cidr netCidr = net.cidr().orElse(null);
        List<Subnet> subnets = new ArrayList<>();
        for (Subnet s : net.subnets()) {
            Value zone = s.element().value("zone");   // a value with its location, for the diagnostic
            if (zone != null && region != null) {
                if (!zone.text().startsWith(region)) {
                    diags.error("zone", zone.at(), "zone '" + zone.text() + "' of subnet '" + s.name() + "' is not in the region " + region,
                            "use a zone such as " + region + "a");
                } else if (!zones.isEmpty() && !zones.contains(zone.text())) {
                    diags.error("zone", zone.at(), "zone '" + zone.text() + "' is not one of the architecture's zones (" + String.join(", ", zones.stream().sorted().toList()) + ")",
                            "add it to 'zones', or place the subnet in one of them");
                }
            }
            if (s.cidr().isPresent()) {
                Value.Cidr sc = s.cidr().get();
                if (netCidr != null && !netCidr.contains(sc)) {
                    diags.add(Diagnostic.error("cidr", sc.at(), "subnet '" + s.name() + "' (" + sc.text() + ") lies outside its network " + netCidr.text())
                            .withRelated(netCidr.at(), "the network '" + net.name() + "' is " + netCidr.text()));
                }
                subnets.add(s);
            }
        }
        for (Subnet s : net.subnets()) NetworkChecks.route(diags, a, s);
        NaclChecks.subnetsOnce(diags, a, net);
        subnets.sort(Comparator.comparing(s -> s.cidr().get().network()));
        Subnet widest = null;
        for (Subnet s : subnets) {
            Value.Cidr c = s.cidr().get();
            if (widest != null) {
                Value.Cidr w = widest.cidr().get();
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

    private void nat(Nat nat) {
        Value v = nat.element().value("subnet");   // the reference with its location
        if (v == null) return;
        Element sub = a.element(Kind.SUBNET.id(), v.text());
        if (Kind.SUBNET.is(sub) && !new Subnet(sub).isPublic()) {
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

    private void service(Service s) {
        boolean fargate = Runtimes.effective(a, s) == Service.Runtime.FARGATE;
        Value.Cpu c = s.cpu().orElse(null);
        if (fargate && c != null) {
            long units = c.ecsUnits();
            boolean known = false;
            for (long[] r : FARGATE) known |= r[0] == units;
            Value.Size m = s.memory().orElse(null);
            if (!known) {
                diags.error("fargate-size", c.at(), "Fargate has no task size with " + units + " CPU units",
                        "Fargate CPU is 256, 512, 1024, 2048, 4096, 8192 or 16384 units");
            } else if (m != null && !fargateOk(units, m.mib())) {
                diags.add(Diagnostic.error("fargate-size", m.at(), "Fargate cannot run " + units + " CPU units with " + m.mib() + " MiB of memory")
                        .withRelated(c.at(), "cpu is set here")
                        .withHint("with " + units + " CPU units, memory is " + fargateMemories(units) + " MiB"));
            }
        }
        range(s.element().property("replicas"), "desired");
        for (Property p : s.element().all("scale")) {   // values with their locations, for the diagnostics
            Value metric = p.field("metric");
            Value target = p.field("target");
            if (metric == null || target == null) continue;
            if (metric.text().equals(Task.Metric.REQUESTS.id())) {
                if (!(target instanceof Value.NumberValue n) || n.value() <= 0) {
                    diags.error("type", target.at(), "a requests target is a number of requests per target, e.g. 1000", null);
                }
            } else if (!(target instanceof Value.Percent pc) || pc.value() <= 0 || pc.value() > 100) {
                diags.error("type", target.at(), "a " + metric.text() + " target is a percentage between 1% and 100%, e.g. 70%", null);
            }
        }
        Property d = s.element().property("deploy");
        Service.Runtime runtime = d == null ? null : Runtimes.effective(a, s);
        if (runtime == Service.Runtime.BEANSTALK || runtime == Service.Runtime.SWARM) {
            diags.error("deploy", d.location(), "'deploy' settings are ECS and Kubernetes deployment options; a service on "
                    + (runtime == Service.Runtime.BEANSTALK ? "Elastic Beanstalk" : "Docker Swarm") + " cannot take them",
                    runtime == Service.Runtime.BEANSTALK ? "Elastic Beanstalk deploys by its environment's deployment policy (rolling, immutable, traffic splitting); remove 'deploy'"
                            : "Docker Swarm rolls out by the service's update_config; remove 'deploy'");
        } else if (d != null) {
            Task.Deploy deploy = s.deploy().orElseThrow();
            boolean blueGreen = deploy.strategy() == Task.Strategy.BLUE_GREEN;
            Value canary = d.field("canary"), linear = d.field("linear");
            if (canary != null && linear != null) {
                diags.error("deploy", linear.at(), "a deployment is canary or linear, not both", null);
            }
            if (!blueGreen && (canary != null || linear != null)) {
                Value v = canary != null ? canary : linear;
                diags.error("deploy", v.at(), "canary and linear traffic shifting need 'deploy blue-green'", null);
            }
            if ((canary != null || linear != null) && deploy.every().isEmpty()) {
                Value v = canary != null ? canary : linear;
                diags.error("deploy", v.at(), "say how often traffic shifts: 'every 1m'", null);
            }
            if (blueGreen && d.field("circuit-breaker") != null) {
                diags.warning("deploy", d.field("circuit-breaker").at(), "the ECS deployment circuit breaker applies to rolling deployments only",
                        "blue/green deployments roll back on alarms: 'alarms NAME'");
            }
        }
        if (s.element().value("port") instanceof Value.ListValue l) {
            for (Value v : l.items()) {
                if (v instanceof Value.IntValue i && (i.value() < 1 || i.value() > 65535)) {
                    diags.error("range", v.at(), "port " + i.value() + " is out of range", "ports lie between 1 and 65535");
                }
            }
        }
    }

    /** A count with a range ({@code replicas 3 min 2 max 6}, {@code size 2 min 1 max 4}): desired within min..max. */
    private void range(Property p, String desiredField) {
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

    private void securityGroup(SecurityGroup sg) {
        for (SecurityGroup.Direction dir : SecurityGroup.Direction.values()) {
            String key = dir == SecurityGroup.Direction.INGRESS ? "ingress" : "egress";
            String peer = dir == SecurityGroup.Direction.INGRESS ? "from" : "to";
            for (Property p : sg.element().all(key)) {   // values with their locations, for the diagnostics
                Value proto = p.field("protocol");
                Value ports = p.field("ports");
                if (proto == null) continue;
                SecurityGroup.IpProtocol protocol = Word.parse(SecurityGroup.IpProtocol.class, proto.text());
                if (protocol == SecurityGroup.IpProtocol.ALL && ports != null && !(ports instanceof Value.Ports pr && pr.count() == 65536)) {
                    diags.error("sg-rule", ports.at(), "protocol 'all' covers every port; leave the port out", "write: " + key + " all " + peer + " ...");
                }
                if ((protocol == SecurityGroup.IpProtocol.TCP || protocol == SecurityGroup.IpProtocol.UDP) && ports == null) {
                    diags.error("sg-rule", proto.at(), key + " " + proto.text() + " needs a port or a range", "e.g. " + key + " tcp 443 from 0.0.0.0/0, or 'all' for every port");
                }
                if (protocol == SecurityGroup.IpProtocol.ICMP && ports != null) {
                    diags.error("sg-rule", ports.at(), "ICMP has no ports", "write: " + key + " icmp " + peer + " ...");
                }
            }
        }
    }

    /** A prefix list: some entries, one address family, no entry twice, and room for its entries (1 to 1000). */
    private void prefixList(dev.archkit.model.view.PrefixList pl) {
        Element e = pl.element();
        var entries = pl.entries();
        if (entries.isEmpty()) {   // none written, or none well formed (each malformed one has its own error too)
            diags.error("prefix-list", e.location(), "prefixlist '" + pl.name() + "' has no valid entries", "e.g. entries 203.0.113.0/24, 198.51.100.0/24");
        }
        Set<String> seen = new HashSet<>();
        for (Value.Cidr c : entries) {
            if (c.ipv6() != entries.get(0).ipv6()) {
                diags.error("prefix-list", c.at(), "prefixlist '" + pl.name() + "' mixes IPv4 and IPv6 entries",
                        "a managed prefix list holds one address family; declare a second list for the other");
            }
            if (!seen.add(c.text())) diags.error("prefix-list", c.at(), "entry " + c.text() + " is written twice", "remove one");
        }
        Value max = e.value("max-entries");
        if (max instanceof Value.IntValue m) {
            if (m.value() < 1 || m.value() > 1000) {
                diags.error("prefix-list", m.at(), "max-entries must lie between 1 and 1000", "e.g. max-entries " + Math.max(1, entries.size()));
            } else if (m.value() < entries.size()) {
                diags.error("prefix-list", m.at(), "prefixlist '" + pl.name() + "' has " + entries.size() + " entries but room for " + m.value(),
                        "raise it: max-entries " + entries.size());
            }
        }
    }

    private void apigateway(ApiGateway gw) {
        Set<String> auths = new HashSet<>();
        for (ApiGateway.Authorizer au : gw.authorizers()) auths.add(au.name());
        for (Property p : gw.element().all("route")) {   // the auth value with its location, for the diagnostic
            Value auth = p.field("auth");
            if (auth != null && !auths.contains(auth.text())) {
                String m = Suggest.closest(auth.text(), auths);
                diags.error("unresolved-reference", auth.at(), "unknown authorizer '" + auth.text() + "' in API '" + gw.name() + "'",
                        m != null ? "did you mean '" + m + "'?" : "declare it: authorizer " + auth.text() + " cognito pool \"...\"");
            }
        }
    }
}
