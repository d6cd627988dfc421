package dev.archkit.facts;

import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.Value;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.Network;
import dev.archkit.model.view.PrefixList;
import dev.archkit.model.view.Subnet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may reach whom on which tcp port, as the security groups allow it: the one answer every
 * least-privilege rule, Terraform and drift read. A rule admits a caller when its source is one
 * of the caller's groups ({@code self} included), or when its source is an address range that
 * contains every address the caller may have: the CIDRs of the caller's subnets, else (a caller
 * placed in no subnet) the CIDR of its network. {@code 0.0.0.0/0} and {@code ::/0} admit every
 * caller and the internet; the internet reaches an element placed in a public subnet whose group
 * admits such a range. A declared prefix list admits as the union of its entries; one of the
 * region's AWS-managed lists (the S3 or DynamoDB public ranges) admits no element of the model.
 *
 * <p>The network ACLs judge the same traffic statelessly, both ways ({@link #throughNacls}): the
 * request out of the caller's subnet and into the callee's, and the answer back on ephemeral ports.
 *
 * <p>Per element, the addresses are read once; per distinct range, the elements it admits are
 * computed once, on demand. Nothing here is quadratic in the services: a call is judged against
 * the callee's groups' rules only.
 */
public final class Reachability {

    /** How a rule admits a caller. */
    public enum Via { GROUP, CIDR, INTERNET }

    /** The rule that lets a call through, and how. */
    public record Admission(ArchGraph.RuleEdge rule, Via via) { }

    private final ArchGraph graph;
    private final Architecture view;
    private final NaclPaths nacls;
    private final Map<String, List<Value.Cidr>> addresses = new HashMap<>();   // element -> its ranges
    private final Map<String, Boolean> publicPlaced = new HashMap<>();
    private final Map<String, List<String>> admittedBy = new ConcurrentHashMap<>();   // range text -> elements
    private final Map<String, List<Value.Cidr>> listEntries = new ConcurrentHashMap<>();   // prefix list -> its entries

    Reachability(Architecture view, ArchGraph graph) {
        this.graph = graph;
        this.view = view;
        this.nacls = new NaclPaths(view);
        for (Element e : view.allElements()) {
            if (Kind.SUBNET.is(e) || Kind.NETWORK.is(e) || Kind.SECURITYGROUP.is(e)) continue;
            List<Value.Cidr> own = new ArrayList<>();
            boolean placed = false, anyPublic = false;
            for (String s : e.refs("subnets")) {
                Element se = view.element(Kind.SUBNET.id(), s);
                if (se == null) continue;
                placed = true;
                Subnet sub = new Subnet(se);
                anyPublic |= sub.isPublic();
                Optional<Value.Cidr> c = sub.cidr();
                if (c.isEmpty()) { own = null; break; }   // one subnet of unknown range: the caller's addresses are unknown
                own.add(c.get());
            }
            String key = ArchGraph.vertex(view, e);   // as the groups' members name it: an endpoint named like a node kept apart
            if (!placed && own != null && !graph.groupsOf(key).isEmpty()) {
                Optional<Value.Cidr> net = Networks.of(view, e).flatMap(Network::cidr);
                net.ifPresent(own::add);
            }
            if (own != null && !own.isEmpty()) addresses.put(key, List.copyOf(own));
            if (anyPublic) publicPlaced.put(key, true);
        }
    }

    /**
     * The address ranges an element may take its address from (its subnets' CIDRs, else its
     * network's); empty when the model does not say.
     */
    public List<Value.Cidr> addresses(String element) { return addresses.getOrDefault(element, List.of()); }

    /** Whether a range admits the whole internet. */
    public static boolean isInternet(Value.Cidr cidr) { return cidr.prefix() == 0; }

    /** Whether a range contains every address an element may have ({@code /0} contains all). */
    public boolean contains(Value.Cidr range, String element) {
        if (isInternet(range)) return true;
        List<Value.Cidr> own = addresses(element);
        if (own.isEmpty()) return false;
        for (Value.Cidr c : own) if (!range.contains(c)) return false;
        return true;
    }

    /**
     * Whether a range rule admits every address an element may have: its range does, or, for an
     * entry of a declared prefix list, the list's entries together do (each of the element's
     * ranges inside one of them: a caller in two subnets, each in another entry, is admitted).
     */
    public boolean contains(ArchGraph.RuleEdge rule, String element) {
        if (rule.cidr() == null) return false;
        if (rule.prefixList() == null || contains(rule.cidr(), element)) return contains(rule.cidr(), element);
        List<Value.Cidr> own = addresses(element);
        if (own.isEmpty()) return false;
        List<Value.Cidr> entries = entriesOf(rule.prefixList());
        for (Value.Cidr c : own) {
            boolean in = false;
            for (Value.Cidr e : entries) if (e.contains(c)) { in = true; break; }
            if (!in) return false;
        }
        return true;
    }

    private List<Value.Cidr> entriesOf(String list) {
        return listEntries.computeIfAbsent(list, k -> {
            Element e = view.element(Kind.PREFIXLIST.id(), k);
            return Kind.PREFIXLIST.is(e) ? new PrefixList(e).entries() : List.of();
        });
    }

    /**
     * The rule of one of the callee's groups that admits the caller over tcp on a port (any port
     * when {@code port} is negative), preferring a group rule to a range; empty when none does.
     */
    public Optional<Admission> admission(String from, String to, int port) {
        Admission byRange = null;
        List<String> callerGroups = graph.groupsOf(from);
        for (String g : graph.groupsOf(to)) {
            for (ArchGraph.RuleEdge r : graph.securityGroups().incomingEdgesOf(g)) {
                if (port >= 0 ? !r.admitsTcp(port) : r.protocol().equals("icmp")) continue;
                if (r.cidr() == null) {
                    if (callerGroups.contains(r.source())) return Optional.of(new Admission(r, Via.GROUP));
                } else if (byRange == null && contains(r, from)) {
                    byRange = new Admission(r, isInternet(r.cidr()) ? Via.INTERNET : Via.CIDR);
                }
            }
        }
        return Optional.ofNullable(byRange);
    }

    /** Whether the security groups let one element reach another over tcp on a port (any port when negative). */
    public boolean allows(String from, String to, int port) { return admission(from, to, port).isPresent(); }

    /**
     * The elements whose every address lies in a range, sorted: every host the range admits that
     * the model knows of. For {@code /0}, every element with a known address.
     */
    public List<String> admittedBy(Value.Cidr range) {
        return admittedBy.computeIfAbsent(range.text(), k -> {
            List<String> out = new ArrayList<>();
            for (String e : addresses.keySet()) if (contains(range, e)) out.add(e);
            Collections.sort(out);
            return List.copyOf(out);
        });
    }

    /**
     * The hosts a range lets in that could open a connection: {@link #admittedBy} without data
     * stores and VPC endpoints, which answer calls and make none. What a rule admitting the range
     * lets in beyond the callers it was written for.
     */
    public List<String> hostsIn(Value.Cidr range) {
        List<String> out = new ArrayList<>();
        for (String m : admittedBy(range)) {
            Kind k = Kind.of(graph.elementOf(m));
            if (k != null && (k.isNetworkDataStore() || k == Kind.ENDPOINT)) continue;
            out.add(m);
        }
        return out;
    }

    /** Whether the internet reaches an element on a tcp port: it sits in a public subnet and a group admits {@code /0}. */
    public boolean internetReaches(String element, int port) { return internetRule(element, port).isPresent(); }

    /**
     * The rule that lets the internet reach an element on a tcp port (any port when negative): a
     * rule of one of its groups admitting {@code /0}, the element placed in a public subnet;
     * empty when the internet does not reach it.
     */
    public Optional<ArchGraph.RuleEdge> internetRule(String element, int port) {
        if (!publicPlaced.containsKey(element)) return Optional.empty();
        for (String g : graph.groupsOf(element)) {
            for (ArchGraph.RuleEdge r : graph.securityGroups().incomingEdgesOf(g)) {
                if (r.cidr() != null && isInternet(r.cidr()) && (port < 0 || r.admitsTcp(port))) return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Whether an element is placed in a public subnet. */
    public boolean inPublicSubnet(String element) { return publicPlaced.containsKey(element); }

    /** The network ACLs between subnets, judged per subnet pair and port once (see {@link NaclPaths}). */
    public NaclPaths nacls() { return nacls; }

    /** What the network ACLs do to a call: let it and its answer through, drop one of them, or not known. */
    public enum NaclStatus { ALLOWED, BLOCKED, UNKNOWN }

    /**
     * The NACLs' answer for a call: each subnet pair the call may take (every subnet of the caller
     * to every subnet of the callee), and where it is dropped (one block per pair that is, in the
     * order the subnets are written). {@code unknown} says why the answer is not known: an end not
     * placed in subnets while NACLs are declared, or a port not known.
     */
    public record NaclVerdict(NaclStatus status, List<NaclPaths.Block> blocks, String unknown) {
        public NaclVerdict {
            blocks = List.copyOf(blocks);
        }

        static final NaclVerdict ALLOWED = new NaclVerdict(NaclStatus.ALLOWED, List.of(), null);
    }

    /**
     * Whether the network ACLs let tcp traffic from one element to another on a port through, and
     * its return traffic on the ephemeral ports back (a negative port: not known, only the return
     * traffic is judged). Blocked when any subnet pair the call may take drops either; allowed when
     * none does and everything was known; unknown otherwise, never taken for allowed.
     */
    public NaclVerdict throughNacls(String from, String to, int port) {
        if (!nacls.any()) return NaclVerdict.ALLOWED;   // no NACL declared: every subnet keeps the default, which allows all
        Element fe = graph.elementOf(from), te = graph.elementOf(to);
        List<String> fs = fe == null ? List.of() : NaclPaths.subnetsOf(fe);
        List<String> ts = te == null ? List.of() : NaclPaths.subnetsOf(te);
        if (fs.isEmpty() || ts.isEmpty()) {
            return new NaclVerdict(NaclStatus.UNKNOWN, List.of(), (fs.isEmpty() ? from : to) + " is placed in no subnet");
        }
        List<NaclPaths.Block> blocks = new ArrayList<>();
        String unknown = null;
        boolean guarded = false;
        for (String f : fs) {
            for (String t : ts) {
                if (f.equals(t)) continue;
                if (!nacls.known(f) || !nacls.known(t)) { unknown = "the range of subnet '" + (nacls.known(f) ? t : f) + "' is not known"; continue; }
                guarded |= nacls.naclOf(f).isPresent() || nacls.naclOf(t).isPresent();
                nacls.judge(f, t, port).ifPresent(blocks::add);
            }
        }
        if (!blocks.isEmpty()) return new NaclVerdict(NaclStatus.BLOCKED, blocks, null);
        if (unknown == null && port < 0 && guarded) unknown = "the port of the call is not known";
        return unknown == null ? NaclVerdict.ALLOWED : new NaclVerdict(NaclStatus.UNKNOWN, List.of(), unknown);
    }
}
