package dev.archkit.gen.diagram;

import dev.archkit.facts.CallFact;
import dev.archkit.facts.Facts;
import dev.archkit.facts.Scaling;
import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.model.Value;
import dev.archkit.model.view.ApiGateway;
import dev.archkit.model.view.Bucket;
import dev.archkit.model.view.Cache;
import dev.archkit.model.view.Capacity;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.Database;
import dev.archkit.model.view.External;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.LoadBalancer;
import dev.archkit.model.view.NodeGroup;
import dev.archkit.model.view.Queue;
import dev.archkit.model.view.Search;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;
import dev.archkit.model.view.Topic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The text on the diagrams: what a box says about its element, and what an arrow says about its call. */
final class Labels {
    private Labels() { }

    /** The details under an element's name: what it is and how big, joined with " · ". */
    static String detail(Facts facts, Element e) {
        Kind k = Kind.of(e);
        if (k == null) return e.kind();
        List<String> parts = new ArrayList<>();
        switch (k) {
            case SERVICE -> service(facts, new Service(e), parts);
            case DATABASE -> {
                Database d = new Database(e);
                d.engine().ifPresent(x -> parts.add(x.id()));
                d.instanceClass().ifPresent(parts::add);
                if (d.multiAz()) parts.add("Multi-AZ");
            }
            case CACHE -> {
                Cache c = new Cache(e);
                c.engine().ifPresent(x -> parts.add(x.id()));
                c.nodeClass().ifPresent(parts::add);
                if (c.nodes() > 1) parts.add("×" + c.nodes());
            }
            case LOADBALANCER -> {
                LoadBalancer lb = new LoadBalancer(e);
                parts.add(switch (lb.type()) { case NETWORK -> "NLB"; case CLASSIC -> "Classic LB"; case APPLICATION -> "ALB"; });
                parts.add(lb.scheme().id());
            }
            case APIGATEWAY -> parts.add(new ApiGateway(e).type().map(t -> t.id().toUpperCase(Locale.ROOT)).orElse("REST") + " API");
            case QUEUE -> parts.add(new Queue(e).fifo() ? "SQS FIFO" : "SQS");
            case TOPIC -> parts.add(new Topic(e).fifo() ? "SNS FIFO" : "SNS");
            case EVENTBUS -> parts.add("EventBridge");
            case TABLE -> parts.add("DynamoDB");
            case SEARCH -> parts.add(new Search(e).instanceClass().map(c -> "OpenSearch " + c).orElse("OpenSearch"));
            case BUCKET -> parts.add(new Bucket(e).type() == Bucket.Type.MINIO ? "MinIO" : "S3");
            case FUNCTION -> parts.add("Lambda");
            case EXTERNAL -> parts.add(new External(e).type().map(External.Type::id).orElse("external"));
            case NAT -> parts.add("NAT gateway");
            case ENDPOINT -> {
                dev.archkit.model.view.Endpoint ep = new dev.archkit.model.view.Endpoint(e);
                parts.add(ep.type().id() + " endpoint");
                if (ep.service() != null) parts.add(ep.service());
                if (ep.type() == dev.archkit.model.view.Endpoint.Type.INTERFACE && !ep.privateDns()) parts.add("private DNS off");
            }
            case NODEGROUP -> {
                NodeGroup n = new NodeGroup(e);
                if (!n.instanceTypes().isEmpty()) parts.add(String.join(", ", n.instanceTypes()));
                if (n.sizeDeclared()) parts.add("×" + n.size().desired());
            }
            default -> parts.add(e.kind());
        }
        return String.join(" · ", parts);
    }

