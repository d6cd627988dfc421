package dev.archkit.facts;

import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.model.view.Endpoint;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.Network;
import dev.archkit.model.view.Route;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Settings;
import dev.archkit.model.view.Subnet;
import dev.archkit.model.view.Task;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a service's tasks need from AWS to start, and whether their subnets give them a way to
 * it: placed in subnets whose default route leads nowhere (no internet gateway, no NAT), a task
 * reaches an AWS service only through a VPC endpoint of its network. ECR in the architecture's
 * region needs ecr.api, ecr.dkr and S3 (the image layers); the awslogs driver needs logs;
 * secrets need secretsmanager or ssm; ECS Exec needs ssmmessages. A registry outside the region's
 * endpoints (Docker Hub, ECR Public, ECR of another region, any other) needs the internet.
 */
public final class AwsAccess {
    private AwsAccess() { }

    /** One thing a task needs and cannot reach: the endpoints missing, or the internet (no endpoint serves it). */
    public record Gap(String purpose, List<String> missingEndpoints, boolean needsInternet, Location at) {
        public Gap { missingEndpoints = List.copyOf(missingEndpoints); }

        /** As a finding says it: {@code pull its image from ECR (missing endpoints: ecr.dkr, s3)}. */
        public String text() {
            return purpose + (needsInternet ? " (no VPC endpoint serves it: it needs a route to the internet)"
                    : " (missing endpoint" + (missingEndpoints.size() == 1 ? "" : "s") + ": " + String.join(", ", missingEndpoints) + ")");
        }
    }

    /**
     * The service's tasks' view of AWS: the subnets without a way out (no route out, or, for
     * Fargate tasks, a route to the internet gateway but no public IP to use it with), and what
     * cannot be reached from them.
     *
     * @param strandedSubnets subnets whose default route leads nowhere
     * @param withoutPublicIp public subnets (default route to the internet gateway) whose Fargate
     *                        tasks get no public IP: the gateway does not serve them either
     */
    public record Access(List<String> strandedSubnets, List<String> withoutPublicIp, List<NaclBlock> naclBlocked, List<Gap> gaps) {
        public Access {
            strandedSubnets = List.copyOf(strandedSubnets);
            withoutPublicIp = List.copyOf(withoutPublicIp);
            naclBlocked = List.copyOf(naclBlocked);
            gaps = List.copyOf(gaps);
        }

        public Access(List<String> strandedSubnets, List<String> withoutPublicIp, List<Gap> gaps) {
            this(strandedSubnets, withoutPublicIp, List.of(), gaps);
        }

        /** True when the tasks reach everything they need to start. */
        public boolean ok() { return gaps.isEmpty(); }

        /** Where the tasks are stranded and why: {@code app-a, app-c (no route to the internet)}. */
        public String where() {
            List<String> parts = new ArrayList<>();
            if (!strandedSubnets.isEmpty()) parts.add(String.join(", ", strandedSubnets) + " (no route to the internet)");
            if (!withoutPublicIp.isEmpty()) parts.add(String.join(", ", withoutPublicIp)
                    + (withoutPublicIp.size() == 1 ? " (a public subnet" : " (public subnets") + ", but the tasks get no public IP: 'public-ip' is off)");
            for (NaclBlock b : naclBlocked) parts.add(b.subnet() + " (" + b.text() + ")");
            return String.join(" and ", parts);
        }
    }

    private static final Access OK = new Access(List.of(), List.of(), List.of());

    /** A subnet whose way out (its NAT gateway or internet gateway) the network ACLs close for HTTPS, and where. */
    public record NaclBlock(String subnet, NaclPaths.Block block) {
        /** As a finding says it: {@code NACL 'app-nacl' rule 200 drops the HTTPS requests to the internet}. */
        public String text() {
            return "NACL '" + block.nacl() + "' rule " + block.ruleNumber() + " drops "
                    + (block.leg() == NaclPaths.Leg.REQUEST ? "the HTTPS requests from " + block.from() + " to " + block.to()
                       : "the answers from " + block.from() + " to " + block.to() + " on ports " + block.ports().text());
        }
    }

    /**
     * One thing a service's tasks need from AWS, and whether the network's VPC endpoints serve it
     * whatever the subnets' routes are: {@code missing} lists the endpoints it lacks (with why an
     * endpoint that exists does not serve the tasks), and {@code needsInternet} says that no
     * endpoint could (a registry outside the region's endpoints).
     *
     * @param endpoints the endpoint services it needs (empty when only the internet serves it)
     */
    public record Need(String purpose, List<String> endpoints, List<String> missing, boolean needsInternet, Location at) {
        public Need {
            endpoints = List.copyOf(endpoints);
            missing = List.copyOf(missing);
        }

        /** True when VPC endpoints serve it: the tasks reach it without leaving the network. */
        public boolean servedByEndpoints() { return !needsInternet && missing.isEmpty(); }

