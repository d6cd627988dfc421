package dev.archkit.facts;

import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.facts.graph.Ports;
import dev.archkit.model.Architecture;
import dev.archkit.model.Dependency;
import dev.archkit.model.Element;
import dev.archkit.model.Parallelism;
import dev.archkit.model.view.Cache;
import dev.archkit.model.view.Call;
import dev.archkit.model.view.Capacity;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.Database;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.Role;
import dev.archkit.model.view.Search;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Typed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What is derived from one view of an architecture (the base, or one environment), computed once
 * and read by every consumer: rules, cost, Terraform, drift's expectation, diagrams and review.
 * No consumer recomputes ports, runtimes, scaling, zones, names or call chains on its own.
 *
 * <p>Immutable and safe to share between threads. The graphs and per-service facts are built in
 * the constructor; call chains (a pass over the synchronous graph) the first time they are asked
 * for.
 *
 * <p>Just over 300 lines: it is the one door to the derived facts, a line or a memo per fact;
 * each derivation lives in a class of its own (Chains, Reachability, Exposure, AwsAccess,
 * Networks, ServiceFacts, ...).
 */
public final class Facts {
    private final Architecture view;
    private final ArchGraph graph;
    private final Names names;
    /** Each edge's facts at its {@link ArchGraph.DepEdge#index()}: one load instead of an identity-map probe (every call rule asks). */
    private final CallFact[] calls;
    private final Map<String, ServiceFacts> services = new HashMap<>();
    private final List<ServiceFacts> serviceList;
    private final List<Service> serviceViews;
    private volatile Chains chains;
    /** One lock per deferred fact: the chains and reachability are derived side by side ({@link #deferred}), not one after the other. */
    private final Object chainsLock = new Object(), reachabilityLock = new Object(), exposureLock = new Object();
    private volatile Reachability reachability;
    private volatile List<Exposure.Exposed> exposure;
    private final Map<Set<String>, Set<String>> zoneSets = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each subnet's default route, derived once: every service placed in it asks again. */
    private final Map<String, dev.archkit.model.view.Route> routes = new java.util.concurrent.ConcurrentHashMap<>();

    private Facts(Architecture view, Parallelism parallelism) {
        this.view = view;
        this.graph = new ArchGraph(view, parallelism);
        this.names = new Names(view);
        var routePorts = Ports.routePorts(view);
        Map<List<Integer>, List<Integer>> portLists = new HashMap<>();
        var edges = graph.dependencies().edgeSet();
        int size = 0;
        for (ArchGraph.DepEdge e : edges) size = Math.max(size, e.index() + 1);
        calls = new CallFact[size];
        for (ArchGraph.DepEdge e : edges) {
            Dependency d = e.dependency();
            List<Integer> ports = portLists.computeIfAbsent(Ports.of(view, e, routePorts), p -> p);   // one list per distinct ports
            calls[e.index()] = new CallFact(e, ports, d == null ? null : new Call(d));
        }
        List<ServiceFacts> list = new ArrayList<>();
        for (Element e : view.elementsOfKind(Kind.SERVICE.id())) {
            ServiceFacts f = new ServiceFacts(this, new Service(e));
            services.put(e.name(), f);
            list.add(f);
        }
        serviceList = List.copyOf(list);   // handed out as it is: most rules ask for it, and a copy each time was 80 KB on 10k services
        Service[] views = new Service[list.size()];
        for (int i = 0; i < views.length; i++) views[i] = list.get(i).service();
        serviceViews = List.of(views);
    }

    /** The facts of one view, its graphs built one after another. */
    public static Facts of(Architecture view) {
        return new Facts(view, Parallelism.serial());
    }

    /** The facts of one view; the graphs may be built side by side. */
    public static Facts of(Architecture view, Parallelism parallelism) {
        return new Facts(view, parallelism);
    }

    public Architecture architecture() { return view; }

    public ArchGraph graph() { return graph; }

    public Names names() { return names; }

    /** Every service's facts, in declaration order. */
    public List<ServiceFacts> services() { return serviceList; }

    /** Every service's typed view, in declaration order: made once, not a list of fresh views per rule. */
    public List<Service> serviceViews() { return serviceViews; }

    /** A service's facts, or null when no service has that name. */
    public ServiceFacts service(String name) { return services.get(name); }

    /** The facts of an edge of the dependency graph. */
    public CallFact call(ArchGraph.DepEdge edge) {
        if (edge == null) return null;
        int i = edge.index();
        CallFact f = i < calls.length ? calls[i] : null;
        return f != null && f.edge() == edge ? f : null;   // an edge of another view's graph has no facts here
    }

