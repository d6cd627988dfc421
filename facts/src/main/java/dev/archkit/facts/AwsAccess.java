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

    /** The service's tasks' view of AWS: the subnets without a way out, and what cannot be reached from them. */
    public record Access(List<String> strandedSubnets, List<Gap> gaps) {
        public Access {
            strandedSubnets = List.copyOf(strandedSubnets);
            gaps = List.copyOf(gaps);
        }

        /** True when the tasks reach everything they need to start. */
        public boolean ok() { return gaps.isEmpty(); }
    }

    private static final Access OK = new Access(List.of(), List.of());

    static Access of(Facts facts, Service s) {
        var view = facts.architecture();
        List<String> stranded = new ArrayList<>();
        for (String name : s.subnets().names()) {
            Element e = view.element(name);
            if (!Kind.SUBNET.is(e)) continue;
            if (facts.route(new Subnet(e)).target() == Route.Target.NONE) stranded.add(name);
        }
        if (stranded.isEmpty()) return OK;
        Set<String> present = new LinkedHashSet<>();
        java.util.Map<String, String> unusable = new java.util.HashMap<>();   // service -> why its endpoint does not serve the tasks
        Network net = facts.network(s.name()).orElse(null);
        if (net != null) {
            for (Endpoint ep : net.endpoints()) {
                if (ep.service() == null) continue;
                String why = unusable(facts, s, ep);
                if (why == null) present.add(ep.service());
                else unusable.putIfAbsent(ep.service(), why);
            }
        }
        for (String served : present) unusable.remove(served);
        String region = new Settings(view).region().orElse(null);
        List<Gap> gaps = new ArrayList<>();
        ServiceFacts sf = facts.service(s.name());
        Registry reg = sf == null ? Registry.of(s.image().map(i -> i.value()).orElse(null)) : sf.registry();
        switch (reg.kind()) {
            case ECR -> {
                if (region != null && !region.equals(reg.region())) {
                    gaps.add(new Gap("pull its image from ECR in " + reg.region(), List.of(), true, s.imageAt()));
                } else {
                    need(gaps, present, unusable, "pull its image from ECR", s.imageAt(), "ecr.api", "ecr.dkr", "s3");
                }
            }
            case ECR_PUBLIC -> gaps.add(new Gap("pull its image from ECR Public", List.of(), true, s.imageAt()));
            case DOCKER_HUB -> gaps.add(new Gap("pull its image from Docker Hub", List.of(), true, s.imageAt()));
            case OTHER -> gaps.add(new Gap("pull its image from " + reg.host(), List.of(), true, s.imageAt()));
            case UNKNOWN -> { }
        }
        s.logs().filter(l -> l.driver() == Task.LogDriver.AWSLOGS)
                .ifPresent(l -> need(gaps, present, unusable, "ship its logs to CloudWatch Logs", l.at(), "logs"));
        Set<Task.SecretStore> stores = new LinkedHashSet<>();
        Location secretAt = Location.UNKNOWN;
        for (Task.Secret sec : s.secrets()) {
            if (sec.store() != null && stores.add(sec.store()) && !secretAt.isKnown()) secretAt = sec.at();
        }
        for (Task.SecretStore st : stores) {
            need(gaps, present, unusable, "read its secrets from " + (st == Task.SecretStore.SSM ? "SSM Parameter Store" : "Secrets Manager"), secretAt, st.id());
        }
        if (s.exec()) need(gaps, present, unusable, "open ECS Exec sessions", s.location(), "ssmmessages");
        return gaps.isEmpty() ? OK : new Access(stranded, gaps);
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
        if (!ep.securityGroups().isEmpty() && !s.securityGroups().isEmpty() && !facts.reachability().allows(s.name(), ep.name(), 443)) {
            return "endpoint '" + ep.name() + "' does not admit it on 443";
        }
        return null;
    }

    private static void need(List<Gap> gaps, Set<String> present, java.util.Map<String, String> unusable, String purpose, Location at, String... endpoints) {
        List<String> missing = new ArrayList<>();
        for (String e : endpoints) {
            if (present.contains(e)) continue;
            missing.add(unusable.containsKey(e) ? e + " (" + unusable.get(e) + ")" : e);
        }
        if (!missing.isEmpty()) gaps.add(new Gap(purpose, missing, false, at));
    }
}