        /** The endpoint services it lacks ({@link #missing} without the reasons), in {@link #endpoints}' order. */
        public List<String> missingServices() {
            if (missing.isEmpty()) return List.of();
            List<String> out = new ArrayList<>(missing.size());
            for (String e : endpoints) {
                for (String m : missing) {
                    if (m.equals(e) || m.startsWith(e) && m.startsWith(" (", e.length())) {
                        out.add(e);
                        break;
                    }
                }
            }
            return out;
        }

        Gap gap() { return new Gap(purpose, missing, needsInternet, at); }
    }

    static Access of(Facts facts, Service s) {
        var view = facts.architecture();
        List<String> stranded = new ArrayList<>(), noPublicIp = new ArrayList<>();
        ServiceFacts sf = facts.service(s.name());
        // a Fargate task's own network interface is its only way out; on EC2 and EKS the hosts'
        // network mode and addresses (which the model does not state) decide, so only Fargate is judged
        boolean ownInterface = sf != null && sf.fargate() && !s.publicIp();
        List<NaclBlock> naclBlocked = new ArrayList<>();
        NaclPaths nacls = facts.reachability().nacls();
        for (String name : s.subnets().names()) {
            Element e = view.element(Kind.SUBNET.id(), name);
            if (e == null) continue;
            Route route = facts.route(new Subnet(e));
            Route.Target target = route.target();
            if (target == Route.Target.NONE) stranded.add(name);
            else if (target == Route.Target.IGW && ownInterface) noPublicIp.add(name);
            else if (nacls.any()) {
                // the way out exists: the NACLs of the subnet (and of the NAT gateway's) must let HTTPS and its answers through
                String natSubnet = target == Route.Target.NAT ? route.nat().map(n -> view.element(Kind.NAT.id(), n)).filter(Kind.NAT::is)
                        .map(n -> new dev.archkit.model.view.Nat(n).subnet()).orElse(null) : null;
                nacls.judgeOut(name, natSubnet, 443).ifPresent(b -> naclBlocked.add(new NaclBlock(name, b)));
            }
        }
        if (stranded.isEmpty() && noPublicIp.isEmpty() && naclBlocked.isEmpty()) return OK;
        List<Gap> gaps = new ArrayList<>();
        for (Need n : facts.awsNeeds(s)) if (!n.servedByEndpoints()) gaps.add(n.gap());
        return gaps.isEmpty() ? OK : new Access(stranded, noPublicIp, naclBlocked, gaps);
    }

    /**
     * What a service's tasks need from AWS to start (the image's registry, CloudWatch Logs for
     * awslogs, each secret store, ssmmessages for ECS Exec), each with the endpoints of the
     * service's network that serve it; in that order. Empty when the tasks need nothing the model
     * states (no image written, no awslogs, no secrets).
     */
    static List<Need> needs(Facts facts, Service s) {
        var view = facts.architecture();
        Set<String> present = Set.of();
        java.util.Map<String, String> unusable = java.util.Map.of();   // service -> why its endpoint does not serve the tasks
        Network net = facts.network(s.name()).orElse(null);
        List<Endpoint> endpoints = net == null ? List.of() : net.endpoints();
        if (!endpoints.isEmpty()) {   // most networks have none: nothing to gather then
            present = new LinkedHashSet<>();
            unusable = new java.util.HashMap<>();
            for (Endpoint ep : endpoints) {
                if (ep.service() == null) continue;
                String why = unusable(facts, s, ep);
                if (why == null) present.add(ep.service());
                else unusable.putIfAbsent(ep.service(), why);
            }
        }
        for (String served : present) unusable.remove(served);
        String region = new Settings(view).region().orElse(null);
        List<Need> needs = new ArrayList<>();
        ServiceFacts sf = facts.service(s.name());
        Registry reg = sf == null ? Registry.of(s.image().map(i -> i.value()).orElse(null)) : sf.registry();
        switch (reg.kind()) {
            case ECR -> {
                if (region != null && !region.equals(reg.region())) {
                    needs.add(internet("pull its image from ECR in " + reg.region(), s.imageAt()));
                } else {
                    needs.add(need(present, unusable, "pull its image from ECR", s.imageAt(), "ecr.api", "ecr.dkr", "s3"));
                }
            }
            case ECR_PUBLIC -> needs.add(internet("pull its image from ECR Public", s.imageAt()));
            case DOCKER_HUB -> needs.add(internet("pull its image from Docker Hub", s.imageAt()));
            case OTHER -> needs.add(internet("pull its image from " + reg.host(), s.imageAt()));
            case UNKNOWN -> { }
        }
        Task.Logs logs = s.logs().orElse(null);
        if (logs != null && logs.driver() == Task.LogDriver.AWSLOGS) needs.add(need(present, unusable, "ship its logs to CloudWatch Logs", logs.at(), "logs"));
        Set<Task.SecretStore> stores = new LinkedHashSet<>();
        Location secretAt = Location.UNKNOWN;
        for (Task.Secret sec : s.secrets()) {
            if (sec.store() != null && stores.add(sec.store()) && !secretAt.isKnown()) secretAt = sec.at();
        }
        for (Task.SecretStore st : stores) {
            needs.add(need(present, unusable, "read its secrets from " + (st == Task.SecretStore.SSM ? "SSM Parameter Store" : "Secrets Manager"), secretAt, st.id()));
        }
        if (s.exec()) needs.add(need(present, unusable, "open ECS Exec sessions", s.location(), "ssmmessages"));
        return List.copyOf(needs);
    }

