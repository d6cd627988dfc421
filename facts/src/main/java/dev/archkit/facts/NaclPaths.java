package dev.archkit.facts;

import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.model.Value;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.NaclRule;
import dev.archkit.model.view.NetworkAcl;
import dev.archkit.model.view.SecurityGroup.Direction;
import dev.archkit.model.view.SecurityGroup.IpProtocol;
import dev.archkit.model.view.Subnet;
import dev.archkit.model.view.Typed;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether the network ACLs let traffic between two subnets through, both ways, as AWS judges it:
 * statelessly. A request leaves the caller's subnet (its NACL's egress rules) and enters the
 * callee's (its ingress rules); the answer comes back on an ephemeral port, 1024-65535, leaving
 * the callee's subnet and entering the caller's. In each direction the rules are taken in the
 * order of their numbers and the first that matches a packet decides; a packet no rule matches is
 * denied (the implicit rule {@code *}). Traffic within one subnet crosses no NACL, and a subnet no
 * NACL names keeps the VPC's default NACL, which allows everything.
 *
 * <p>A rule matches part of what it is asked about when its range holds part of a subnet or its
 * ports part of the ephemeral range: then part of the traffic is denied, and the answer says so.
 * Each subnet pair and port is judged once and kept; nothing here iterates services times rules.
 */
public final class NaclPaths {

    /** The ports the answers come back on: the ephemeral range load balancers, NAT gateways and most clients use. */
    public static final Value.Ports EPHEMERAL = new Value.Ports(1024, 65535, Location.UNKNOWN);

    /** Which way a packet goes: the call, or its answer. */
    public enum Leg { REQUEST, RETURN }

    /**
     * Where traffic is dropped: the NACL, the direction of its rules, the rule that denies it
     * (empty: the implicit deny, no rule matched), what is dropped (the ports and the part of the
     * peer's range), and whether only part of the traffic asked about is.
     */
    public record Block(String nacl, Location naclAt, Leg leg, Direction direction, Optional<NaclRule> rule,
                        String from, String to, Value.Ports ports, boolean partial, boolean partOfPeer) {
        /** The rule number as AWS shows it: the number, or {@code *} for the implicit deny. */
        public String ruleNumber() { return rule.map(r -> Integer.toString(r.number())).orElse("*"); }

        /** Where the deciding rule is written (the NACL itself for the implicit deny). */
        public Location at() { return rule.map(NaclRule::at).orElse(naclAt); }
    }

    private record Key(String from, String to, int port) { }

    private final Map<String, NetworkAcl> naclOf = new HashMap<>();           // subnet -> the NACL that names it
    private final Map<String, List<NaclRule>> rules = new HashMap<>();        // "nacl/ingress" -> rules by number
    private final Map<String, Subnet> subnets = new HashMap<>();
    private final Map<Key, Optional<Block>> judged = new ConcurrentHashMap<>();

    NaclPaths(Architecture view) {
        for (NetworkAcl n : Typed.nacls(view)) {
            for (String s : n.subnets().names()) naclOf.putIfAbsent(s, n);
            rules.put(n.name() + "/in", n.ingress());
            rules.put(n.name() + "/out", n.egress());
        }
        for (Subnet s : Typed.subnets(view)) subnets.put(s.name(), s);
    }

    /** Whether any NACL is declared (else every answer is "allowed" and callers may skip the work). */
    public boolean any() { return !naclOf.isEmpty(); }

    /** The NACL that guards a subnet; empty when the subnet keeps its VPC's default NACL (allow all). */
    public Optional<NetworkAcl> naclOf(String subnet) { return Optional.ofNullable(naclOf.get(subnet)); }

    /**
     * The first place the NACLs drop tcp traffic from one subnet to another on a port, or its
     * return traffic (the request leaving, the request entering, the answer leaving, the answer
     * entering, in that order); empty when both ways are allowed. A negative port (not known):
     * only the return traffic is judged. Ask {@link #known} first: a subnet whose range is not
     * known cannot be judged, and is answered empty here.
     */
    public Optional<Block> judge(String fromSubnet, String toSubnet, int port) {
        if (fromSubnet.equals(toSubnet)) return Optional.empty();
        return judged.computeIfAbsent(new Key(fromSubnet, toSubnet, Math.max(port, -1)), this::compute);
    }

