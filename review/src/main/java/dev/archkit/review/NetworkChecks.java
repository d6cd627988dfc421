package dev.archkit.review;

import dev.archkit.facts.AwsAccess;
import dev.archkit.facts.Exposure;
import dev.archkit.facts.Registry;
import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.Location;
import dev.archkit.model.req.Argument;
import dev.archkit.model.req.Requirement;

import java.util.ArrayList;
import java.util.List;

/**
 * aws-access-without and only-exposed: from the facts' ways out of the tasks (VPC endpoints,
 * subnet routes, public IPs: {@code Facts.awsPaths}) and what the internet reaches
 * ({@code Facts.exposure}). Nothing here decides reachability itself.
 */
final class NetworkChecks implements Check {

    @Override
    public Outcome judge(Requirement r, Design d) {
        return switch (r.predicate()) {
            case AWS_ACCESS_WITHOUT -> awsAccess(d, (Argument.Avoid) r.argument());
            case ONLY_EXPOSED -> onlyExposed(d, ((Argument.Names) r.argument()).names());
            default -> throw new IllegalArgumentException(r.predicate().id());
        };
    }

    private static Outcome awsAccess(Design d, Argument.Avoid avoid) {
        List<Outcome> out = new ArrayList<>();
        if (avoid.services().isEmpty()) {
            for (ServiceFacts s : d.services()) out.add(awsAccess(d, s, avoid.without()));
        } else {
            for (String name : avoid.services()) {
                ServiceFacts s = d.facts().service(name);
                out.add(s == null
                        ? Outcome.unknown("no service '" + name + "' in this design", new Evidence(name, "not a service of the design", Location.UNKNOWN))
                        : awsAccess(d, s, avoid.without()));
            }
        }
        return Outcome.every("services", out);
    }

    /** One service: each need's way out judged; the first failing need gives the reason, every failing one its evidence. */
    private static Outcome awsAccess(Design d, ServiceFacts s, Argument.Without without) {
        var e = s.service().element();
        List<Outcome> needs = new ArrayList<>();
        List<String> purposes = new ArrayList<>();
        if (s.registry().kind() == Registry.Kind.UNKNOWN) {
            needs.add(Outcome.unknown(s.name() + "'s image is not written: its registry is unknown", Design.of(e, "no image")));
            purposes.add("pull its image");
        }
        List<AwsAccess.Path> paths = d.facts().awsPaths(s.service());
        for (AwsAccess.Need n : d.facts().awsNeeds(s.service())) {
            List<AwsAccess.Path> ways = paths.stream().filter(p -> p.need().equals(n)).toList();
            needs.add(ways.isEmpty()
                    ? Outcome.unknown(s.name() + "'s subnets are not written: how it would " + n.purpose() + " is unknown", Design.of(e, "no subnets"))
                    : need(s, n, ways, without));
            purposes.add(n.purpose());
        }
        if (needs.isEmpty()) return Outcome.notApplicable(s.name() + " needs nothing from AWS the model states");
        boolean endpointsOnly = paths.stream().allMatch(p -> p.way() == AwsAccess.Way.ENDPOINTS);
        return worst(needs, purposes, s.name() + " reaches what it needs to start " + (endpointsOnly ? "through VPC endpoints" : "without a NAT gateway"));
    }

