package dev.archkit.cost;

import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.model.Property;
import dev.archkit.model.Value;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Monthly cost of one view of an architecture (the whole of it, or one environment) at its
 * minimum, desired and maximum scale, line by line, from a {@link PriceTable}.
 *
 * <p>What is priced: Fargate tasks (x86 or ARM, on-demand and Spot split by the capacity
 * provider strategy's base and weights, ephemeral storage above 20 GB, public IPv4 per task,
 * CloudWatch Logs ingestion), EC2 node groups (on-demand or Spot, root volumes), the EKS control
 * plane, load balancers (hours, LCUs from declared usage, public IPv4 per zone when
 * internet-facing), NAT gateways (hours, data processed, their Elastic IP), RDS and Aurora
 * (instances, Multi-AZ, readers, storage), ElastiCache nodes and API Gateway requests. Everything
 * else is listed as not priced, with the reason; usage that is not declared is assumed at a
 * stated default and reported as an assumption.
 */
public final class CostModel {

    /** Defaults for undeclared usage; each use is reported as an {@link Assumption}. */
    public static final double DEFAULT_LOGS_GB_PER_TASK = 1.0;
    public static final double DEFAULT_LCU = 1.0;
    public static final double DEFAULT_NAT_GB = 100.0;
    public static final double DEFAULT_API_RPS = 1.0;
    public static final double DEFAULT_DB_STORAGE_GB = 20.0;

    private CostModel() { }

    /** Thrown when the table has no prices for the architecture's region. */
    public static final class NoPrices extends RuntimeException {
        public NoPrices(String m) { super(m); }
    }

    /** One priced part of a component: US dollars per month at min, desired and max scale. */
    public record Item(String what, double min, double desired, double max) {
        static Item flat(String what, double monthly) { return new Item(what, monthly, monthly, monthly); }
    }

    /** A component (an element of the model) and what it costs. */
    public record Line(String component, String kind, Location at, List<Item> items, String note, Value.Money budget, Location budgetAt) {
        public double min() { return items.stream().mapToDouble(Item::min).sum(); }
        public double desired() { return items.stream().mapToDouble(Item::desired).sum(); }
        public double max() { return items.stream().mapToDouble(Item::max).sum(); }
    }

    /** A default used because the model does not declare the usage a price depends on. */
    public record Assumption(String component, Location at, String message) { }

    /** An element archkit does not price, and why. */
    public record Unpriced(String component, String kind, Location at, String reason) { }

    /**
     * The cost of one view. {@code elsewhere} lists services whose cost is their hosts' (pods on
     * EKS node groups, tasks on EC2 capacity), so they have no line of their own.
     */
    public record Estimate(String architecture, String environment, String region, List<Line> lines, List<Assumption> assumptions,
                           List<Unpriced> unpriced, List<Unpriced> elsewhere, Value.Money budget, Location budgetAt, PriceTable prices) {
        public double min() { return lines.stream().mapToDouble(Line::min).sum(); }
        public double desired() { return lines.stream().mapToDouble(Line::desired).sum(); }
        public double max() { return lines.stream().mapToDouble(Line::max).sum(); }

        public Line line(String component) {
            for (Line l : lines) if (l.component().equals(component)) return l;
            return null;
        }
    }

    public static Estimate estimate(Architecture a, PriceTable table) {
        String region = a.region();
        if (region == null) throw new NoPrices("the architecture declares no region; add 'region <name>'");
        PriceTable.Region p = table.region(region);
        if (p == null) {
            throw new NoPrices("the " + table.origin() + " (" + table.date() + ") has no prices for " + region
                    + "; it covers " + String.join(", ", table.regions()) + ". Pass --prices FILE with that region.");
        }
        return new Run(a, table, p).run();
    }

    private static final class Run {
        final Architecture a;
        final PriceTable table;
        final PriceTable.Region p;
        final double hours;
        final List<Line> lines = new ArrayList<>();
        final List<Assumption> assumptions = new ArrayList<>();
        final List<Unpriced> unpriced = new ArrayList<>();
        final List<Unpriced> elsewhere = new ArrayList<>();