    /** The facts of a declared dependency, or null when one of its ends is not a node. */
    public CallFact call(Dependency d) {
        ArchGraph.DepEdge e = graph.edgeOf(d);
        return e == null ? null : call(e);
    }

    /** The calls from an element, synchronous and asynchronous, in graph order (unmodifiable). */
    public List<CallFact> callsFrom(String element) {
        if (!graph.dependencies().containsVertex(element)) return List.of();
        return facts(graph.dependencies().outgoingEdgesOf(element));
    }

    /** The calls to an element, in graph order (unmodifiable). */
    public List<CallFact> callsTo(String element) {
        if (!graph.dependencies().containsVertex(element)) return List.of();
        return facts(graph.dependencies().incomingEdgesOf(element));
    }

    private List<CallFact> facts(Set<ArchGraph.DepEdge> edges) {
        if (edges.isEmpty()) return List.of();
        CallFact[] out = new CallFact[edges.size()];
        int i = 0;
        for (ArchGraph.DepEdge e : edges) out[i++] = call(e);
        return List.of(out);
    }

    /** The port an element listens on, or -1 when the model does not say. */
    public int listenPort(String element) { return Ports.portOf(view.element(element)); }

    /** The zones an element is placed in, sorted. */
    public Set<String> zones(String element) { return graph.zonesOf(element); }

    /** The zones an element of any kind is placed in, sorted (a node group or an endpoint may share a node's name). */
    public Set<String> zones(Element element) { return graph.zonesOf(element); }

    /**
     * The zones an element is placed in as an unmodifiable sorted set shared by every element
     * placed alike: a service's facts keep theirs for the whole view, and most services of a
     * model share a handful of placements (10k services, every fact asked: 6.6 MB kept -> 2.4 MB).
     */
    Set<String> sharedZones(String element) {
        return zoneSets.computeIfAbsent(graph.zonesOf(element), Collections::unmodifiableSet);
    }

    /**
     * The facts derived the first time they are asked for (call chains, reachability), each as a
     * task, for a caller that runs work side by side: deriving them first, on threads of their
     * own, spares the rules that read them from waiting on the one rule that asked first (on
     * 10,000 services the rules ended with one thread deriving the chains and the other waiting).
     */
    public List<Runnable> deferred() {
        return List.of(this::chains, this::reachability);
    }

    /** Retry products and timeout sums along synchronous chains. */
    public Chains chains() {
        Chains c = chains;
        if (c == null) {
            synchronized (chainsLock) {
                if (chains == null) chains = new Chains(graph.synchronous(), this::call, this::fromCode, this::latencyMillis);
                c = chains;
            }
        }
        return c;
    }

    /**
     * True when an element's own code makes its calls (a service or function), and so can time
     * out, retry and break; a load balancer's or gateway's call is the entry's own waiting.
     */
    public boolean fromCode(String element) {
        Element e = view.element(element);
        return Kind.SERVICE.is(e) || Kind.FUNCTION.is(e);
    }

    /**
     * An element's declared time to answer a call ({@code latency} on a service, function or
     * external system) in milliseconds, or -1 when none is written.
     */
    public long latencyMillis(String element) {
        Element e = view.element(element);
        Optional<dev.archkit.model.Value.Duration> d;
        if (Kind.SERVICE.is(e)) d = new Service(e).latency();
        else if (Kind.FUNCTION.is(e)) d = new dev.archkit.model.view.Function(e).latency();
        else if (Kind.EXTERNAL.is(e)) d = new dev.archkit.model.view.External(e).latency();
        else d = Optional.empty();
        return d.map(dev.archkit.model.Value.Duration::millis).orElse(-1L);
    }

    /** What the internet reaches (or may: groups not written), element by element in declaration order (see {@link Exposure}). */
    public List<Exposure.Exposed> exposure() {
        List<Exposure.Exposed> e = exposure;
        if (e == null) {
            synchronized (exposureLock) {
                if (exposure == null) exposure = Exposure.of(view, reachability(), graph);
                e = exposure;
            }
        }
        return e;
    }

    /**
     * The shortest chain of calls from one element to another, synchronous calls only or any
     * (then a {@code ~>} hop may be on it); empty when there is none.
     */
    public List<CallFact> callPath(String from, String to, boolean synchronousOnly) {
        var g = synchronousOnly ? graph.synchronous() : graph.dependencies();
        if (!g.containsVertex(from) || !g.containsVertex(to) || from.equals(to)) return List.of();
        var path = new org.jgrapht.alg.shortestpath.BFSShortestPath<>(g).getPath(from, to);
        if (path == null) return List.of();
        List<CallFact> out = new ArrayList<>();
        for (ArchGraph.DepEdge e : path.getEdgeList()) out.add(call(e));
        return out;
    }