    private static void service(Facts facts, Service s, List<String> parts) {
        Service.Runtime rt = facts.service(s.name()).runtime();
        parts.add(switch (rt) { case FARGATE -> "Fargate"; case EC2 -> "ECS on EC2"; case EKS -> "EKS"; default -> rt.id(); });
        var cpu = s.cpu();
        var requests = s.requests();
        if (cpu.isPresent()) parts.add(trim(cpu.get().millicores() / 1000.0) + " vCPU");
        else requests.flatMap(Task.Resources::cpu).ifPresent(c -> parts.add(c.millicores() + "m CPU"));
        var memory = s.memory().or(() -> requests.flatMap(Task.Resources::memory));
        memory.ifPresent(m -> parts.add(size(m.mib())));
        parts.add(replicas(facts, s));
    }

    /** The desired count, and the autoscaling range when one is written: "×3 (2–50)". */
    static String replicas(Facts facts, Service s) {
        Scaling sc = facts.service(s.name()).scaling();
        if (!s.replicas().rangeDeclared()) return "×" + sc.desired();
        return "×" + sc.desired() + " (" + sc.min() + "–" + sc.max() + ")";
    }

    /** The deployment strategy in words: "blue-green canary 10% every 5m". */
    static String deploy(Service s) {
        Task.Deploy d = s.deploy().orElse(null);
        if (d == null) return "rolling (defaults)";
        List<String> x = new ArrayList<>();
        x.add(d.strategy() == null ? Task.Strategy.ROLLING.id() : d.strategy().id());
        d.canary().ifPresent(p -> x.add("canary " + p.text()));
        d.linear().ifPresent(p -> x.add("linear " + p.text()));
        d.every().ifPresent(p -> x.add("every " + p.text()));
        if (d.circuitBreaker()) x.add("circuit breaker");
        if (d.rollback()) x.add("rollback");
        return String.join(" ", x);
    }

    /** The orchestrator's product name. */
    static String clusterType(Cluster c) {
        return switch (c.type()) { case EKS -> "EKS"; case SWARM -> "Docker Swarm"; case BEANSTALK -> "Elastic Beanstalk"; case ECS -> "ECS"; };
    }

    /** A capacity provider as written: "fargate-spot w1 base 0". */
    static String capacity(Capacity p) {
        String s = p.provider().id();
        if (p.weight().isPresent()) s += " w" + p.weight().getAsLong();
        if (p.base().isPresent()) s += " base " + p.base().getAsLong();
        return s;
    }

    /** What an arrow says: the protocol (or "async"), a route's paths, and the ports called. */
    static String call(Facts facts, CallFact c) {
        List<String> parts = new ArrayList<>();
        if (c.declared().isPresent()) {
            var protocol = c.declared().get().protocol();
            if (protocol.isPresent()) parts.add(protocol.get().id().toUpperCase(Locale.ROOT));
            else if (c.async()) parts.add("async");
        } else {
            List<String> paths = routePaths(facts.architecture().element(c.from()), c.to());
            if (!paths.isEmpty()) parts.add(paths.size() > 2 ? paths.get(0) + " +" + (paths.size() - 1) : String.join(" ", paths));
        }
        List<Integer> ports = c.ports();
        if (!ports.isEmpty()) parts.add(":" + (ports.size() > 1 ? ports.get(0) + "-" + ports.get(ports.size() - 1) : ports.get(0)));
        return String.join(" ", parts);
    }

    /** The paths of a load balancer's or API's routes to a target, in order. */
    private static List<String> routePaths(Element from, String target) {
        List<String> paths = new ArrayList<>();
        if (Kind.LOADBALANCER.is(from)) {
            for (LoadBalancer.Route r : new LoadBalancer(from).routes()) if (r.target().equals(target)) paths.add(r.path());
        } else if (Kind.APIGATEWAY.is(from)) {
            for (ApiGateway.Route r : new ApiGateway(from).routes()) if (r.target().equals(target)) paths.add(r.path());
        }
        return paths;
    }

    /** A port range in the language's notation: "443", "8000-8999", or "all". */
    static String ports(int from, int to) {
        return new Value.Ports(from, to, Location.UNKNOWN).text();
    }

    static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    static String size(long mib) {
        return mib % 1024 == 0 ? mib / 1024 + " GB" : mib + " MiB";
    }
}