        Run(Architecture a, PriceTable table, PriceTable.Region p) {
            this.a = a;
            this.table = table;
            this.p = p;
            this.hours = table.hoursPerMonth();
        }

        Estimate run() {
            for (Element e : a.allElements()) {
                switch (e.kind()) {
                    case "service" -> service(e);
                    case "cluster" -> cluster(e);
                    case "nodegroup" -> nodegroup(e);
                    case "loadbalancer" -> loadbalancer(e);
                    case "nat" -> nat(e);
                    case "database" -> database(e);
                    case "cache" -> cache(e);
                    case "apigateway" -> apigateway(e);
                    case "table" -> unpriced.add(new Unpriced(e.name(), e.kind(), e.location(), "DynamoDB is priced per request or capacity unit; not in the table"));
                    case "search" -> unpriced.add(new Unpriced(e.name(), e.kind(), e.location(), "OpenSearch instance types are not in the table"));
                    case "bucket" -> unpriced.add(new Unpriced(e.name(), e.kind(), e.location(),
                            "minio".equals(e.string("type")) ? "served by a service (priced there); its storage is not priced" : "S3 is priced per GB stored and per request; not in the table"));
                    case "queue" -> unpriced.add(new Unpriced(e.name(), e.kind(), e.location(), "SQS is priced per request (first million a month free)"));
                    case "topic" -> unpriced.add(new Unpriced(e.name(), e.kind(), e.location(), "SNS is priced per request and delivery"));
                    case "eventbus" -> unpriced.add(new Unpriced(e.name(), e.kind(), e.location(), "EventBridge is priced per event published"));
                    case "function" -> unpriced.add(new Unpriced(e.name(), e.kind(), e.location(), "Lambda is priced per request and GB-second"));
                    default -> { }
                }
            }
            Property budget = a.property("budget");
            Value.Money money = budget != null && budget.value() instanceof Value.Money m ? m : null;
            return new Estimate(a.name(), a.environment(), p.name(), List.copyOf(lines), List.copyOf(assumptions), List.copyOf(unpriced),
                    List.copyOf(elsewhere), money, budget == null ? null : budget.location(), table);
        }

        void add(Element e, List<Item> items, String note) {
            Property b = e.property("budget");
            Value.Money money = b != null && b.value() instanceof Value.Money m ? m : null;
            lines.add(new Line(e.name(), e.kind(), e.location(), List.copyOf(items), note, money, b == null ? null : b.location()));
        }

        // ---- compute ------------------------------------------------------------------------

