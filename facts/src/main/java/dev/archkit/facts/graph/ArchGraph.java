package dev.archkit.facts.graph;

import dev.archkit.model.Architecture;
import dev.archkit.model.Dependency;
import dev.archkit.model.Location;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.archkit.model.Element;
import java.util.Set;
import java.util.TreeSet;

/**
 * The graph views of one architecture (base or one environment), on JGraphT:
 * <ul>
 *   <li>{@link #dependencies()}: who calls whom; declared dependencies plus the routes of load
 *       balancers and API gateways, each edge sync or async with its properties;</li>
 *   <li>{@link #securityGroups()}: security group rules as edges from a source (a group or a CIDR)
 *       to the group that admits it; {@link #flows()} expands them to element-to-element flows;</li>
 *   <li>{@link #placement()}: element to subnet to zone.</li>
 * </ul>
 * Network reachability is kept at the level of security groups (rules × groups), which stays
 * linear in the size of the model; element-to-element flows are derived on demand because a
 * group shared by n elements with a self rule means n² flows.
 *
 * <p>Just over 300 lines: its two edge classes (a dependency, a security group rule) are the
 * graphs' own vocabulary, read by every consumer, and live with them; building the graphs is
 * {@link GraphBuilder}'s job and the algorithms are {@link GraphAlgorithms}'.
 */
public final class ArchGraph {

    /** An edge of the dependency graph; identity equality, so parallel edges stay distinct. */
    public static final class DepEdge extends DefaultEdge {
        private final String from, to;
        private final boolean async;
        private final Dependency dependency;    // null for a route
        private final Location location;
        private final String via;              // "route" for load balancer / API routes
        private final int index;

        DepEdge(String from, String to, boolean async, Dependency d, Location location, String via, int index) {
            this.index = index;
            this.from = from;
            this.to = to;
            this.async = async;
            this.dependency = d;
            this.location = location;
            this.via = via;
        }

        public String from() { return from; }
        public String to() { return to; }
        public boolean async() { return async; }
        public Dependency dependency() { return dependency; }
        public Location location() { return location; }
        /** "dependency" or "route". */
        public String origin() { return via; }
        /** Its position among the edges of its graph, from 0 and without gaps: an index into arrays of per-edge facts. */
        public int index() { return index; }

        @Override
        public String toString() { return from + (async ? " ~> " : " -> ") + to; }
    }

    /**
     * A security group rule as an edge: traffic from {@code source} admitted into {@code group}.
     * Identity equality, like {@link DepEdge}: two equal rules are still two rules.
     */
    public static final class RuleEdge extends DefaultEdge {
        private final String source, group, protocol;
        private final int fromPort, toPort;
        private final Location location;
        private final dev.archkit.model.Value.Cidr cidr;   // null for a group source
        private final String prefixList;   // the prefix list the rule names, or null

        RuleEdge(String source, String group, String protocol, int fromPort, int toPort, Location location) {
            this(source, group, protocol, fromPort, toPort, location, null);
        }

        RuleEdge(String source, String group, String protocol, int fromPort, int toPort, Location location,
                 dev.archkit.model.Value.Cidr cidr) {
            this(source, group, protocol, fromPort, toPort, location, cidr, null);
        }

        RuleEdge(String source, String group, String protocol, int fromPort, int toPort, Location location,
                 dev.archkit.model.Value.Cidr cidr, String prefixList) {
            this.cidr = cidr;
            this.prefixList = prefixList;
            this.source = source;
            this.group = group;
            this.protocol = protocol;
            this.fromPort = fromPort;
            this.toPort = toPort;
            this.location = location;
        }

        public String source() { return source; }
        public String group() { return group; }
        public String protocol() { return protocol; }
        public int fromPort() { return fromPort; }
        public int toPort() { return toPort; }
        public Location location() { return location; }
        /**
         * The address range the rule admits, or null when its source is a group or an AWS-managed
         * prefix list. A rule naming a customer prefix list is one edge per entry of the list,
         * each with that entry's range and {@link #prefixList()} naming the list.
         */
        public dev.archkit.model.Value.Cidr cidr() { return cidr; }
        /** The prefix list the rule names ({@code aws:s3} for an AWS-managed one), or null. */
        public String prefixList() { return prefixList; }
        /** The rule's range as written: {@code 10.0.0.0/16}, or {@code prefix list office (10.0.0.0/16)} for a list's entry. */
        public String rangeText() {
            String c = cidr == null ? "" : cidr.text();
            return prefixList == null ? c : "prefix list " + prefixList + (cidr == null ? "" : " (" + c + ")");
        }
        /** The rule's source as written: the prefix list, the range, or the group. */
        public String sourceText() {
            if (prefixList != null) return "prefix list " + prefixList;
            return cidr != null ? cidr.text() : source;
        }
        /** Whether the rule carries tcp traffic to a port (protocol tcp or all, the port in range). */
        public boolean admitsTcp(int port) {
            return (protocol.equals("tcp") || protocol.equals("all")) && port >= fromPort && port <= toPort;
        }

