package dev.archkit.review;

import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.req.Argument;
import dev.archkit.model.req.Requirement;
import dev.archkit.model.view.Task;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * zero-downtime-deploys, automatic-rollback and traffic-shifting, from each service's {@code deploy} and runtime:
 * an ECS service without one deploys rolling at 100% minimum healthy, without rollback; Elastic
 * Beanstalk's default policy is all at once; Docker Swarm pauses a failed update.
 */
final class DeploymentChecks implements Check {

    @Override
    public Outcome judge(Requirement r, Design d) {
        List<Outcome> out = new ArrayList<>();
        for (ServiceFacts s : d.services()) {
            out.add(switch (r.predicate()) {
                case ZERO_DOWNTIME_DEPLOYS -> zeroDowntime(s);
                case AUTOMATIC_ROLLBACK -> rollback(s);
                case TRAFFIC_SHIFTING -> trafficShifting(s, ((Argument.Share) r.argument()).percent());
                default -> throw new IllegalArgumentException(r.predicate().id());
            });
        }
        return Outcome.every("services", out);
    }

    private static Outcome zeroDowntime(ServiceFacts s) {
        var e = s.service().element();
        Optional<Task.Deploy> deploy = s.service().deploy();
        switch (s.runtime()) {
            case BEANSTALK:
                return Outcome.fail(s.name() + " deploys with its Beanstalk environment, all at once by default",
                        Design.of(e, "runtime beanstalk"));
            case SWARM:
                if (deploy.isEmpty()) return Outcome.unknown(s.name() + "'s Swarm update policy is not written", Design.of(e, "runtime swarm, no deploy"));
                break;
            case EKS:
                if (deploy.isEmpty()) return s.scaling().floor() >= 2
                        ? Outcome.pass(s.name() + " rolls pods (RollingUpdate, 25% unavailable) over " + s.scaling().floor() + " replicas", Design.of(e, "runtime eks"))
                        : Outcome.fail(s.name() + " has one pod: a rolling update takes it down", Design.of(e, "runtime eks, 1 replica"));
                break;
            default:
                if (deploy.isEmpty()) return Outcome.pass(s.name() + " deploys rolling with ECS's 100% minimum healthy", Design.of(e, "no deploy: ECS rolling"));
        }
        Task.Deploy dp = deploy.get();
        if (dp.minHealthy().isPresent() && dp.minHealthy().get().value() <= 0) {
            return Outcome.fail(s.name() + " may stop every task while it deploys", Design.of(e, "min-healthy " + dp.minHealthy().get().text(), dp.at()));
        }
        return Outcome.pass(s.name() + " deploys " + dp.strategy().id(), Design.of(e, "deploy " + dp.strategy().id(), dp.at()));
    }

    private static Outcome rollback(ServiceFacts s) {
        var e = s.service().element();
        Optional<Task.Deploy> deploy = s.service().deploy();
        if (deploy.isPresent() && deploy.get().strategy() == Task.Strategy.BLUE_GREEN) {
            return Outcome.pass(s.name() + " deploys blue/green: CodeDeploy shifts traffic back on failure", Design.of(e, "deploy blue-green", deploy.get().at()));
        }
        if (deploy.isPresent() && deploy.get().rollback()) {
            return Outcome.pass(s.name() + " rolls back on failed tasks (circuit breaker)", Design.of(e, "deploy rolling circuit-breaker rollback", deploy.get().at()));
        }
        String why = switch (s.runtime()) {
            case BEANSTALK -> "Beanstalk redeploys the previous version only by hand";
            case SWARM -> "a Swarm update pauses on failure unless told to roll back";
            case EKS -> "a Kubernetes Deployment stops on failure but does not roll back";
            default -> "no deployment circuit breaker with rollback";
        };
        return Outcome.fail(s.name() + ": " + why, Design.of(e, deploy.map(x -> "deploy " + x.strategy().id() + " without rollback").orElse("no deploy"),
                deploy.map(Task.Deploy::at).orElse(e.location())));
    }

    /**
     * The first step of traffic a new version takes: a blue/green deployment's canary or linear
     * percent (with its interval before the next step); all at once for blue/green without one.
     */
    private static Outcome trafficShifting(ServiceFacts s, double limit) {
        var e = s.service().element();
        String max = Texts.percent(limit);
        Optional<Task.Deploy> deploy = s.service().deploy();
        switch (s.runtime()) {
            case BEANSTALK:
                return Outcome.fail(s.name() + " deploys with its Beanstalk environment, all at once by default: no traffic steps", Design.of(e, "runtime beanstalk"));
            case SWARM:
                return Outcome.unknown(s.name() + "'s Swarm update policy is not in the model", Design.of(e, "runtime swarm"));
            default:
                break;
        }
        if (deploy.isEmpty() || deploy.get().strategy() == Task.Strategy.ROLLING) {
            String what = deploy.isEmpty() ? (s.runtime() == dev.archkit.model.view.Service.Runtime.EKS ? "runtime eks, no deploy: RollingUpdate" : "no deploy: ECS rolling")
                    : "deploy rolling";
            return Outcome.fail(s.name() + " deploys rolling: traffic follows the tasks as they replace each other, with no step or wait set",
                    Design.of(e, what, deploy.map(Task.Deploy::at).orElse(e.location())));
        }
        Task.Deploy dp = deploy.get();
        Optional<dev.archkit.model.Value.Percent> step = dp.canary().isPresent() ? dp.canary() : dp.linear();
        if (step.isEmpty()) {
            return Outcome.fail(s.name() + " shifts all traffic at once to the new version (blue/green without canary or linear)",
                    Design.of(e, "deploy blue-green, all at once", dp.at()));
        }
        String how = (dp.canary().isPresent() ? "canary " : "linear ") + step.get().text() + dp.every().map(x -> " every " + x.text()).orElse("");
        if (step.get().value() > limit) {
            return Outcome.fail(s.name() + "'s first step sends " + step.get().text() + " of traffic to the new version, over " + max,
                    Design.of(e, "deploy blue-green " + how, dp.at()));
        }
        return Outcome.pass(s.name() + " shifts traffic in steps: " + how + " (first step at most " + max + ")",
                Design.of(e, "deploy blue-green " + how, dp.at()));
    }
}