    private Optional<Block> compute(Key k) {
        Value.Cidr from = cidr(k.from), to = cidr(k.to);
        if (from == null || to == null) return Optional.empty();
        NetworkAcl src = naclOf.get(k.from), dst = naclOf.get(k.to);
        if (k.port >= 0) {
            Value.Ports p = new Value.Ports(k.port, k.port, Location.UNKNOWN);
            Optional<Block> b = leg(src, Direction.EGRESS, Leg.REQUEST, to, p, k.from, k.to);
            if (b.isEmpty()) b = leg(dst, Direction.INGRESS, Leg.REQUEST, from, p, k.from, k.to);
            if (b.isPresent()) return b;
        }
        Optional<Block> b = leg(dst, Direction.EGRESS, Leg.RETURN, from, EPHEMERAL, k.to, k.from);
        if (b.isEmpty()) b = leg(src, Direction.INGRESS, Leg.RETURN, to, EPHEMERAL, k.to, k.from);
        return b;
    }

    /** Any address: where traffic to the internet (an AWS service's public endpoint, a registry) may go. */
    private static final Value.Cidr ANYWHERE = new Value.Cidr("0.0.0.0", 0, false, java.math.BigInteger.ZERO, Location.UNKNOWN);

    /**
     * Where the NACLs drop tcp traffic from a subnet to the internet on a port, or its answer: the
     * subnet's rules (the request leaving, the answer entering), and, through a NAT gateway in
     * another subnet, that subnet's too (the request entering and leaving it, the answer entering
     * and leaving it). Only a drop of every address and every port asked about counts: a NACL that
     * lets part of the internet or part of the ephemeral range through may let the traffic through
     * (which addresses AWS answers from is not in the model). Empty when nothing is certainly dropped.
     */
    public Optional<Block> judgeOut(String fromSubnet, String natSubnet, int port) {
        Value.Cidr from = cidr(fromSubnet);
        if (from == null) return Optional.empty();
        Value.Ports p = new Value.Ports(port, port, Location.UNKNOWN);
        NetworkAcl src = naclOf.get(fromSubnet);
        String out = "the internet";
        List<Optional<Block>> legs = new java.util.ArrayList<>();
        legs.add(leg(src, Direction.EGRESS, Leg.REQUEST, ANYWHERE, p, fromSubnet, out));
        if (natSubnet != null && !natSubnet.equals(fromSubnet) && cidr(natSubnet) != null) {
            NetworkAcl nat = naclOf.get(natSubnet);
            legs.add(leg(nat, Direction.INGRESS, Leg.REQUEST, from, p, fromSubnet, natSubnet));
            legs.add(leg(nat, Direction.EGRESS, Leg.REQUEST, ANYWHERE, p, natSubnet, out));
            legs.add(leg(nat, Direction.INGRESS, Leg.RETURN, ANYWHERE, EPHEMERAL, out, natSubnet));
            legs.add(leg(nat, Direction.EGRESS, Leg.RETURN, from, EPHEMERAL, natSubnet, fromSubnet));
        }
        legs.add(leg(src, Direction.INGRESS, Leg.RETURN, ANYWHERE, EPHEMERAL, out, fromSubnet));
        for (Optional<Block> b : legs) if (b.isPresent() && !b.get().partial() && !b.get().partOfPeer()) return b;
        return Optional.empty();
    }

    /** Whether the question can be answered: both subnets are known, with their ranges. */
    public boolean known(String subnet) { return cidr(subnet) != null; }

    private Value.Cidr cidr(String subnet) {
        Subnet s = subnets.get(subnet);
        return s == null ? null : s.cidr().orElse(null);
    }