        @Override
        public String toString() { return source + " => " + group + " " + protocol + " " + fromPort + "-" + toPort; }
    }

    /** One element-to-element (or CIDR-to-element) flow allowed by the security groups. */
    public record Flow(String from, String to, String protocol, int fromPort, int toPort, String viaGroup, Location rule) { }

    private final Architecture arch;
    private final Graph<String, DepEdge> deps = LeanGraphs.pseudograph();
    private final Graph<String, RuleEdge> sgs = LeanGraphs.pseudograph();
    private final Graph<String, DefaultEdge> placement = LeanGraphs.simple();
    // the read-only views handed out, made once: rules ask for them per element and per edge
    private final Graph<String, DepEdge> depsView = LeanGraphs.unmodifiable(deps);
    private final Graph<String, RuleEdge> sgsView = LeanGraphs.unmodifiable(sgs);
    private final Graph<String, DefaultEdge> placementView = LeanGraphs.unmodifiable(placement);
    private final Map<String, List<String>> members = new LinkedHashMap<>();   // group -> elements
    private final Map<String, List<String>> groupsOf = new LinkedHashMap<>();  // element -> groups
    private final Map<String, TaskGroups> taskGroups = new java.util.HashMap<>();   // service -> its nodes' groups (or why not known)
    private final Map<String, List<String>> possibleMembers = new java.util.HashMap<>();   // group -> services whose tasks may carry it

    public static final String CIDR_PREFIX = "cidr:";
    /** The source vertex of a rule naming an AWS-managed prefix list: no element of the model is in it. */
    public static final String PREFIX_LIST_PREFIX = "prefix-list:";

    /** The graphs of one view, built one after another. */
    public ArchGraph(Architecture arch) {
        this(arch, dev.archkit.model.Parallelism.serial());
    }

    /**
     * The graphs of one view; with a parallel setting and a large model (from {@link #PARALLEL_FROM}
     * elements) the security-group graph is built beside the dependency and placement graphs.
     * The result is the same either way (a differential test compares them).
     */
    public ArchGraph(Architecture arch, dev.archkit.model.Parallelism parallelism) {
        this.arch = arch;
        if (!parallelism.isParallel() || arch.allElements().size() < PARALLEL_FROM) {
            GraphBuilder.dependencies(arch, deps, edgeOf);
            GraphBuilder.securityGroups(arch, sgs, members, groupsOf, taskGroups, possibleMembers);
            GraphBuilder.placement(arch, placement);
            return;
        }
        // the three graphs share nothing but the (immutable) model: on a large one, build the security
        // groups' beside the other two (on 10,000 services they take about as long as those two together;
        // the placement graph with them kept the calling thread waiting a third of the time)
        var groups = parallelism.fork(() -> {
            GraphBuilder.securityGroups(arch, sgs, members, groupsOf, taskGroups, possibleMembers);
            return null;
        });
        GraphBuilder.dependencies(arch, deps, edgeOf);
        GraphBuilder.placement(arch, placement);
        dev.archkit.model.Parallelism.join(groups);
    }

    /**
     * An element's vertex in the placement graph: its name, or {@code kind:name} for an element
     * that is not a node (a subnet, a NAT gateway, an endpoint, a node group) whose name an
     * element of another kind bears too, so the two stay apart.
     */
    public static String vertex(Architecture arch, Element e) {
        return arch.uniqueName(e);
    }

    /** The element a vertex (of the placement graph, or a group's member) stands for, or null. */
    public Element elementOf(String vertex) {
        int c = vertex.indexOf(':');
        if (c > 0) {
            Element e = arch.element(vertex.substring(0, c), vertex.substring(c + 1));
            if (e != null) return e;
        }
        return arch.element(vertex);
    }

    /** The zones an element of any kind is placed in, sorted. */
    public Set<String> zonesOf(Element e) {
        return zonesOf(vertex(arch, e));
    }

    /** Below this many elements the graphs are built one after another. */
    static final int PARALLEL_FROM = 2000;

    public Architecture architecture() { return arch; }

    public Graph<String, DepEdge> dependencies() { return depsView; }

    private volatile Graph<String, DepEdge> sync;

    /** Each declared dependency's edge (identity: two equal declarations are two edges). */
    private final Map<Dependency, DepEdge> edgeOf = new java.util.IdentityHashMap<>();

    /** The edge of a declared dependency, or null when one of its ends is not a node. */
    public DepEdge edgeOf(Dependency d) { return edgeOf.get(d); }

