package dev.archkit.live.drift;

import software.amazon.awssdk.services.eks.EksClient;

import java.util.ArrayList;
import java.util.List;

/** EKS, read only: clusters with their version and managed node groups. */
final class EksReading {
    private final EksClient eks;
    private final AwsCalls calls;

    EksReading(EksClient eks, AwsCalls calls) {
        this.eks = eks;
        this.calls = calls;
    }

    List<Inventory.EksCluster> clusters() {
        List<String> names = calls.call("eks", "ListClusters", null, () -> {
            List<String> out = new ArrayList<>();
            eks.listClustersPaginator(r -> { }).forEach(p -> out.addAll(p.clusters()));
            return out;
        }, List.of());
        List<Inventory.EksCluster> clusters = new ArrayList<>();
        for (String n : names) {
            Inventory.EksCluster c = calls.call("eks", "DescribeCluster", n, () -> {
                String version = eks.describeCluster(r -> r.name(n)).cluster().version();
                List<Inventory.NodeGroup> ngs = new ArrayList<>();
                for (var page : eks.listNodegroupsPaginator(r -> r.clusterName(n))) {
                    for (String ng : page.nodegroups()) {
                        Inventory.NodeGroup g = nodeGroup(n, ng);
                        if (g != null) ngs.add(g);
                    }
                }
                return new Inventory.EksCluster(n, version, ngs);
            }, null);
            if (c != null) clusters.add(c);
        }
        return clusters;
    }

    private Inventory.NodeGroup nodeGroup(String cluster, String name) {
        return calls.call("eks", "DescribeNodegroup", cluster + "/" + name, () -> {
            var x = eks.describeNodegroup(r -> r.clusterName(cluster).nodegroupName(name)).nodegroup();
            var sc = x.scalingConfig();
            return new Inventory.NodeGroup(x.nodegroupName(), x.instanceTypes(), sc == null ? 0 : sc.desiredSize(), sc == null ? 0 : sc.minSize(),
                    sc == null ? 0 : sc.maxSize(), x.capacityTypeAsString());
        }, null);
    }
}
