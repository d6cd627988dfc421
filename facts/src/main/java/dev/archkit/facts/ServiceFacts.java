package dev.archkit.facts;

import dev.archkit.model.view.Role;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What is derived about one service in one view, once: where it runs, how many copies, in which
 * zones, who it calls and who calls it, its roles, and what it needs from AWS at start (logs,
 * secrets, its image registry).
 *
 * @param runtime   the effective runtime: as written, else the cluster's orchestrator, else EC2
 *                  for an ECS cluster with only EC2 capacity, else Fargate
 * @param zones     the zones its subnets are in, sorted (empty when it has no subnets)
 * @param callees   its calls, in declaration order (routes of a load balancer are the balancer's)
 * @param callers   the calls to it, in declaration order
 * @param taskRole  the role its code runs with, when it names an existing role
 * @param executionRole the role that pulls its image and reads its secrets, when it names one
 * @param secretStores where its secrets are read from at start
 */
public record ServiceFacts(Service service, Service.Runtime runtime, Scaling scaling, Set<String> zones,
                           List<CallFact> callees, List<CallFact> callers, Optional<Role> taskRole,
                           Optional<Role> executionRole, boolean awslogs, Set<Task.SecretStore> secretStores,
                           Registry registry) {

    public ServiceFacts {
        zones = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(zones));
        callees = List.copyOf(callees);
        callers = List.copyOf(callers);
        secretStores = secretStores.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(secretStores));
    }

    public String name() { return service.name(); }

    /** Runs on ECS (Fargate or EC2 capacity). */
    public boolean ecs() { return runtime == Service.Runtime.FARGATE || runtime == Service.Runtime.EC2; }

    public boolean fargate() { return runtime == Service.Runtime.FARGATE; }
}
