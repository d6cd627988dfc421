package dev.archkit.model.view;

import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.model.Property;
import dev.archkit.model.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A containerized service: an ECS service with its task definition, or a Kubernetes Deployment.
 * The parts of its task (health, deployment, logs, secrets, sidecars...) are records in
 * {@link Task}; what is derived from several elements (the effective runtime, zones, callers) is
 * a fact, in the facts module.
 */
public final class Service implements View {
    private final Element element;

    /*
     * The parts several rules read of every service, each parsed from the element once per view
     * (the facts layer hands one view per service to every rule) rather than once per rule:
     * on 10,000 services the deployment settings were built 30,000 times a check (three rules read
     * them). What the facts layer already keeps (the effective runtime, the image's registry) is not
     * kept here again. Racy but safe: every value kept is immutable,
     * with final fields all the way down (Optional, records, List.copyOf lists), so a thread that
     * sees the reference sees the whole value; two threads may both parse a part and store equal values.
     */
    private Optional<Task.Deploy> deploy;
    private Optional<Task.Health> health;
    private Optional<Task.Logs> logs;
    private Replicas replicas;
    private Refs subnets;

    public Service(Element element) {
        Network.requireKind(Kind.SERVICE, element);
        this.element = element;
    }

    @Override
    public Element element() { return element; }

    @Override
    public boolean equals(Object o) { return o instanceof Service s && element.equals(s.element); }

    @Override
    public int hashCode() { return element.hashCode(); }

    @Override
    public String toString() { return "Service[element=" + element + "]"; }

    public enum Runtime implements Word {
        FARGATE("fargate"), EC2("ec2"), EKS("eks"), SWARM("swarm"), BEANSTALK("beanstalk");
        private final String id;
        Runtime(String id) { this.id = id; }
        public String id() { return id; }
    }

    /**
     * The desired task count and the autoscaling range as written: min and max default to desired,
     * desired to 1; {@code rangeDeclared} when min or max is written.
     */
    public record Replicas(long desired, long min, long max, boolean declared, boolean rangeDeclared, Location at) {
        /** True when the service may scale (the range is wider than one count). */
        public boolean scales() { return max > min; }
    }

    public Optional<String> cluster() { return Fields.ref(element, "cluster"); }

    /** The runtime as written; empty when it comes from the cluster (see the facts layer). */
    public Optional<Runtime> runtime() { return Optional.ofNullable(Fields.word(element, "runtime", Runtime.class)); }

    public Optional<String> namespace() { return Fields.text(element, "namespace"); }

    public Optional<Value.StringValue> image() { return Fields.value(element, "image", Value.StringValue.class); }

    public Optional<Value.Cpu> cpu() { return Fields.value(element, "cpu", Value.Cpu.class); }

    public Optional<Value.Size> memory() { return Fields.value(element, "memory", Value.Size.class); }

    public Optional<Cpu.Arch> arch() { return Optional.ofNullable(Fields.word(element, "arch", Cpu.Arch.class)); }

    /** The container ports, in order; empty when none is written. */
    public List<Integer> ports() { return Fields.ints(element, "port"); }

    /** The ports its own tasks call each other on ({@code peers port 7800}), when declared. */
    public Optional<Value.Ports> peers() { return Fields.field(element.property("peers"), "port", Value.Ports.class); }

    public Replicas replicas() {
        Replicas r = replicas;
        if (r == null) replicas = r = readReplicas();
        return r;
    }

    private Replicas readReplicas() {
        Property p = element.property("replicas");
        Long d = Fields.integer(p, "desired");
        long desired = d == null ? 1 : d;
        Long mn = Fields.integer(p, "min"), mx = Fields.integer(p, "max");
        boolean range = p != null && (p.field("min") != null || p.field("max") != null);
        return new Replicas(desired, mn == null ? desired : mn, mx == null ? desired : mx, p != null, range, Fields.at(p));
    }

    public List<Task.Scaling> scaling() {
        List<Property> ps = element.all("scale");
        if (ps.isEmpty()) return List.of();   // most services have none: no list built, no iterator
        List<Task.Scaling> out = new ArrayList<>();
        for (int i = 0, n = ps.size(); i < n; i++) {
            Property p = ps.get(i);
            out.add(new Task.Scaling(Fields.word(p, "metric", Task.Metric.class), number(p.field("target")),
                    Fields.field(p, "cooldown-in", Value.Duration.class), Fields.field(p, "cooldown-out", Value.Duration.class), p.location()));
        }
        return out;
    }

    public List<Task.Schedule> schedules() {
        List<Property> ps = element.all("schedule");
        if (ps.isEmpty()) return List.of();   // most services have none: no list built, no iterator
        List<Task.Schedule> out = new ArrayList<>();
        for (int i = 0, n = ps.size(); i < n; i++) {
            Property p = ps.get(i);
            Long mn = Fields.integer(p, "min"), mx = Fields.integer(p, "max");
            out.add(new Task.Schedule(p.field("cron").text(), Optional.ofNullable(mn), Optional.ofNullable(mx),
                    Fields.fieldText(p, "name"), p.location()));
        }
        return out;
    }

    public Refs subnets() {
        Refs r = subnets;
        if (r == null) subnets = r = Fields.refs(element, "subnets");
        return r;
    }

    public Refs securityGroups() { return Fields.refs(element, "securitygroups"); }

    public boolean publicIp() { return element.flag("public-ip"); }