    /** Who may reach whom on which port, by security groups and address ranges (built the first time it is asked for). */
    public Reachability reachability() {
        Reachability r = reachability;
        if (r == null) {
            synchronized (reachabilityLock) {
                if (reachability == null) reachability = new Reachability(view, graph);
                r = reachability;
            }
        }
        return r;
    }

    /**
     * The effective runtime of a service: as written, else its cluster's orchestrator (eks, swarm,
     * beanstalk), else EC2 for an ECS cluster whose capacity is EC2 only, else Fargate.
     */
    public Service.Runtime runtime(Service s) {
        return dev.archkit.model.Runtimes.effective(view, s);
    }

    /** The capacity provider strategy a service runs with: its own, else its cluster's (empty: none written). */
    public List<Capacity> capacity(Service s) {
        List<Capacity> own = s.capacity();
        if (!own.isEmpty()) return own;
        return cluster(s).map(Cluster::capacity).orElse(List.of());
    }

    /** The cluster a service names, when that is a cluster of this view: the one lookup every reader of a service's cluster makes. */
    public Optional<Cluster> cluster(Service s) {
        return s.cluster().map(c -> Typed.element(view, c, Kind.CLUSTER, Cluster::new));
    }


    Optional<Role> role(Optional<String> name) {
        Element e = name.map(n -> view.element(Kind.ROLE.id(), n)).orElse(null);
        return Kind.ROLE.is(e) ? Optional.of(new Role(e)) : Optional.empty();
    }

    /** The network an element is in: as written, else that of its subnets, else the only one; empty if none. */
    public Optional<dev.archkit.model.view.Network> network(String element) { return Networks.of(view, element); }

    /** The network an element of any kind is in (a security group or a cluster may share a node's name). */
    public Optional<dev.archkit.model.view.Network> network(Element element) { return Networks.of(view, element); }

    /** The NAT gateway a private subnet routes out through (see {@code nat ... serves}); empty when none does. */
    public Optional<dev.archkit.model.view.Nat> nat(dev.archkit.model.view.Subnet subnet) { return Networks.of(view, subnet); }

    /**
     * A subnet's default route: as written ({@code route igw|nat NAME|none}), else the internet
     * gateway for a public subnet, else the NAT gateway that serves a private one, else none.
     */
    public dev.archkit.model.view.Route route(dev.archkit.model.view.Subnet subnet) {
        dev.archkit.model.view.Route r = routes.get(subnet.name());
        if (r == null || view.element(Kind.SUBNET.id(), subnet.name()) != subnet.element()) {   // a subnet of this view, or one built apart
            r = Networks.route(view, subnet);
            if (view.element(Kind.SUBNET.id(), subnet.name()) == subnet.element()) routes.putIfAbsent(subnet.name(), r);
        }
        return r;
    }

    /**
     * Whether a service's tasks reach what they need from AWS to start (image registry, logs,
     * secrets, ECS Exec) from subnets with no route out, through the network's VPC endpoints.
     */
    public AwsAccess.Access awsAccess(Service s) {
        ServiceFacts sf = service(s.name());
        return sf != null && sf.service().element() == s.element() ? sf.awsAccess() : AwsAccess.of(this, s);
    }

    /** What a service's tasks need from AWS to start, each with the VPC endpoints that serve it (see {@link AwsAccess#needs}). */
    public List<AwsAccess.Need> awsNeeds(Service s) {
        ServiceFacts sf = service(s.name());
        return sf != null && sf.service().element() == s.element() ? sf.awsNeeds() : AwsAccess.needs(this, s);
    }

    /** The way each of those needs leaves the tasks, per subnet: endpoints, NAT, internet gateway or none (see {@link AwsAccess#paths}). */
    public List<AwsAccess.Path> awsPaths(Service s) {
        // not kept: one list per service and need outlives the rule that walks it (20k services: ~40 MB promoted)
        return AwsAccess.paths(this, s);
    }

    /**
     * A single copy, whose failure nothing takes over: a service at one task or pod at its floor
     * ({@link ZoneLoss#singleCopy}: the lower of desired and min), a database
     * without a standby (multi-az or an Aurora reader; an RDS read replica is not promoted on its own), a cache with one node and no multi-AZ, a search domain with one
     * node; false for every other kind and for a name that is not an element.
     */
    public boolean singleCopy(String element) {
        Element e = view.element(element);
        Kind k = e == null ? null : Kind.of(e);
        if (k == null) return false;
        return switch (k) {
            case SERVICE -> services.get(element).zoneLoss().singleCopy();
            case DATABASE -> !new Database(e).hasStandby();
            case CACHE -> !new Cache(e).multiAz() && new Cache(e).nodes() <= 1;
            case SEARCH -> new Search(e).nodes() <= 1;
            default -> false;
        };
    }
}