    /** One need over the ways its traffic takes from the service's subnets: no way at all first, then a NAT gateway, then the internet. */
    private static Outcome need(ServiceFacts s, AwsAccess.Need n, List<AwsAccess.Path> ways, Argument.Without without) {
        var e = s.service().element();
        if (ways.get(0).way() == AwsAccess.Way.ENDPOINTS) {
            return Outcome.pass(s.name() + " can " + n.purpose() + " through VPC endpoints", Design.of(e, "endpoints " + ways.get(0).via() + " serve it", n.at()));
        }
        String lacking = n.needsInternet() ? "no VPC endpoint serves it" : "missing endpoint" + (n.missing().size() == 1 ? " " : "s ") + String.join(", ", n.missing());
        List<AwsAccess.Path> none = of(ways, AwsAccess.Way.NONE), nat = of(ways, AwsAccess.Way.NAT), igw = of(ways, AwsAccess.Way.INTERNET_GATEWAY);
        String reason;
        List<AwsAccess.Path> failing = new ArrayList<>(none);
        if (!none.isEmpty()) {
            reason = s.name() + " cannot " + n.purpose() + " from " + subnets(none) + " (" + vias(none) + "): " + lacking;
        } else if (!nat.isEmpty()) {
            reason = s.name() + " would " + n.purpose() + " through NAT gateway " + vias(nat) + " (" + lacking + ")";
        } else if (without == Argument.Without.INTERNET) {
            reason = s.name() + " would " + n.purpose() + " over the internet, by public IP from " + subnets(igw) + " (" + lacking + ")";
        } else {
            return Outcome.pass(s.name() + " can " + n.purpose() + " through the internet gateway with a public IP, no NAT",
                    Design.of(e, "public-ip in public subnets " + subnets(igw), igw.get(0).at()));
        }
        failing.addAll(nat);
        if (without == Argument.Without.INTERNET) failing.addAll(igw);
        List<Evidence> ev = new ArrayList<>();
        for (AwsAccess.Path p : failing) {
            ev.add(Design.of(e, switch (p.way()) {
                case NAT -> "subnet " + p.subnet() + " routes through " + p.via();
                case INTERNET_GATEWAY -> "public-ip in public subnet " + p.subnet();
                default -> "subnet " + p.subnet() + ": " + p.via();
            }, p.at()));
        }
        ev.add(Design.of(e, "needed to " + n.purpose(), n.at()));
        return new Outcome(Verdict.FAIL, reason, ev);
    }

    private static List<AwsAccess.Path> of(List<AwsAccess.Path> ways, AwsAccess.Way way) {
        return ways.stream().filter(p -> p.way() == way).toList();
    }

    private static String subnets(List<AwsAccess.Path> ways) {
        return String.join(", ", ways.stream().map(AwsAccess.Path::subnet).distinct().toList());
    }

    private static String vias(List<AwsAccess.Path> ways) {
        return String.join(", ", ways.stream().map(AwsAccess.Path::via).distinct().toList());
    }

    /**
     * The first failure (with every failure's evidence, each once) and what else fails the same
     * way, else the first unknown, else a pass with all evidence.
     */
    private static Outcome worst(List<Outcome> parts, List<String> purposes, String passReason) {
        for (Verdict v : List.of(Verdict.FAIL, Verdict.UNKNOWN, Verdict.PASS)) {
            java.util.LinkedHashSet<Evidence> ev = new java.util.LinkedHashSet<>();
            List<String> others = new ArrayList<>();
            String reason = null;
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i).verdict() != v) continue;
                ev.addAll(parts.get(i).evidence());
                if (reason == null) reason = parts.get(i).reason();
                else others.add(purposes.get(i));
            }
            if (reason == null) continue;
            if (v == Verdict.PASS) reason = passReason;
            else if (!others.isEmpty()) reason += "; also " + (v == Verdict.FAIL ? "failing" : "unknown") + ": " + String.join(", ", others);
            return new Outcome(v, reason, new ArrayList<>(ev));
        }
        return Outcome.notApplicable("nothing to judge");
    }

    private static Outcome onlyExposed(Design d, List<String> entries) {
        List<Evidence> extra = new ArrayList<>(), unknown = new ArrayList<>(), named = new ArrayList<>();
        List<String> extraNames = new ArrayList<>();
        for (Exposure.Exposed x : d.facts().exposure()) {
            Evidence ev = new Evidence(x.element(), x.how(), x.at());
            if (entries.contains(x.element())) named.add(ev);
            else if (x.reach() == Exposure.Reach.UNKNOWN) unknown.add(ev);
            else if (!extraNames.contains(x.element())) {
                extra.add(ev);
                extraNames.add(x.element());
            }
        }
        if (!extra.isEmpty()) {
            return new Outcome(Verdict.FAIL, String.join(", ", extraNames) + (extraNames.size() == 1 ? " is" : " are")
                    + " reachable from the internet besides " + String.join(", ", entries), extra);
        }
        if (!unknown.isEmpty()) {
            return new Outcome(Verdict.UNKNOWN, unknown.get(0).element() + " has a public address but its security groups are not written", unknown);
        }
        return named.isEmpty()
                ? Outcome.pass("nothing is reachable from the internet")
                : new Outcome(Verdict.PASS, "only " + String.join(", ", named.stream().map(Evidence::element).distinct().toList()) + " reachable from the internet", named);
    }
}