    public Optional<Task.Deploy> deploy() {
        Optional<Task.Deploy> d = deploy;
        if (d == null) deploy = d = Task.Deploy.of(element.property("deploy"));
        return d;
    }

    public Optional<Task.Health> health() {
        Optional<Task.Health> h = health;
        if (h == null) health = h = Task.Health.of(element.property("health"));
        return h;
    }

    public List<Task.Probe> probes() { return Task.Probe.of(element.all("probe")); }

    public Optional<Task.Resources> requests() { return Task.Resources.of(element.property("requests")); }

    public Optional<Task.Resources> limits() { return Task.Resources.of(element.property("limits")); }

    public List<Task.EnvVar> env() {
        List<Property> ps = element.all("env");
        if (ps.isEmpty()) return List.of();   // most services have none: no list built, no iterator
        List<Task.EnvVar> out = new ArrayList<>();
        for (int i = 0, n = ps.size(); i < n; i++) {
            Property p = ps.get(i);
            out.add(new Task.EnvVar(p.field("name").text(), p.field("value").text(), p.location(), p.field("value").at()));
        }
        return out;
    }

    public List<Task.Secret> secrets() {
        List<Property> ps = element.all("secret");
        if (ps.isEmpty()) return List.of();   // most services have none: no list built, no iterator
        List<Task.Secret> out = new ArrayList<>();
        for (int i = 0, n = ps.size(); i < n; i++) {
            Property p = ps.get(i);
            out.add(new Task.Secret(p.field("name").text(), Fields.word(p, "from", Task.SecretStore.class), p.field("ref").text(), p.location()));
        }
        return out;
    }

    /** The task role's name (a role element; an inline {@code role { ... }} is named by the builder). */
    public Optional<String> role() { return Fields.ref(element, "role"); }

    public Optional<String> executionRole() { return Fields.ref(element, "execution-role"); }

    public Optional<Task.Logs> logs() {
        Optional<Task.Logs> l = logs;
        if (l == null) logs = l = Task.Logs.of(element.property("logs"));
        return l;
    }

    public Optional<Task.Tracing> tracing() { return Optional.ofNullable(Fields.word(element, "tracing", Task.Tracing.class)); }

    public List<String> metrics() { return Fields.texts(element.value("metrics")); }

    /** The Cloud Map namespace the service registers in. */
    public Optional<String> discovery() { return Fields.ref(element, "discovery"); }

    /** The service's own capacity provider strategy (empty: the cluster's). */
    public List<Capacity> capacity() { return Capacity.of(element.all("capacity")); }

    public boolean critical() { return element.flag("critical"); }

    public Optional<Value.Size> ephemeralStorage() { return Fields.value(element, "ephemeral-storage", Value.Size.class); }

    public List<Task.Volume> volumes() { return Task.Volume.of(element.all("volume")); }

    /** The PodDisruptionBudget as declared (EKS); empty when not written. */
    public Optional<Task.Disruption> disruption() { return Task.Disruption.of(element.property("disruption")); }

    /** The container runs privileged (EKS: securityContext.privileged). */
    public boolean privileged() { return element.flag("privileged"); }

    /** The pod uses the node's network namespace (EKS: hostNetwork). */
    public boolean hostNetwork() { return element.flag("host-network"); }

    public Location privilegedAt() { return Fields.at(element.property("privileged")); }

    public Location hostNetworkAt() { return Fields.at(element.property("host-network")); }

    public List<Task.Sidecar> sidecars() { return Task.Sidecar.of(element.all("sidecar")); }

    public boolean exec() { return element.flag("exec"); }

    public Optional<Value.Money> budget() { return Fields.value(element, "budget", Value.Money.class); }

    /** Expected log volume per task per month, when declared. */
    public Optional<Value.Size> logsPerTask() { return Fields.field(element.property("usage"), "logs", Value.Size.class); }

    static double number(Value v) {
        if (v instanceof Value.IntValue i) return i.value();
        if (v instanceof Value.NumberValue n) return n.value();
        if (v instanceof Value.Percent p) return p.value();
        return Double.NaN;
    }

    /** Where the budget is written ({@link Location#UNKNOWN} when there is none). */
    public Location budgetAt() { return Fields.at(element.property("budget")); }

    /** Where {@code cpu}, {@code memory}, {@code image}, {@code port}, {@code arch}, {@code public-ip} and {@code discovery} are written (unknown when not). */
    public Location peersAt() { return Fields.at(element.property("peers")); }

    public Location cpuAt() { return Fields.at(element.property("cpu")); }

    public Location memoryAt() { return Fields.at(element.property("memory")); }

    public Location imageAt() { return Fields.at(element.property("image")); }

    public Location portAt() { return Fields.at(element.property("port")); }

    public Location archAt() { return Fields.at(element.property("arch")); }

    public Location publicIpAt() { return Fields.at(element.property("public-ip")); }

    public Location discoveryAt() { return Fields.at(element.property("discovery")); }

    /** Where the task role is named ({@link Location#UNKNOWN} when it is not). */
    public Location roleAt() { return Fields.at(element.property("role")); }

    /** Where the execution role is named ({@link Location#UNKNOWN} when it is not). */
    public Location executionRoleAt() { return Fields.at(element.property("execution-role")); }

    /** Its declared time to answer a call ({@code latency 200ms}), which 'deadline' adds along synchronous paths; empty when not written. */
    public Optional<Value.Duration> latency() { return Fields.value(element, "latency", Value.Duration.class); }
}