        void service(Element s) {
            String runtime = dev.archkit.model.Runtimes.of(a, s);
            long min = count(s, "min"), desired = count(s, "desired"), max = count(s, "max");
            for (Property sch : s.all("schedule")) {
                if (sch.field("max") instanceof Value.IntValue i) max = Math.max(max, i.value());
                if (sch.field("min") instanceof Value.IntValue i) min = Math.min(min, i.value());
            }
            List<Item> items = new ArrayList<>();
            if (!runtime.equals("fargate")) {
                String where = switch (runtime) {
                    case "eks" -> "pods on the cluster's node groups, priced there";
                    case "ec2" -> "tasks on EC2 capacity, priced with the node groups";
                    default -> "runs on " + runtime + " hosts, which are not priced";
                };
                if (s.has("budget")) add(s, items, where);   // keep the line so its budget is shown
                else elsewhere.add(new Unpriced(s.name(), s.kind(), s.location(), where));
                return;
            }
            double vcpu, gb;
            if (s.value("cpu") instanceof Value.Cpu c) vcpu = c.millicores() / 1000.0;
            else {
                vcpu = 0.25;
                assumptions.add(new Assumption(s.name(), s.location(), "no task cpu declared; priced at the Fargate minimum, 0.25 vCPU"));
            }
            if (s.value("memory") instanceof Value.Size m) gb = m.mib() / 1024.0;
            else {
                gb = 0.5;
                assumptions.add(new Assumption(s.name(), s.location(), "no task memory declared; priced at 0.5 GB"));
            }
            boolean arm = "arm64".equals(s.string("arch"));
            double perTask = hours * (vcpu * p.get("fargate", arm ? "arm-vcpu-hour" : "vcpu-hour") + gb * p.get("fargate", arm ? "arm-gb-hour" : "gb-hour"));
            double spotFactor = 1 - p.get("fargate", "spot-discount");
            List<Property> strategy = s.all("capacity");
            if (strategy.isEmpty() && s.string("cluster") != null && a.element(s.string("cluster")) != null) {
                strategy = a.element(s.string("cluster")).all("capacity");
            }
            String size = fmt(vcpu) + " vCPU + " + fmt(gb) + " GB" + (arm ? " ARM" : " x86");
            double[] smin = split(min, strategy), sdes = split(desired, strategy), smax = split(max, strategy);
            items.add(new Item("Fargate " + size + " × " + counts(smin[0], sdes[0], smax[0]) + " tasks",
                    smin[0] * perTask, sdes[0] * perTask, smax[0] * perTask));
            if (smax[1] > 0) {
                items.add(new Item("Fargate Spot " + size + " × " + counts(smin[1], sdes[1], smax[1]) + " tasks (" + pct(p.get("fargate", "spot-discount")) + " off)",
                        smin[1] * perTask * spotFactor, sdes[1] * perTask * spotFactor, smax[1] * perTask * spotFactor));
            }
            if (s.value("ephemeral-storage") instanceof Value.Size es && es.mib() > 20 * 1024) {
                double extra = es.mib() / 1024.0 - 20;
                double per = extra * p.get("fargate", "ephemeral-gb-hour") * hours;
                items.add(new Item("ephemeral storage " + fmt(extra) + " GB above the free 20 GB per task", min * per, desired * per, max * per));
            }
            if (s.flag("public-ip")) {
                double per = p.get("ipv4", "hour") * hours;
                items.add(new Item("public IPv4 address per task", min * per, desired * per, max * per));
            }
            Property logs = s.property("logs");
            boolean logging = logs == null || !"none".equals(logs.field("driver") == null ? null : logs.field("driver").text());
            if (logs != null && logging && "awslogs".equals(logs.field("driver").text())) {
                double gbPerTask;
                Property usage = s.property("usage");
                if (usage != null && usage.field("logs") instanceof Value.Size ls) gbPerTask = ls.mib() / 1024.0;
                else {
                    gbPerTask = DEFAULT_LOGS_GB_PER_TASK;
                    assumptions.add(new Assumption(s.name(), logs.location(), "log volume undeclared; assumed " + fmt(gbPerTask)
                            + " GB per task per month (declare: usage logs N GB)"));
                }
                double per = gbPerTask * p.get("logs", "ingest-gb");
                items.add(new Item("CloudWatch Logs ingestion, " + fmt(gbPerTask) + " GB per task", min * per, desired * per, max * per));
            }
            add(s, items, null);
        }

        static long count(Element s, String which) {
            Property r = s.property("replicas");
            if (r == null || !(r.field("desired") instanceof Value.IntValue d)) return 1;
            if (which.equals("desired")) return d.value();
            return r.field(which) instanceof Value.IntValue i ? i.value() : d.value();
        }

        /**
         * Tasks on Fargate and on Fargate Spot for n tasks under a strategy: the base first, on the
         * provider that has it, the rest in proportion to the weights (fractions kept: this is an
         * expected cost, not a placement).
         */
        static double[] split(long n, List<Property> strategy) {
            double onDemand = 0, spot = 0;
            if (strategy.isEmpty()) return new double[] {n, 0};
            // ECS: a provider without a weight has weight 0 when another one names a weight; when none
            // does, the providers share equally (the language lets 'capacity fargate' stand alone)
            boolean anyWeight = strategy.stream().anyMatch(c -> c.field("weight") != null);
            double left = n;
            double totalWeight = 0;
            for (Property c : strategy) {
                long base = c.field("base") instanceof Value.IntValue b ? b.value() : 0;
                double take = Math.min(left, base);
                left -= take;
                if (isSpot(c)) spot += take; else onDemand += take;
                totalWeight += weight(c, anyWeight);
            }
            if (left > 0) {
                if (totalWeight == 0) onDemand += left;
                else for (Property c : strategy) {
                    double share = left * weight(c, anyWeight) / totalWeight;
                    if (isSpot(c)) spot += share; else onDemand += share;
                }
            }
            return new double[] {onDemand, spot};
        }

