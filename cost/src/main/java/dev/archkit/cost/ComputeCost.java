package dev.archkit.cost;

import dev.archkit.cost.CostModel.Item;
import dev.archkit.facts.Facts;
import dev.archkit.facts.Scaling;
import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.Cpu;
import dev.archkit.model.view.NodeGroup;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;

import java.util.ArrayList;
import java.util.List;

import static dev.archkit.cost.Numbers.counts;
import static dev.archkit.cost.Numbers.fmt;
import static dev.archkit.cost.Numbers.pct;

/**
 * Compute: Fargate tasks (x86 or ARM, on-demand and Spot by the capacity provider strategy,
 * ephemeral storage above 20 GB, public IPv4 per task, CloudWatch Logs ingestion), EC2 node groups
 * (on-demand or Spot, root volumes) and the EKS control plane. Where a service runs, its task
 * counts (schedules included) and its strategy are facts.
 */
final class ComputeCost {
    private final Facts facts;
    private final Ledger ledger;
    private final PriceTable.Region p;
    private final double hours;

    ComputeCost(Facts facts, Ledger ledger) {
        this.facts = facts;
        this.ledger = ledger;
        this.p = ledger.prices;
        this.hours = ledger.hours;
    }

    void service(Service s) {
        ServiceFacts f = facts.service(s.name());
        if (!f.fargate()) {
            boolean hosts = f.cluster().map(c -> !c.nodeGroups().isEmpty()).orElse(false);
            String where = switch (f.runtime()) {
                case EKS -> "pods on the cluster's node groups, priced there";
                case EC2 -> "tasks on EC2 capacity, priced with the node groups";
                default -> hosts ? "runs on its cluster's " + f.runtime().id() + " hosts, priced with their node groups"
                        : "runs on " + f.runtime().id() + " hosts that the model does not declare (no node group), so not priced";
            };
            List<Item> logs = logs(s, f, 1, 1, 1);   // log ingestion is paid whatever runs the tasks
            boolean priced = f.runtime() == Service.Runtime.EKS || f.runtime() == Service.Runtime.EC2 || hosts;
            if (!logs.isEmpty() || s.budget().isPresent()) ledger.line(s, logs, where);   // keep the line so its budget is shown
            else if (priced) ledger.elsewhere(s, where);
            else ledger.missing(s, where);   // not "included in their hosts' cost": no host is priced
            return;
        }
        Scaling n = f.scaling();
        long min = n.lowest(), desired = n.desired(), max = n.highest();
        double vcpu, gb;
        if (s.cpu().isPresent()) vcpu = s.cpu().get().millicores() / 1000.0;
        else {
            vcpu = 0.25;
            ledger.assume(s, s.location(), "no task cpu declared; priced at the Fargate minimum, 0.25 vCPU");
        }
        if (s.memory().isPresent()) gb = s.memory().get().mib() / 1024.0;
        else {
            gb = 0.5;
            ledger.assume(s, s.location(), "no task memory declared; priced at 0.5 GB");
        }
        boolean arm = s.arch().orElse(null) == Cpu.Arch.ARM64;
        double perTask = hours * (vcpu * p.get(arm ? Price.FARGATE_ARM_VCPU_HOUR : Price.FARGATE_VCPU_HOUR) + gb * p.get(arm ? Price.FARGATE_ARM_GB_HOUR : Price.FARGATE_GB_HOUR));
        double spotFactor = 1 - p.get(Price.FARGATE_SPOT_DISCOUNT);
        String size = fmt(vcpu) + " vCPU + " + fmt(gb) + " GB" + (arm ? " ARM" : " x86");
        var strategy = facts.capacity(s);
        CapacitySplit smin = CapacitySplit.of(min, strategy), sdes = CapacitySplit.of(desired, strategy), smax = CapacitySplit.of(max, strategy);
        List<Item> items = new ArrayList<>();
        items.add(new Item("Fargate " + size + " × " + counts(smin.onDemand(), sdes.onDemand(), smax.onDemand()) + " tasks",
                smin.onDemand() * perTask, sdes.onDemand() * perTask, smax.onDemand() * perTask));
        if (smax.spot() > 0) {
            items.add(new Item("Fargate Spot " + size + " × " + counts(smin.spot(), sdes.spot(), smax.spot()) + " tasks ("
                    + pct(p.get(Price.FARGATE_SPOT_DISCOUNT)) + " off)",
                    smin.spot() * perTask * spotFactor, sdes.spot() * perTask * spotFactor, smax.spot() * perTask * spotFactor));
        }
        if (s.ephemeralStorage().isPresent() && s.ephemeralStorage().get().mib() > 20 * 1024) {
            double extra = s.ephemeralStorage().get().mib() / 1024.0 - 20;
            double per = extra * p.get(Price.FARGATE_EPHEMERAL_GB_HOUR) * hours;
            items.add(new Item("ephemeral storage " + fmt(extra) + " GB above the free 20 GB per task", min * per, desired * per, max * per));
        }
        if (s.publicIp()) {
            double per = p.get(Price.IPV4_HOUR) * hours;
            items.add(new Item("public IPv4 address per task", min * per, desired * per, max * per));
        }
        items.addAll(logs(s, f, min, desired, max));
        ledger.line(s, items, null);
    }

