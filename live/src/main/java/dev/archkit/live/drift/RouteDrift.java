package dev.archkit.live.drift;

import dev.archkit.model.Location;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.Network;
import dev.archkit.model.view.Route;
import dev.archkit.model.view.Subnet;
import dev.archkit.model.view.Typed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Each subnet's default route: the route for 0.0.0.0/0 in the subnet's live route table (its own
 * association, else its VPC's main table) against the facts layer's route (igw, nat NAME, none).
 * A subnet whose table may sit in a page that could not be read is unknown; a snapshot without
 * route tables (taken before archkit read them) leaves every route not checked.
 */
final class RouteDrift {
    private RouteDrift() { }

    static final String READ = "ec2.DescribeRouteTables";

    /** A subnet's live route table (null when it has none), or why it is not known. */
    record Table(Inventory.RouteTable table, String unknown) { }

    /** The model's subnets found live, by element name. */
    static Map<String, Inventory.Subnet> liveSubnets(Comparison c) {
        Map<String, Inventory.Subnet> out = new HashMap<>();
        for (Inventory.Subnet s : c.inv.subnets()) {
            String name = c.subnetNames.get(s.id());
            if (name != null) out.put(name, s);
        }
        return out;
    }

    /**
     * The route table of a live subnet: the one associated with it, else (when every table was
     * read) the main table of its VPC. An association is found even in a partial read (a subnet has
     * one); the main table stands in only when no page is missing.
     */
    static Table tableOf(Comparison c, Inventory.Subnet live) {
        for (Inventory.RouteTable t : c.inv.routeTables()) {
            if (t.subnets() != null && t.subnets().contains(live.id())) return new Table(t, null);
        }
        Optional<String> why = c.unread(null, READ);
        if (why.isPresent()) return new Table(null, why.get());
        for (Inventory.RouteTable t : c.inv.routeTables()) {
            if (t.main() && Objects.equals(t.vpcId(), live.vpcId())) return new Table(t, null);
        }
        return new Table(null, null);
    }

    /** The subnets' default routes; what is not checked at all (a snapshot without route tables). */
    static List<Drift.NotChecked> compare(Comparison c) {
        List<Drift.NotChecked> notChecked = new ArrayList<>();
        Map<String, Inventory.Subnet> live = liveSubnets(c);
        for (Network net : Typed.networks(c.a)) {
            for (Subnet s : net.subnets()) {
                Route want = c.facts.route(s);
                Location at = Comparison.at(want.at(), s);
                if (c.inv.routeTables() == null) {
                    notChecked.add(new Drift.NotChecked(Kind.SUBNET.id(), s.name(), at,
                            "its default route: the snapshot has no route tables (taken before archkit read them; take a new one)"));
                    continue;
                }
                Inventory.Subnet x = live.get(s.name());
                if (x == null) continue;   // missing or unknown already
                Table t = tableOf(c, x);
                if (t.unknown() != null) {
                    c.unknown(s, "default route", at, "its route table is not known: " + t.unknown());
                    continue;
                }
                String got = defaultRoute(c, t.table());
                if (got == null) c.unknown(s, "default route", at, "its NAT gateway is not known: " + c.reasonFor("ec2.DescribeNatGateways"));
                else c.changed(s, at, "default route", want.text(), got);
            }
        }
        return notChecked;
    }

    /**
     * A table's route for 0.0.0.0/0 in the model's words: {@code igw}, {@code nat NAME} (the
     * gateway's id when it is none of the model's), {@code none}, or another target's id; a
     * blackhole route says so. Null when it leads to a NAT gateway that cannot be named because the
     * NAT gateways could not all be read.
     */
    static String defaultRoute(Comparison c, Inventory.RouteTable t) {
        if (t == null) return "none";
        for (Inventory.Route r : Inventory.orEmpty(t.routes())) {
            if (!"0.0.0.0/0".equals(r.destination())) continue;
            String target = r.target() == null ? "an unnamed target" : r.target();
            String text;
            if (target.startsWith("igw-")) text = "igw";
            else if (target.startsWith("nat-")) {
                String n = c.natNames.get(target);
                if (n == null && c.cannotRead("ec2.DescribeNatGateways")) return null;
                text = "nat " + (n == null ? target : n);
            } else text = target;
            return "blackhole".equals(r.state()) ? text + " (blackhole: its target is gone)" : text;
        }
        return "none";
    }
}