        static boolean isSpot(Property c) { return "fargate-spot".equals(c.field("provider").text()); }

        static double weight(Property c, boolean anyWeight) {
            if (c.field("weight") instanceof Value.IntValue w) return w.value();
            return anyWeight ? 0 : 1;
        }

        void cluster(Element c) {
            if ("eks".equals(c.string("type"))) {
                add(c, List.of(Item.flat("EKS control plane, 1 cluster", hours * p.get("eks", "cluster-hour"))), null);
            }
        }

        void nodegroup(Element n) {
            List<String> types = new ArrayList<>();
            if (n.value("instance") instanceof Value.ListValue l) for (Value v : l.items()) types.add(v.text());
            if (types.isEmpty()) {
                unpriced.add(new Unpriced(n.name(), n.kind(), n.location(), "no instance type declared"));
                return;
            }
            String type = types.get(0);
            Double hourly = p.size("ec2", type);
            if (hourly == null) {
                unpriced.add(new Unpriced(n.name(), n.kind(), n.location(), "no price for EC2 " + type + " in " + p.name() + " in the " + table.origin()));
                return;
            }
            Property size = n.property("size");
            long desired = size != null && size.field("desired") instanceof Value.IntValue d ? d.value() : 1;
            long min = size != null && size.field("min") instanceof Value.IntValue m ? m.value() : desired;
            long max = size != null && size.field("max") instanceof Value.IntValue m ? m.value() : desired;
            boolean spot = "spot".equals(n.string("capacity"));
            double per = hourly * hours * (spot ? 1 - p.factor("ec2-spot-discount") : 1);
            List<Item> items = new ArrayList<>();
            items.add(new Item("EC2 " + type + (spot ? " Spot (" + pct(p.factor("ec2-spot-discount")) + " off)" : " on-demand") + " × "
                    + counts(min, desired, max) + " nodes", min * per, desired * per, max * per));
            double disk = n.value("disk") instanceof Value.Size ds ? ds.mib() / 1024.0 : 20;
            double diskPer = disk * p.get("ebs", "gp3-gb-month");
            items.add(new Item("EBS gp3 root volume, " + fmt(disk) + " GB per node", min * diskPer, desired * diskPer, max * diskPer));
            add(n, items, types.size() > 1 ? "priced as " + type + ", the first of " + String.join(", ", types) : null);
        }

        // ---- network --------------------------------------------------------------------------

        void loadbalancer(Element lb) {
            String type = lb.string("type") == null ? "application" : lb.string("type");
            String group = switch (type) { case "network" -> "nlb"; case "classic" -> "clb"; default -> "alb"; };
            String label = switch (type) { case "network" -> "NLB"; case "classic" -> "Classic LB"; default -> "ALB"; };
            List<Item> items = new ArrayList<>();
            items.add(Item.flat(label + " hours", hours * p.get(group, "hour")));
            Property usage = lb.property("usage");
            double rps = usage != null && usage.field("rps") != null ? number(usage.field("rps")) : -1;
            double dataGb = usage != null && usage.field("data") instanceof Value.Size d ? d.mib() / 1024.0 : -1;
            if (group.equals("clb")) {
                double gbs = dataGb < 0 ? 0 : dataGb;
                if (dataGb < 0) assumptions.add(new Assumption(lb.name(), lb.location(), "data processed undeclared; priced at 0 GB (declare: usage data N GB)"));
                items.add(Item.flat("data processed, " + fmt(gbs) + " GB", gbs * p.get("clb", "gb")));
            } else {
                double lcu;
                String why;
                if (rps < 0 && dataGb < 0) {
                    lcu = DEFAULT_LCU;
                    why = "assumed";
                    assumptions.add(new Assumption(lb.name(), lb.location(), "traffic undeclared; assumed " + fmt(lcu)
                            + " LCU on average (declare: usage rps N data N GB)"));
                } else {
                    int routes = lb.all("route").size();
                    double byData = Math.max(dataGb, 0) / hours;                  // 1 LCU = 1 GB per hour processed
                    double byConnections = Math.max(rps, 0) / 10 / 25;             // 10 requests per connection, 25 new connections per LCU
                    double byRules = Math.max(rps, 0) * Math.max(0, routes - 10) / 1000; // rule evaluations beyond the 10 free
                    lcu = group.equals("nlb") ? Math.max(byData, Math.max(rps, 0) / 10 / 800) : Math.max(byData, Math.max(byConnections, byRules));
                    why = "from declared usage";
                }
                items.add(Item.flat(fmt(round(lcu, 3)) + " LCU average (" + why + ")", lcu * hours * p.get(group, "lcu-hour")));
            }
            if (!"internal".equals(lb.string("scheme"))) {
                int zones = zonesOf(lb);
                items.add(Item.flat("public IPv4, one per zone × " + zones, zones * hours * p.get("ipv4", "hour")));
            }
            add(lb, items, null);
        }