    /** How a need's traffic leaves the tasks: VPC endpoints, a NAT gateway, the internet gateway (public IP), or no way at all. */
    public enum Way { ENDPOINTS, NAT, INTERNET_GATEWAY, NONE }

    /**
     * The way one need's traffic takes from one of the tasks' subnets (subnet null when VPC
     * endpoints serve it from every subnet).
     *
     * @param via the NAT gateway's name, or the reason there is no way (a public subnet without a public IP)
     * @param at  where the way is decided: the subnet (its route), the service's public-ip, or the need
     */
    public record Path(Need need, String subnet, Way way, String via, Location at) { }

    /**
     * For each need ({@link #needs}), the way its traffic leaves the tasks: through the network's
     * VPC endpoints when they serve it; else, per subnet of the service, its default route: the
     * NAT gateway, the internet gateway (only with a public IP: a task in a public subnet without
     * one reaches nothing outside), or none. A need whose tasks have no subnet written gets no
     * path (the way is not known).
     */
    static List<Path> paths(Facts facts, Service s) {
        var view = facts.architecture();
        List<Path> out = new ArrayList<>();
        for (Need n : facts.awsNeeds(s)) {
            if (n.servedByEndpoints()) {
                out.add(new Path(n, null, Way.ENDPOINTS, String.join(", ", n.endpoints()), n.at()));
                continue;
            }
            for (String name : s.subnets().names()) {
                Element e = view.element(Kind.SUBNET.id(), name);
                if (e == null) continue;
                Route r = facts.route(new Subnet(e));
                out.add(switch (r.target()) {
                    case NAT -> new Path(n, name, Way.NAT, r.nat().orElse("a NAT gateway"), r.at());
                    case IGW -> s.publicIp()
                            ? new Path(n, name, Way.INTERNET_GATEWAY, "public IP", s.publicIpAt().isKnown() ? s.publicIpAt() : r.at())
                            : new Path(n, name, Way.NONE, "a public subnet but no public IP", r.at());
                    case NONE -> new Path(n, name, Way.NONE, "no route out", r.at());
                });
            }
        }
        return List.copyOf(out);
    }

    private static Need internet(String purpose, Location at) {
        return new Need(purpose, List.of(), List.of(), true, at);
    }

    /**
     * Why an interface endpoint does not serve a service's tasks, or null when it does: its
     * private DNS is off (the SDKs and the agent call the service's public name), or its groups
     * do not admit the tasks on 443 (by group or by a range holding their subnets). A gateway
     * endpoint is a route: it serves every subnet of its network.
     */
    private static String unusable(Facts facts, Service s, Endpoint ep) {
        if (ep.type() == Endpoint.Type.GATEWAY) return null;
        if (!ep.privateDns()) return "endpoint '" + ep.name() + "' has private DNS off";
        String endpoint = dev.archkit.facts.graph.ArchGraph.vertex(facts.architecture(), ep.element());   // kept apart from a node of its name
        // the groups its tasks carry: their own, or their node groups' (EKS pods, Swarm, Beanstalk); none known: not judged
        boolean tasksGroups = !facts.graph().groupsOf(s.name()).isEmpty();
        if (!ep.securityGroups().isEmpty() && tasksGroups && !facts.reachability().allows(s.name(), endpoint, 443)) {
            return "endpoint '" + ep.name() + "' does not admit it on 443";
        }
        var nacl = facts.reachability().throughNacls(s.name(), endpoint, 443);
        if (nacl.status() == Reachability.NaclStatus.BLOCKED) {
            NaclPaths.Block b = nacl.blocks().get(0);
            return "NACL '" + b.nacl() + "' rule " + b.ruleNumber() + " drops " + (b.leg() == NaclPaths.Leg.REQUEST ? "its HTTPS requests" : "the answers")
                    + " between " + b.from() + " and " + b.to();
        }
        return null;
    }

    private static Need need(Set<String> present, java.util.Map<String, String> unusable, String purpose, Location at, String... endpoints) {
        List<String> all = List.of(endpoints);
        // a network without endpoints misses them all, with no reason to give: the same list
        return new Need(purpose, all, present.isEmpty() && unusable.isEmpty() ? all : missing(all, present, unusable), false, at);
    }

    /** The endpoints not present, each with why its endpoint does not serve the tasks where one exists. */
    private static List<String> missing(List<String> endpoints, Set<String> present, java.util.Map<String, String> unusable) {
        List<String> missing = new ArrayList<>(endpoints.size());
        for (String e : endpoints) {
            if (present.contains(e)) continue;
            String why = unusable.get(e);
            missing.add(why != null ? e + " (" + why + ")" : e);
        }
        return missing;
    }
}
