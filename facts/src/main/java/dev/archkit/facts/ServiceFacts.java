package dev.archkit.facts;

import dev.archkit.model.Runtimes;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.Role;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What is derived about one service in one view: where it runs, how many copies, in which zones,
 * who it calls and who calls it, its roles, and what it needs from AWS at start (logs, secrets,
 * its image registry).
 *
 * <p>Each fact is derived the first time it is asked for and kept (a large model has ten thousand
 * services, and most rules read one or two facts of each: deriving all of them up front cost a
 * young collection at 10,000 services). Thread-safe: every fact is immutable and published
 * through a volatile field; two threads asking at once derive the same value.
 */
public final class ServiceFacts {
    private final Facts facts;
    private final Service service;
    private volatile Service.Runtime runtime;
    private volatile Scaling scaling;
    private volatile Set<String> zones;
    private volatile List<CallFact> callees, callers;
    private volatile Optional<Role> taskRole, executionRole;
    private volatile Set<Task.SecretStore> secretStores;
    private volatile Registry registry;
    private volatile AwsAccess.Access awsAccess;
    private volatile List<AwsAccess.Need> awsNeeds;
    private volatile Optional<SelfManagedStore> selfManagedStore;

    ServiceFacts(Facts facts, Service service) {
        this.facts = facts;
        this.service = service;
    }

    public Service service() { return service; }

    public String name() { return service.name(); }

    /**
     * The effective runtime: as written, else the cluster's orchestrator, else EC2 for an ECS
     * cluster with only EC2 capacity, else Fargate ({@link Runtimes#effective}).
     */
    public Service.Runtime runtime() {
        Service.Runtime r = runtime;
        if (r == null) runtime = r = Runtimes.effective(facts.architecture(), service);
        return r;
    }

    /** Runs on ECS (Fargate or EC2 capacity). */
    public boolean ecs() { return runtime() == Service.Runtime.FARGATE || runtime() == Service.Runtime.EC2; }

    public boolean fargate() { return runtime() == Service.Runtime.FARGATE; }

    /**
     * The Kubernetes namespace the service's pods run in, when it runs on EKS: its own, else its
     * cluster's first, else "default". Read by the manifests and the deployment diagram alike.
     */
    public Optional<String> namespace() {
        if (runtime() != Service.Runtime.EKS) return Optional.empty();
        if (service.namespace().isPresent()) return service.namespace();
        String first = cluster().flatMap(c -> c.namespaces().stream().findFirst()).orElse(null);
        return Optional.of(first == null ? "default" : first);
    }

    /**
     * Whether Kubernetes NetworkPolicies isolate the service's pods: {@code true} when it runs on
     * EKS in a cluster whose enforcement is written (VPC CNI, Calico, Cilium), {@code false} when
     * the cluster writes {@code network-policy none}, empty when not on EKS or the model does not
     * say. Read by the manifests (no policy is written where none is enforced) and the rules.
     */
    public Optional<Boolean> podIsolation() {
        if (runtime() != Service.Runtime.EKS) return Optional.empty();
        return cluster().flatMap(c -> c.networkPolicy().map(p -> p != Cluster.NetworkPolicy.NONE));
    }

    /** The cluster it names, when that is a cluster of the view ({@link Facts#cluster}). */
    public Optional<Cluster> cluster() {
        return facts.cluster(service);
    }

    /** The task counts, with what the schedules allow, and whether anything scales the service. */
    public Scaling scaling() {
        Scaling s = scaling;
        if (s == null) scaling = s = Scaling.of(service);
        return s;
    }

    /** What is left of it when one zone is lost, at its floor (see {@link ZoneLoss}). */
    public ZoneLoss zoneLoss() {
        return ZoneLoss.of(scaling().floor(), zones().size());
    }

    /**
     * The data store it runs itself, when its image is that of a database, cache, broker or search
     * engine (mysql, postgres, redis...): a second copy would be a second store, not a replica;
     * empty for every other service. Derived once: five rules ask for it (min-replicas,
     * no-autoscaling, ephemeral-data, self-managed-data-store, single-point-of-failure).
     */
    public Optional<SelfManagedStore> selfManagedStore() {
        Optional<SelfManagedStore> s = selfManagedStore;
        if (s == null) selfManagedStore = s = SelfManagedStore.of(service);
        return s;
    }

    /** The zones its subnets are in, sorted (empty when it has no subnets). */
    public Set<String> zones() {
        Set<String> z = zones;
        if (z == null) zones = z = facts.sharedZones(service.name());   // one set per distinct placement, kept for the view
        return z;
    }

    /** Its calls, in graph order (routes of a load balancer are the balancer's). */
    public List<CallFact> callees() {
        List<CallFact> c = callees;
        if (c == null) callees = c = facts.callsFrom(service.name());
        return c;
    }

    /** The calls to it, in graph order. */
    public List<CallFact> callers() {
        List<CallFact> c = callers;
        if (c == null) callers = c = facts.callsTo(service.name());
        return c;
    }

    /** The role its code runs with, when it names an existing role. */
    public Optional<Role> taskRole() {
        Optional<Role> r = taskRole;
        if (r == null) taskRole = r = facts.role(service.role());
        return r;
    }

    /** The role that pulls its image and reads its secrets, when it names one. */
    public Optional<Role> executionRole() {
        Optional<Role> r = executionRole;
        if (r == null) executionRole = r = facts.role(service.executionRole());
        return r;
    }

    /** Its logs go to CloudWatch Logs (the awslogs driver). */
    public boolean awslogs() {
        return service.logs().map(l -> l.driver() == Task.LogDriver.AWSLOGS).orElse(false);
    }

    /** Where its secrets are read from at start. */
    public Set<Task.SecretStore> secretStores() {
        Set<Task.SecretStore> s = secretStores;
        if (s == null) {
            EnumSet<Task.SecretStore> stores = EnumSet.noneOf(Task.SecretStore.class);
            for (Task.Secret sec : service.secrets()) if (sec.store() != null) stores.add(sec.store());
            secretStores = s = stores.isEmpty() ? Set.of() : Collections.unmodifiableSet(stores);
        }
        return s;
    }

    /** Where its image is pulled from. */
    public Registry registry() {
        Registry r = registry;
        if (r == null) registry = r = Registry.of(service.image().map(i -> i.value()).orElse(null));
        return r;
    }

    /**
     * What its tasks need from AWS, each with the endpoints that serve it ({@link AwsAccess#needs}),
     * derived once: task-cannot-start, nat-versus-endpoints and the ways out all read them.
     */
    public List<AwsAccess.Need> awsNeeds() {
        List<AwsAccess.Need> n = awsNeeds;
        if (n == null) awsNeeds = n = AwsAccess.needs(facts, service);
        return n;
    }

    /** What its tasks need from AWS and cannot reach ({@link AwsAccess#of}), derived once. */
    public AwsAccess.Access awsAccess() {
        AwsAccess.Access a = awsAccess;
        if (a == null) awsAccess = a = AwsAccess.of(facts, service);
        return a;
    }

    @Override
    public String toString() {
        return "ServiceFacts[" + name() + "]";
    }
}