        int zonesOf(Element e) {
            Set<String> zones = new LinkedHashSet<>();
            for (String sub : e.refs("subnets")) {
                Element s = a.element(sub);
                if (s != null && s.string("zone") != null) zones.add(s.string("zone"));
            }
            if (!zones.isEmpty()) return zones.size();
            return a.value("zones") instanceof Value.ListValue l ? Math.max(2, l.items().size()) : 2;
        }

        void nat(Element n) {
            List<Item> items = new ArrayList<>();
            items.add(Item.flat("NAT gateway hours", hours * p.get("nat", "hour")));
            Property usage = n.property("usage");
            double gb;
            String why;
            if (usage != null && usage.field("data") instanceof Value.Size d) {
                gb = d.mib() / 1024.0;
                why = "declared";
            } else {
                gb = DEFAULT_NAT_GB;
                why = "assumed";
                assumptions.add(new Assumption(n.name(), n.location(), "data processed undeclared; assumed " + fmt(gb)
                        + " GB a month (declare: usage data N GB)"));
            }
            items.add(Item.flat("data processed, " + fmt(gb) + " GB (" + why + ")", gb * p.get("nat", "gb")));
            items.add(Item.flat("public IPv4 (its Elastic IP)", hours * p.get("ipv4", "hour")));
            add(n, items, null);
        }

        // ---- data -----------------------------------------------------------------------------

        void database(Element d) {
            String engine = d.string("engine") == null ? "postgres" : d.string("engine");
            String cls = d.string("class");
            if (engine.equals("oracle") || engine.equals("sqlserver")) {
                unpriced.add(new Unpriced(d.name(), d.kind(), d.location(), engine + " prices depend on the licence model; not in the table"));
                return;
            }
            if (cls == null) {
                unpriced.add(new Unpriced(d.name(), d.kind(), d.location(), "no instance class declared"));
                return;
            }
            boolean aurora = engine.startsWith("aurora");
            Double hourly = p.size(aurora ? "aurora" : "rds", cls);
            if (hourly == null) {
                unpriced.add(new Unpriced(d.name(), d.kind(), d.location(), "no price for " + (aurora ? "Aurora " : "RDS ") + cls + " in " + p.name() + " in the " + table.origin()));
                return;
            }
            boolean multiAz = d.flag("multi-az");
            long replicas = d.value("replicas") instanceof Value.IntValue r ? r.value() : 0;
            double storageGb;
            if (d.value("storage") instanceof Value.Size s) storageGb = s.mib() / 1024.0;
            else {
                storageGb = DEFAULT_DB_STORAGE_GB;
                assumptions.add(new Assumption(d.name(), d.location(), "storage undeclared; assumed " + fmt(storageGb) + " GB (declare: storage N GB)"));
            }
            List<Item> items = new ArrayList<>();
            if (aurora) {
                long instances = 1 + Math.max(replicas, multiAz ? 1 : 0);
                items.add(Item.flat("Aurora " + cls + " × " + instances + " instance" + (instances > 1 ? "s (writer + readers)" : ""), instances * hourly * hours));
                Double st = p.size("rds-storage", "aurora");
                if (st != null) items.add(Item.flat("Aurora storage, " + fmt(storageGb) + " GB", storageGb * st));
            } else {
                double factor = multiAz ? p.factor("rds-multi-az-factor") : 1;
                items.add(Item.flat("RDS " + cls + (multiAz ? " Multi-AZ" : " single-AZ"), factor * hourly * hours));
                String stype = d.string("storage-type") == null ? "gp2" : d.string("storage-type");
                Double st = p.size("rds-storage", stype);
                if (st == null) st = p.size("rds-storage", "gp2");
                items.add(Item.flat(stype + " storage, " + fmt(storageGb) + " GB" + (multiAz ? " × 2 (standby)" : ""), storageGb * st * (multiAz ? 2 : 1)));
                if (replicas > 0) {
                    items.add(Item.flat("read replicas " + cls + " × " + replicas + " with storage", replicas * (hourly * hours + storageGb * st)));
                }
            }
            add(d, items, null);
        }

