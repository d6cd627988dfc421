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

    /** The clusters; a cluster whose node groups could not all be read has them unknown (null). */
    List<Inventory.EksCluster> clusters() {
        List<String> names = calls.<String>list("eks", "ListClusters", null, sink -> eks.listClustersPaginator(r -> { })
                .forEach(p -> p.clusters().forEach(sink))).items();
        List<Inventory.EksCluster> clusters = new ArrayList<>();
        for (Inventory.EksCluster c : calls.each(names, this::cluster)) if (c != null) clusters.add(c);
        return clusters;
    }

    private Inventory.EksCluster cluster(String n) {
        return calls.call("eks", "DescribeCluster", n, () -> {
            String version = eks.describeCluster(r -> r.name(n)).cluster().version();
            AwsCalls.Listing<String> listed = calls.list("eks", "ListNodegroups", n,
                    sink -> eks.listNodegroupsPaginator(r -> r.clusterName(n)).forEach(p -> p.nodegroups().forEach(sink)));
            List<Inventory.NodeGroup> ngs = new ArrayList<>();
            boolean complete = listed.complete();
            for (String ng : listed.items()) {
                Inventory.NodeGroup g = nodeGroup(n, ng);
                if (g == null) complete = false;
                else ngs.add(g);
            }
            return new Inventory.EksCluster(n, version, complete ? ngs : null);
        }, null);
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