    /**
     * The synchronous part of the dependency graph, built once (a filtering view such as
     * JGraphT's AsSubgraph recomputes each vertex's edges on every call, which the chain rules
     * make tens of thousands of times).
     */
    public synchronized Graph<String, DepEdge> synchronous() {
        if (sync == null) {
            Graph<String, DepEdge> g = LeanGraphs.pseudograph();
            for (String v : deps.vertexSet()) g.addVertex(v);
            for (DepEdge e : deps.edgeSet()) if (!e.async()) g.addEdge(e.from(), e.to(), e);
            sync = LeanGraphs.unmodifiable(g);
        }
        return sync;
    }

    public Graph<String, RuleEdge> securityGroups() { return sgsView; }

    public Graph<String, DefaultEdge> placement() { return placementView; }

    public List<String> membersOf(String group) { return members.getOrDefault(group, List.of()); }

    /**
     * The security groups an element sits behind: those it names, and for a service whose tasks
     * share their hosts' network, its node groups' ({@link #taskGroups}).
     */
    public List<String> groupsOf(String element) { return groupsOf.getOrDefault(element, List.of()); }

    /**
     * The services whose tasks may carry a group without the model saying they do: tasks on the
     * hosts' network whose node groups carry different groups, one of them this one.
     */
    public List<String> possibleMembersOf(String group) { return possibleMembers.getOrDefault(group, List.of()); }

    /** Whether an element carries a group, or may (its tasks' groups not known, one of their node groups carrying it). */
    public boolean mayCarry(String element, String group) {
        if (groupsOf(element).contains(group)) return true;
        TaskGroups t = taskGroups.get(element);
        return t != null && t.possible().contains(group);
    }

    /**
     * Where a service's tasks get their security groups: their own, their nodes', not known (the
     * node groups differ), or none named.
     */
    public TaskGroups taskGroups(String service) {
        TaskGroups t = taskGroups.get(service);
        if (t != null) return t;
        List<String> own = groupsOf(service);
        return own.isEmpty() ? TaskGroups.NONE : new TaskGroups(TaskGroups.Source.SERVICE, own, List.of(), null);
    }

    /** The zones an element is placed in (through its subnets, or a database's zone). */
    public Set<String> zonesOf(String element) {
        Set<String> zones = new TreeSet<>();
        if (!placement.containsVertex(element)) return zones;
        for (DefaultEdge e : placement.outgoingEdgesOf(element)) {
            String t = placement.getEdgeTarget(e);
            if (t.startsWith("zone:")) zones.add(t.substring(5));
            else for (DefaultEdge z : placement.outgoingEdgesOf(t)) zones.add(placement.getEdgeTarget(z).substring(5));
        }
        return zones;
    }

    /** Whether a rule admits traffic from one element to another on a port (tcp). */
    public boolean mayReach(String from, String to, int port) {
        for (String g : groupsOf(to)) {
            for (RuleEdge r : sgs.incomingEdgesOf(g)) {
                if (port < r.fromPort() || port > r.toPort()) continue;
                if (r.protocol().equals("udp") || r.protocol().equals("icmp")) continue;
                if (groupsOf(from).contains(r.source())) return true;
            }
        }
        return false;
    }

    /**
     * Whether a group's rules admit tcp traffic on a port from a source group (its own name for
     * 'self'), or from anywhere (0.0.0.0/0 or ::/0).
     */
    public boolean admits(String group, String sourceGroup, int port) {
        if (!sgs.containsVertex(group)) return false;
        for (RuleEdge r : sgs.incomingEdgesOf(group)) {
            if (!r.protocol().equals("tcp") && !r.protocol().equals("all")) continue;
            if (port < r.fromPort() || port > r.toPort()) continue;
            if (r.source().equals(sourceGroup) || (r.cidr() != null && r.cidr().prefix() == 0)) return true;
        }
        return false;
    }

    /** Every element-to-element flow the security groups allow (computed on demand). */
    public List<Flow> flows() {
        List<Flow> out = new ArrayList<>();
        for (RuleEdge r : sgs.edgeSet()) {
            List<String> targets = membersOf(r.group());
            if (r.source().startsWith(PREFIX_LIST_PREFIX)) continue;   // an AWS-managed list admits no element
            List<String> sources = r.source().startsWith(CIDR_PREFIX) ? List.of(r.source()) : membersOf(r.source());
            for (String t : targets) {
                for (String s : sources) {
                    if (s.equals(t) && !r.source().equals(r.group())) continue;
                    out.add(new Flow(s, t, r.protocol(), r.fromPort(), r.toPort(), r.group(), r.location()));
                }
            }
        }
        return out;
    }

}