        void cache(Element c) {
            String cls = c.string("class");
            if (cls == null) {
                unpriced.add(new Unpriced(c.name(), c.kind(), c.location(), "no node type declared"));
                return;
            }
            Double hourly = p.size("elasticache", cls);
            if (hourly == null) {
                unpriced.add(new Unpriced(c.name(), c.kind(), c.location(), "no price for ElastiCache " + cls + " in " + p.name() + " in the " + table.origin()));
                return;
            }
            long nodes = c.value("nodes") instanceof Value.IntValue n ? n.value() : 1;
            add(c, List.of(Item.flat("ElastiCache " + cls + " × " + nodes + " node" + (nodes > 1 ? "s" : ""), nodes * hourly * hours)), null);
        }

        void apigateway(Element g) {
            String type = g.string("type") == null ? "rest" : g.string("type");
            if (type.equals("websocket")) {
                unpriced.add(new Unpriced(g.name(), g.kind(), g.location(), "WebSocket APIs are priced per message and connection minute"));
                return;
            }
            Property usage = g.property("usage");
            double rps;
            if (usage != null && usage.field("rps") != null) rps = number(usage.field("rps"));
            else {
                rps = DEFAULT_API_RPS;
                assumptions.add(new Assumption(g.name(), g.location(), "request rate undeclared; assumed " + fmt(rps) + " request per second (declare: usage rps N)"));
            }
            double millions = rps * 3600 * hours / 1e6;
            double rate = p.get("apigateway", type.equals("http") ? "http-million" : "rest-million");
            add(g, List.of(Item.flat((type.equals("http") ? "HTTP API" : "REST API") + " requests, " + fmt(round(millions, 2)) + " million", millions * rate)), null);
        }
    }

    /** The Fargate / Fargate Spot split of n tasks under a strategy (for tests). */
    static double[] splitForTest(long n, List<Property> strategy) {
        return Run.split(n, strategy);
    }

    static double number(Value v) {
        if (v instanceof Value.NumberValue n) return n.value();
        if (v instanceof Value.IntValue i) return i.value();
        return Double.parseDouble(v.text());
    }

    static double round(double d, int places) {
        double f = Math.pow(10, places);
        return Math.round(d * f) / f;
    }

    static String counts(double min, double desired, double max) {
        if (min == desired && desired == max) return fmt(round(desired, 1));
        return fmt(round(min, 1)) + "/" + fmt(round(desired, 1)) + "/" + fmt(round(max, 1));
    }

    static String pct(double fraction) {
        return fmt(round(fraction * 100, 1)) + "%";
    }

    /** A number without trailing zeros: 1, 0.25, 2.5. */
    public static String fmt(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return java.math.BigDecimal.valueOf(round(d, 3)).stripTrailingZeros().toPlainString();
    }

    /** Dollars with cents and thousands separators: $1,234.56. */
    public static String usd(double d) {
        return (d < 0 ? "-$" : "$") + String.format(Locale.ROOT, "%,.2f", Math.abs(d));
    }

    /** Per-kind totals, sorted: for summaries. */
    public static TreeMap<String, Double> byKind(Estimate e) {
        TreeMap<String, Double> m = new TreeMap<>();
        for (Line l : e.lines()) m.merge(l.kind(), l.desired(), Double::sum);
        return m;
    }
}
