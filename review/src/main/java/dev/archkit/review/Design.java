package dev.archkit.review;

import dev.archkit.facts.Facts;
import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.model.view.Cache;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.Database;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.LoadBalancer;
import dev.archkit.model.view.NodeGroup;
import dev.archkit.model.view.Subnet;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The typed views and facts of one candidate that the checks read, in declaration order. */
final class Design {
    private final Candidate candidate;
    private final Architecture arch;
    private final Facts facts;

    Design(Candidate candidate) {
        this.candidate = candidate;
        this.arch = candidate.architecture();
        this.facts = candidate.facts();
    }

    Candidate candidate() { return candidate; }

    Architecture architecture() { return arch; }

    Facts facts() { return facts; }

    List<ServiceFacts> services() { return facts.services(); }

    List<Database> databases() { return views(Kind.DATABASE, Database::new); }

    List<Cache> caches() { return views(Kind.CACHE, Cache::new); }

    List<LoadBalancer> loadBalancers() { return views(Kind.LOADBALANCER, LoadBalancer::new); }

    List<Cluster> clusters() { return views(Kind.CLUSTER, Cluster::new); }

    List<Element> ofKind(Kind k) { return arch.elementsOfKind(k.id()); }

    private <T> List<T> views(Kind k, java.util.function.Function<Element, T> view) {
        List<T> out = new ArrayList<>();
        for (Element e : arch.elementsOfKind(k.id())) out.add(view.apply(e));
        return out;
    }

    /**
     * The subnets a service's tasks run in: its own, else those of its cluster's node groups
     * (Swarm, Beanstalk and EKS tasks run on the nodes); empty when the model does not say.
     */
    List<Subnet> subnets(ServiceFacts s) {
        List<String> names = new ArrayList<>(s.service().subnets().names());
        if (names.isEmpty()) s.cluster().ifPresent(c -> {
            for (NodeGroup ng : c.nodeGroups()) names.addAll(ng.subnets().names());
        });
        return subnets(names);
    }

    List<Subnet> subnets(List<String> names) {
        List<Subnet> out = new ArrayList<>();
        for (String n : names) {
            Element e = arch.element(Kind.SUBNET.id(), n);
            if (Kind.SUBNET.is(e) && out.stream().noneMatch(x -> x.element().name().equals(n))) out.add(new Subnet(e));
        }
        return out;
    }

    /** The zones a service's tasks run in (see {@link #subnets(ServiceFacts)}), sorted. */
    Set<String> zones(ServiceFacts s) {
        Set<String> z = new TreeSet<>(s.zones());
        if (z.isEmpty()) for (Subnet sn : subnets(s)) if (sn.zone() != null) z.add(sn.zone());
        return z;
    }

    /** The zones of a list of subnets, sorted. */
    static Set<String> zones(List<Subnet> subnets) {
        Set<String> z = new TreeSet<>();
        for (Subnet sn : subnets) if (sn.zone() != null) z.add(sn.zone());
        return z;
    }

    /** Where an element is declared. */
    static Location at(Element e) { return e.location(); }

    static Evidence of(Element e, String fact) { return new Evidence(e.name(), fact, e.location()); }

    static Evidence of(Element e, String fact, Location at) { return new Evidence(e.name(), fact, at.isKnown() ? at : e.location()); }
}