    /** One NACL's rules of one direction on tcp packets to {@code ports} whose peer lies in {@code peer}. */
    private Optional<Block> leg(NetworkAcl nacl, Direction d, Leg leg, Value.Cidr peer, Value.Ports ports, String from, String to) {
        if (nacl == null) return Optional.empty();
        List<NaclRule> list = rules.get(nacl.name() + (d == Direction.INGRESS ? "/in" : "/out"));
        Decision first = firstDenial(list, IpProtocol.TCP, peer, ports);
        if (first == null) return Optional.empty();
        Box b = first.box;
        boolean partOfPeer = b.addrLo.compareTo(peer.network()) > 0 || b.addrHi.compareTo(peer.last()) < 0;
        return Optional.of(new Block(nacl.name(), nacl.element().location(), leg, d, Optional.ofNullable(first.rule), from, to,
                new Value.Ports(b.portLo, b.portHi, Location.UNKNOWN), first.partial, partOfPeer));
    }

    /** A set of packets: peer addresses from lo to hi, destination ports from lo to hi. */
    record Box(BigInteger addrLo, BigInteger addrHi, int portLo, int portHi) {
        Box intersect(Box o) {
            BigInteger al = addrLo.max(o.addrLo), ah = addrHi.min(o.addrHi);
            int pl = Math.max(portLo, o.portLo), ph = Math.min(portHi, o.portHi);
            return al.compareTo(ah) > 0 || pl > ph ? null : new Box(al, ah, pl, ph);
        }

        /** This box without {@code cut} (which lies inside it): at most four boxes. */
        List<Box> minus(Box cut) {
            List<Box> out = new ArrayList<>(4);
            if (addrLo.compareTo(cut.addrLo) < 0) out.add(new Box(addrLo, cut.addrLo.subtract(BigInteger.ONE), portLo, portHi));
            if (addrHi.compareTo(cut.addrHi) > 0) out.add(new Box(cut.addrHi.add(BigInteger.ONE), addrHi, portLo, portHi));
            if (portLo < cut.portLo) out.add(new Box(cut.addrLo, cut.addrHi, portLo, cut.portLo - 1));
            if (portHi > cut.portHi) out.add(new Box(cut.addrLo, cut.addrHi, cut.portHi + 1, portHi));
            return out;
        }
    }

    /** The first rule (by number) that denies part of the packets, the part, and whether another part is allowed. */
    record Decision(NaclRule rule, Box box, boolean partial) { }

    /**
     * Judges every packet of a protocol to {@code ports} from or to {@code peer} by the rules in
     * order: each rule decides the packets it matches that no earlier rule decided. Returns the
     * first denial (null when every packet is allowed); a rule null means the implicit deny.
     */
    static Decision firstDenial(List<NaclRule> rules, IpProtocol protocol, Value.Cidr peer, Value.Ports ports) {
        List<Box> open = new ArrayList<>(List.of(new Box(peer.network(), peer.last(), ports.from(), ports.to())));
        boolean anyAllowed = false;
        Decision denial = null;
        for (NaclRule r : rules) {
            if (open.isEmpty()) break;
            if (!r.matchesProtocol(protocol) || r.cidr().ipv6() != peer.ipv6()) continue;
            Value.Ports rp = r.effectivePorts();
            Box rb = new Box(r.cidr().network(), r.cidr().last(), rp.from(), rp.to());
            List<Box> next = new ArrayList<>(open.size() + 2);
            for (Box b : open) {
                Box hit = b.intersect(rb);
                if (hit == null) { next.add(b); continue; }
                if (r.allows()) anyAllowed = true;
                else if (denial == null) denial = new Decision(r, hit, false);
                next.addAll(b.minus(hit));
            }
            open = next;
        }
        if (denial == null && !open.isEmpty()) denial = new Decision(null, open.get(0), false);
        if (denial == null) return null;
        return new Decision(denial.rule, denial.box, anyAllowed);
    }

    /**
     * The subnets an element is placed in, as written (an interface endpoint's network interfaces
     * too); empty for an element not placed in subnets.
     */
    static List<String> subnetsOf(Element e) {
        if (Kind.ENDPOINT.is(e)) return new dev.archkit.model.view.Endpoint(e).subnets().names();
        return Kind.of(e) == null ? List.of() : Typed.subnets(e).names();
    }
}
