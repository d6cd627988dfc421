package dev.archkit.model.view;

import dev.archkit.model.Architecture;
import dev.archkit.model.Dependency;
import dev.archkit.model.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The elements of one kind of an architecture as typed views, in declaration order. */
public final class Typed {
    private Typed() { }

    public static List<Element> elements(Architecture a, Kind k) { return a.elementsOfKind(k.id()); }

    public static List<Network> networks(Architecture a) { return of(a, Kind.NETWORK, Network::new); }
    public static List<Subnet> subnets(Architecture a) { return of(a, Kind.SUBNET, Subnet::new); }
    public static List<Nat> nats(Architecture a) { return of(a, Kind.NAT, Nat::new); }
    public static List<NetworkAcl> nacls(Architecture a) { return of(a, Kind.NACL, NetworkAcl::new); }
    public static List<PrefixList> prefixLists(Architecture a) { return of(a, Kind.PREFIXLIST, PrefixList::new); }
    public static List<SecurityGroup> securityGroups(Architecture a) { return of(a, Kind.SECURITYGROUP, SecurityGroup::new); }
    public static List<Cluster> clusters(Architecture a) { return of(a, Kind.CLUSTER, Cluster::new); }
    public static List<NodeGroup> nodeGroups(Architecture a) { return of(a, Kind.NODEGROUP, NodeGroup::new); }
    public static List<Service> services(Architecture a) { return of(a, Kind.SERVICE, Service::new); }
    public static List<dev.archkit.model.view.Function> functions(Architecture a) { return of(a, Kind.FUNCTION, dev.archkit.model.view.Function::new); }
    public static List<LoadBalancer> loadBalancers(Architecture a) { return of(a, Kind.LOADBALANCER, LoadBalancer::new); }
    public static List<ApiGateway> apiGateways(Architecture a) { return of(a, Kind.APIGATEWAY, ApiGateway::new); }
    public static List<CloudMap> cloudMaps(Architecture a) { return of(a, Kind.CLOUDMAP, CloudMap::new); }
    public static List<Role> roles(Architecture a) { return of(a, Kind.ROLE, Role::new); }
    public static List<Database> databases(Architecture a) { return of(a, Kind.DATABASE, Database::new); }
    public static List<Cache> caches(Architecture a) { return of(a, Kind.CACHE, Cache::new); }
    public static List<Table> tables(Architecture a) { return of(a, Kind.TABLE, Table::new); }
    public static List<Search> searches(Architecture a) { return of(a, Kind.SEARCH, Search::new); }
    public static List<Bucket> buckets(Architecture a) { return of(a, Kind.BUCKET, Bucket::new); }
    public static List<Queue> queues(Architecture a) { return of(a, Kind.QUEUE, Queue::new); }
    public static List<Topic> topics(Architecture a) { return of(a, Kind.TOPIC, Topic::new); }
    public static List<EventBus> eventBuses(Architecture a) { return of(a, Kind.EVENTBUS, EventBus::new); }
    public static List<External> externals(Architecture a) { return of(a, Kind.EXTERNAL, External::new); }
    public static List<Alarm> alarms(Architecture a) { return of(a, Kind.ALARM, Alarm::new); }

    /**
     * The subnets an element is placed in, as written: for the placed kinds ({@link Kind#isPlaced})
     * and node groups; {@link Refs#NONE} for any other kind.
     */
    public static Refs subnets(Element e) {
        Kind k = Kind.of(e);
        if (k == null) return Refs.NONE;
        return switch (k) {
            case SERVICE -> new Service(e).subnets();
            case FUNCTION -> new dev.archkit.model.view.Function(e).subnets();
            case LOADBALANCER -> new LoadBalancer(e).subnets();
            case DATABASE -> new Database(e).subnets();
            case CACHE -> new Cache(e).subnets();
            case SEARCH -> new Search(e).subnets();
            case NODEGROUP -> new NodeGroup(e).subnets();
            default -> Refs.NONE;
        };
    }

    /** The dependencies as typed calls, in declaration order. */
    public static List<Call> calls(Architecture a) {
        List<Call> out = new ArrayList<>(a.dependencies().size());
        for (Dependency d : a.dependencies()) out.add(new Call(d));
        return out;
    }

    /** The named element as a view of its kind, or null when there is none of that kind. */
    public static <V extends View> V element(Architecture a, String name, Kind k, Function<Element, V> view) {
        Element e = a.element(k.id(), name);
        return e != null ? view.apply(e) : null;
    }

    private static <V> List<V> of(Architecture a, Kind k, Function<Element, V> view) {
        List<Element> es = a.elementsOfKind(k.id());
        List<V> out = new ArrayList<>(es.size());
        for (Element e : es) out.add(view.apply(e));
        return out;
    }
}
