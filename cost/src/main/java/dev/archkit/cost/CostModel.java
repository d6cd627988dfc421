package dev.archkit.cost;

import dev.archkit.facts.Facts;
import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.model.Value;
import dev.archkit.model.view.ApiGateway;
import dev.archkit.model.view.Bucket;
import dev.archkit.model.view.Cache;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.Database;
import dev.archkit.model.view.EventBus;
import dev.archkit.model.view.Function;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.LoadBalancer;
import dev.archkit.model.view.Nat;
import dev.archkit.model.view.NodeGroup;
import dev.archkit.model.view.Queue;
import dev.archkit.model.view.Search;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Table;
import dev.archkit.model.view.Topic;

import java.util.List;

/**
 * Monthly cost of one view of an architecture (the whole of it, or one environment) at its
 * minimum, desired and maximum scale, line by line, from a {@link PriceTable}.
 *
 * <p>What is priced, and where: compute in {@link ComputeCost} (Fargate tasks, EC2 node groups,
 * the EKS control plane), traffic in {@link NetworkCost} (load balancers, NAT gateways, API
 * Gateway requests), data stores in {@link DataCost} (RDS, Aurora, ElastiCache). Everything else
 * is listed as not priced, with the reason; usage that is not declared is assumed at a stated
 * default and reported as an assumption. Where a service runs, how many copies it runs and on
 * which capacity are read from the view's {@link Facts}, not derived here.
 */
public final class CostModel {

    /** Defaults for undeclared usage; each use is reported as an {@link Assumption}. */
    public static final double DEFAULT_LOGS_GB_PER_TASK = 1.0;
    public static final double DEFAULT_LCU = 1.0;
    public static final double DEFAULT_NAT_GB = 100.0;
    /** Data an interface endpoint processes a month when its usage is not declared. */
    public static final double DEFAULT_ENDPOINT_GB = 10.0;
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

    /** A component (an element of the model) and what it costs; {@code budget} and {@code budgetAt} are null without a budget. */
    public record Line(String component, Kind kind, Location at, List<Item> items, String note, Value.Money budget, Location budgetAt) {
        public double min() { return items.stream().mapToDouble(Item::min).sum(); }
        public double desired() { return items.stream().mapToDouble(Item::desired).sum(); }
        public double max() { return items.stream().mapToDouble(Item::max).sum(); }
    }

    /** A default used because the model does not declare the usage a price depends on. */
    public record Assumption(String component, Location at, String message) { }

    /**
     * Why an element has no price: {@link #PER_USE} kinds are priced per request or per GB, which
     * archkit does not estimate (the total leaves them out by design); {@link #MISSING} means the
     * element runs by the hour but the table has no price for it (its class in this region, its
     * licence model, its undeclared class), so the total is a lower bound.
     */
    public enum Gap { PER_USE, MISSING }

    /** An element archkit does not price, and why; {@code gap} is null for a service priced with its hosts. */
    public record Unpriced(String component, Kind kind, Location at, String reason, Gap gap) { }

    /**
     * The cost of one view. {@code elsewhere} lists services whose cost is their hosts' (pods on
     * EKS node groups, tasks on EC2 capacity), so they have no line of their own.
     */
    public record Estimate(String architecture, String environment, String region, List<Line> lines, List<Assumption> assumptions,
                           List<Unpriced> unpriced, List<Unpriced> elsewhere, Value.Money budget, Location budgetAt, PriceTable prices) {
        public double min() { return lines.stream().mapToDouble(Line::min).sum(); }
        public double desired() { return lines.stream().mapToDouble(Line::desired).sum(); }
        public double max() { return lines.stream().mapToDouble(Line::max).sum(); }

        /** Whether the total leaves out an element that has an hourly price the table lacks: then it is a lower bound. */
        public boolean partial() { return !missing().isEmpty(); }

        /** The elements whose hourly price the table lacks (empty when the total is complete). */
        public List<Unpriced> missing() { return unpriced.stream().filter(u -> u.gap() == Gap.MISSING).toList(); }

        /** The elements priced per use, which no estimate includes. */
        public List<Unpriced> perUse() { return unpriced.stream().filter(u -> u.gap() == Gap.PER_USE).toList(); }

        public Line line(String component) {
            for (Line l : lines) if (l.component().equals(component)) return l;
            return null;
        }

        /** The line of an element of this kind (a NAT gateway and a service may share a name), or null. */
        public Line line(Kind kind, String component) {
            for (Line l : lines) if (l.kind() == kind && l.component().equals(component)) return l;
            return null;
        }
    }

    /** The cost of a view, its facts derived here; callers that hold the view's facts pass them instead. */
    public static Estimate estimate(Architecture view, PriceTable table) {
        return estimate(Facts.of(view), table);
    }

    /** The cost of the view the facts are of; lines in the order the elements are declared. */
    public static Estimate estimate(Facts facts, PriceTable table) {
        Architecture a = facts.architecture();
        String region = a.region();
        if (region == null) throw new NoPrices("the architecture declares no region; add 'region <name>'");
        PriceTable.Region p = table.region(region);
        if (p == null) {
            throw new NoPrices("the " + table.origin() + " (" + table.date() + ") has no prices for " + region
                    + "; it covers " + String.join(", ", table.regions()) + ". Pass --prices FILE with that region.");
        }
        Ledger ledger = new Ledger(table, p);
        ComputeCost compute = new ComputeCost(facts, ledger);
        NetworkCost network = new NetworkCost(facts, ledger);
        DataCost data = new DataCost(ledger);
        for (Element e : a.allElements()) {
            Kind kind = Kind.of(e);
            if (kind == null) continue;
            switch (kind) {
                case SERVICE -> compute.service(new Service(e));
                case CLUSTER -> compute.cluster(new Cluster(e));
                case NODEGROUP -> compute.nodeGroup(new NodeGroup(e));
                case LOADBALANCER -> network.loadBalancer(new LoadBalancer(e));
                case NAT -> network.nat(new Nat(e));
                case ENDPOINT -> network.endpoint(new dev.archkit.model.view.Endpoint(e));
                case APIGATEWAY -> network.apiGateway(new ApiGateway(e));
                case DATABASE -> data.database(new Database(e));
                case CACHE -> data.cache(new Cache(e));
                case TABLE -> ledger.perUse(new Table(e), "DynamoDB is priced per request or capacity unit; not in the table");
                case SEARCH -> ledger.missing(new Search(e), "OpenSearch instance types are not in the table");
                case BUCKET -> ledger.perUse(new Bucket(e), new Bucket(e).type() == Bucket.Type.MINIO
                        ? "served by a service (priced there); its storage is not priced" : "S3 is priced per GB stored and per request; not in the table");
                case QUEUE -> ledger.perUse(new Queue(e), "SQS is priced per request (first million a month free)");
                case TOPIC -> ledger.perUse(new Topic(e), "SNS is priced per request and delivery");
                case EVENTBUS -> ledger.perUse(new EventBus(e), "EventBridge is priced per event published");
                case FUNCTION -> ledger.perUse(new Function(e), "Lambda is priced per request and GB-second");
                default -> { }
            }
        }
        return ledger.estimate(a);
    }

    /** A number without trailing zeros: 1, 0.25, 2.5. */
    public static String fmt(double d) {
        return Numbers.fmt(d);
    }

    /** Dollars with cents and thousands separators: $1,234.56. */
    public static String usd(double d) {
        return Numbers.usd(d);
    }
}
