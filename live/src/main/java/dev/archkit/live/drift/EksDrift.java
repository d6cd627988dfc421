package dev.archkit.live.drift;

import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.NodeGroup;
import dev.archkit.model.view.Typed;

/** EKS clusters: found, with the declared Kubernetes version and node groups (instance types, min and max size as written). */
final class EksDrift {
    private EksDrift() { }

    static void compare(Comparison c) {
        for (Cluster cl : Typed.clusters(c.a)) {
            if (cl.type() != Cluster.Type.EKS) continue;
            Inventory.EksCluster live = null;
            for (Inventory.EksCluster x : c.inv.eksClusters()) if (c.is(Kind.CLUSTER, cl.name(), x.name(), null, null, 0)) live = x;
            if (live == null) { c.missing(cl, "eks.ListClusters", "eks.DescribeCluster"); continue; }
            c.matched.add(live);
            Inventory.EksCluster lc = live;
            cl.version().ifPresent(v -> c.changed(cl, Comparison.at(cl.versionAt(), cl), "Kubernetes version", v, lc.version()));
            if (live.nodeGroups() == null) {
                String why = c.unread(live.name(), "eks.ListNodegroups").orElseGet(() -> c.reasonFor("eks.DescribeNodegroup"));
                for (NodeGroup n : cl.nodeGroups()) c.unknown(n, null, n.location(), why);
                continue;
            }
            for (NodeGroup n : cl.nodeGroups()) {
                Inventory.NodeGroup ng = null;
                for (Inventory.NodeGroup x : live.nodeGroups()) if (x.name().equals(c.names.aws(n.name()))) ng = x;
                if (ng == null) { c.missingIn(n, live.name(), "eks.ListNodegroups"); continue; }
                Inventory.NodeGroup g = ng;
                c.changed(n, Comparison.at(n.instanceTypesAt(), n), "instance types", n.instanceTypes(), ng.instanceTypes());
                n.writtenSize().ifPresent(size -> {
                    size.min().ifPresent(min -> c.changed(n, size.at(), "min size", min, g.min()));
                    size.max().ifPresent(max -> c.changed(n, size.at(), "max size", max, g.max()));
                });
            }
        }
    }
}
