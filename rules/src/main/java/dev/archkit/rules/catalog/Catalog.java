package dev.archkit.rules.catalog;

import dev.archkit.cost.PriceTable;
import dev.archkit.model.Parallelism;
import dev.archkit.rules.Rule;
import dev.archkit.rules.RuleEngine;
import dev.archkit.rules.RuleMeta;
import dev.archkit.rules.SuppressionWithoutReason;
import dev.archkit.rules.UnknownRule;
import dev.archkit.rules.UnusedSuppression;

import dev.archkit.rules.availability.DatabaseMultiAz;
import dev.archkit.rules.availability.DisruptionBudget;
import dev.archkit.rules.availability.EphemeralData;
import dev.archkit.rules.availability.MinReplicas;
import dev.archkit.rules.availability.MissingRequestsLimits;
import dev.archkit.rules.availability.NoAutoscaling;
import dev.archkit.rules.availability.NoTopologySpread;
import dev.archkit.rules.availability.SelfManagedDataStore;
import dev.archkit.rules.availability.SingleNat;
import dev.archkit.rules.availability.TaskCannotStart;
import dev.archkit.rules.availability.SinglePointOfFailure;
import dev.archkit.rules.availability.SingleZone;
import dev.archkit.rules.availability.SpotOnlyCritical;
import dev.archkit.rules.cost.CostIncrease;
import dev.archkit.rules.cost.Costs;
import dev.archkit.rules.cost.EksForFewServices;
import dev.archkit.rules.cost.MaxOverBudget;
import dev.archkit.rules.cost.NatUsageUndeclared;
import dev.archkit.rules.cost.NatVersusEndpoints;
import dev.archkit.rules.cost.OverBudget;
import dev.archkit.rules.hygiene.ImageTag;
import dev.archkit.rules.hygiene.NoLogs;
import dev.archkit.rules.hygiene.AwsValue;
import dev.archkit.rules.hygiene.RequiredTags;
import dev.archkit.rules.leastprivilege.BlockedDependency;
import dev.archkit.rules.leastprivilege.DataStoreReachable;
import dev.archkit.rules.leastprivilege.HostNetwork;
import dev.archkit.rules.leastprivilege.NaclBlockedDependency;
import dev.archkit.rules.leastprivilege.OpenIngress;
import dev.archkit.rules.leastprivilege.PassRoleWildcard;
import dev.archkit.rules.leastprivilege.PlaintextSecret;
import dev.archkit.rules.leastprivilege.PrivilegedContainer;
import dev.archkit.rules.leastprivilege.PublicDatabase;
import dev.archkit.rules.leastprivilege.PublicIp;
import dev.archkit.rules.leastprivilege.SharedTaskRole;
import dev.archkit.rules.leastprivilege.UnisolatedPods;
import dev.archkit.rules.leastprivilege.UnneededIngress;
import dev.archkit.rules.leastprivilege.UnrestrictedEgress;
import dev.archkit.rules.leastprivilege.WidePortRange;
import dev.archkit.rules.leastprivilege.WildcardAction;
import dev.archkit.rules.leastprivilege.WildcardResource;
import dev.archkit.rules.resilience.BlueGreenWithoutAlarms;
import dev.archkit.rules.resilience.DeploymentCircuitBreaker;
import dev.archkit.rules.resilience.DeploymentFloor;
import dev.archkit.rules.resilience.MissingCircuitBreaker;
import dev.archkit.rules.resilience.MissingHealthCheck;
import dev.archkit.rules.resilience.MissingReadinessProbe;
import dev.archkit.rules.resilience.MissingTimeout;
import dev.archkit.rules.resilience.RetryAmplification;
import dev.archkit.rules.resilience.RetryWithoutBackoff;
import dev.archkit.rules.resilience.SyncCycle;
import dev.archkit.rules.resilience.TimeoutBudget;

import java.util.List;
import java.util.Optional;

/**
 * Every rule, sorted by id. Adding a rule is adding its class here (a test checks the order).
 * The catalog is the one package that knows every family: the rule API ({@code dev.archkit.rules})
 * knows none, each family knows the API only, so dependencies point one way
 * (catalog -> families -> API) and no package cycle forms.
 */
public final class Catalog {
    private Catalog() { }

    public static final List<Rule> RULES = List.of(
            new DatabaseMultiAz(),
            new DisruptionBudget(),
            new EphemeralData(),
            new MinReplicas(),
            new MissingRequestsLimits(),
            new NoAutoscaling(),
            new NoTopologySpread(),
            new SelfManagedDataStore(),
            new SingleNat(),
            new SinglePointOfFailure(),
            new SingleZone(),
            new SpotOnlyCritical(),
            new TaskCannotStart(),
            new EksForFewServices(),
            new CostIncrease(),
            new MaxOverBudget(),
            new NatUsageUndeclared(),
            new NatVersusEndpoints(),
            new OverBudget(),
            new AwsValue(),
            new ImageTag(),
            new NoLogs(),
            new RequiredTags(),
            new SuppressionWithoutReason(),
            new UnknownRule(),
            new UnusedSuppression(),
            new BlockedDependency(),
            new DataStoreReachable(),
            new HostNetwork(),
            new NaclBlockedDependency(),
            new OpenIngress(),
            new PassRoleWildcard(),
            new PlaintextSecret(),
            new PrivilegedContainer(),
            new PublicDatabase(),
            new PublicIp(),
            new SharedTaskRole(),
            new UnisolatedPods(),
            new UnneededIngress(),
            new UnrestrictedEgress(),
            new WidePortRange(),
            new WildcardAction(),
            new WildcardResource(),
            new BlueGreenWithoutAlarms(),
            new DeploymentCircuitBreaker(),
            new DeploymentFloor(),
            new MissingCircuitBreaker(),
            new MissingHealthCheck(),
            new MissingReadinessProbe(),
            new MissingTimeout(),
            new RetryAmplification(),
            new RetryWithoutBackoff(),
            new SyncCycle(),
            new TimeoutBudget());

    public static Optional<Rule> find(String id) {
        return RULES.stream().filter(r -> r.meta().id().equals(id)).findFirst();
    }

    /** The metadata of every rule, in catalog order (for reports and the doc index). */
    public static List<RuleMeta> metas() {
        return RULES.stream().map(Rule::meta).toList();
    }

    /** An engine over every rule that may run rules side by side as {@code parallelism} allows. */
    public static RuleEngine engine(Parallelism parallelism) {
        return new RuleEngine(RULES, parallelism);
    }

    /** The same engine, its cost rules pricing with {@code table} instead of the embedded one. */
    public static RuleEngine withPrices(RuleEngine engine, PriceTable table) {
        return engine.with(Costs.PRICES, table);
    }
}