    /** CloudWatch Logs ingestion for a service logging with awslogs, at min, desired and max copies (none otherwise). */
    private List<Item> logs(Service s, ServiceFacts f, long min, long desired, long max) {
        if (!f.awslogs()) return List.of();
        if (!f.fargate()) {   // tasks or pods on hosts: the service's own counts
            Scaling n = f.scaling();
            min = n.lowest();
            desired = n.desired();
            max = n.highest();
        }
        Task.Logs logs = s.logs().orElseThrow();
        double gbPerTask;
        if (s.logsPerTask().isPresent()) gbPerTask = s.logsPerTask().get().mib() / 1024.0;
        else {
            gbPerTask = CostModel.DEFAULT_LOGS_GB_PER_TASK;
            ledger.assume(s, logs.at(), "log volume undeclared; assumed " + fmt(gbPerTask)
                    + " GB per task per month (declare: usage logs N GB)");
        }
        double per = gbPerTask * p.get(Price.LOGS_INGEST_GB);
        return List.of(new Item("CloudWatch Logs ingestion, " + fmt(gbPerTask) + " GB per task", min * per, desired * per, max * per));
    }

    void cluster(Cluster c) {
        if (c.type() == Cluster.Type.EKS) {
            ledger.line(c, List.of(Item.flat("EKS control plane, 1 cluster", hours * p.get(Price.EKS_CLUSTER_HOUR))), null);
        }
    }

    void nodeGroup(NodeGroup n) {
        List<String> types = n.instanceTypes();
        if (types.isEmpty()) {
            ledger.missing(n, "no instance type declared");
            return;
        }
        String type = types.get(0);
        Double hourly = p.size(Price.Sizes.EC2, type);
        if (hourly == null) {
            ledger.missing(n, "no price for EC2 " + type + " in " + p.name() + " in the " + ledger.table.origin());
            return;
        }
        NodeGroup.Size size = n.size();
        long min = size.min(), desired = size.desired(), max = size.max();
        boolean spot = n.purchase() == NodeGroup.Purchase.SPOT;
        double per = hourly * hours * (spot ? 1 - p.get(Price.EC2_SPOT_DISCOUNT) : 1);
        List<Item> items = new ArrayList<>();
        items.add(new Item("EC2 " + type + (spot ? " Spot (" + pct(p.get(Price.EC2_SPOT_DISCOUNT)) + " off)" : " on-demand") + " × "
                + counts(min, desired, max) + " nodes", min * per, desired * per, max * per));
        double disk = n.disk().map(d -> d.mib() / 1024.0).orElse(20.0);
        double diskPer = disk * p.get(Price.EBS_GP3_GB_MONTH);
        items.add(new Item("EBS gp3 root volume, " + fmt(disk) + " GB per node", min * diskPer, desired * diskPer, max * diskPer));
        ledger.line(n, items, types.size() > 1 ? "priced as " + type + ", the first of " + String.join(", ", types) : null);
    }
}
