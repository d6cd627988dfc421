package dev.archkit.gen.terraform;

import dev.archkit.facts.Facts;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.Cpu;
import dev.archkit.model.view.NodeGroup;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Typed;
import dev.archkit.model.view.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static dev.archkit.gen.terraform.Hcl.raw;
import static dev.archkit.gen.terraform.Hcl.refs;
import static dev.archkit.gen.terraform.Hcl.str;
import static dev.archkit.gen.terraform.Hcl.strings;
import static dev.archkit.gen.terraform.TfExpr.ids;
import static dev.archkit.gen.terraform.TfExpr.tags;

/**
 * eks.tf: per EKS cluster its role, the cluster, a node role shared by its node groups, and the
 * managed node groups (with a launch template carrying the security groups of a node group that
 * names some). The workloads on it and their own security groups are noted, not generated.
 */
final class EksEmitter implements Emitter {
    private static final List<String> NODE_POLICIES = List.of("arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
            "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy", "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly");

    private final Facts facts;

    EksEmitter(Facts facts) { this.facts = facts; }

    @Override public TfFile file() { return TfFile.EKS; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        for (Cluster c : Typed.clusters(facts.architecture())) {
            if (c.type() != Cluster.Type.EKS) continue;
            cluster(d, c);
            List<NodeGroup> groups = c.nodeGroups();
            if (!groups.isEmpty()) role(d, Labels.label(c.name()) + "_nodes", facts.names().role(c.name() + "-nodes"), "ec2.amazonaws.com", NODE_POLICIES);
            for (NodeGroup n : groups) nodeGroup(d, c, n);
            workloads(notes, c);
        }
    }

    private void cluster(Hcl.Doc d, Cluster c) {
        String l = Labels.label(c.name());
        String name = facts.names().aws(c.name());
        role(d, l + "_cluster", facts.names().role(c.name() + "-cluster"), "eks.amazonaws.com", List.of("arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"));
        List<String> subnets = new ArrayList<>(c.subnets().names());
        if (subnets.isEmpty()) {
            for (NodeGroup n : c.nodeGroups()) for (String s : n.subnets().names()) if (!subnets.contains(s)) subnets.add(s);
        }
        d.open("resource", "aws_eks_cluster", l);
        d.attr("name", name);
        d.attr("role_arn", raw("aws_iam_role." + l + "_cluster.arn"));
        d.attr("version", c.version().orElse(null));
        d.open("vpc_config");
        d.attr("subnet_ids", ids("aws_subnet", subnets));
        Cluster.EndpointAccess ep = c.endpoint().orElse(Cluster.EndpointAccess.PUBLIC_AND_PRIVATE);
        d.attr("endpoint_private_access", ep != Cluster.EndpointAccess.PUBLIC);
        d.attr("endpoint_public_access", ep != Cluster.EndpointAccess.PRIVATE);
        d.close();
        d.attr("tags", tags(c, name));
        d.attr("depends_on", refs(List.of("aws_iam_role_policy_attachment." + l + "_cluster_1")));
        d.close().blank();
    }

    /**
     * A node group's own security groups go on its instances through a launch template (a managed
     * node group takes no groups of its own). The root volume's size then belongs in the template
     * too: EKS refuses a node group's disk size beside a launch template.
     */
    private void launchTemplate(Hcl.Doc d, NodeGroup n) {
        d.open("resource", "aws_launch_template", Labels.label(n.name()));
        d.attr("name", facts.names().aws(n.name()));
        d.attr("vpc_security_group_ids", ids("aws_security_group", n.securityGroups().names()));
        n.disk().ifPresent(ds -> {
            d.open("block_device_mappings");
            d.attr("device_name", "/dev/xvda");
            d.open("ebs");
            d.attr("volume_size", ds.mib() / 1024);
            d.attr("volume_type", "gp3");
            d.close();
            d.close();
        });
        d.attr("tags", tags(n, facts.names().aws(n.name())));
        d.close().blank();
    }

    private void nodeGroup(Hcl.Doc d, Cluster c, NodeGroup n) {
        String l = Labels.label(c.name());
        NodeGroup.Size size = n.size();
        List<String> types = n.instanceTypes();
        boolean template = !n.securityGroups().isEmpty();
        if (template) launchTemplate(d, n);
        d.open("resource", "aws_eks_node_group", Labels.label(n.name()));
        d.attr("cluster_name", raw("aws_eks_cluster." + l + ".name"));
        d.attr("node_group_name", facts.names().aws(n.name()));
        d.attr("node_role_arn", raw("aws_iam_role." + l + "_nodes.arn"));
        d.attr("subnet_ids", ids("aws_subnet", n.subnets().names()));
        if (!types.isEmpty()) d.attr("instance_types", strings(types));
        d.attr("capacity_type", n.purchase() == NodeGroup.Purchase.SPOT ? "SPOT" : "ON_DEMAND");
        if (!template) n.disk().ifPresent(ds -> d.attr("disk_size", ds.mib() / 1024));
        if (n.arch().orElse(null) == Cpu.Arch.ARM64) d.attr("ami_type", "AL2023_ARM_64_STANDARD");
        if (template) {
            d.open("launch_template");
            d.attr("id", raw("aws_launch_template." + Labels.label(n.name()) + ".id"));
            d.attr("version", raw("aws_launch_template." + Labels.label(n.name()) + ".latest_version"));
            d.close();
        }
        d.open("scaling_config");
        d.attr("desired_size", size.desired());
        d.attr("min_size", size.min());
        d.attr("max_size", size.max());
        d.close();
        d.open("lifecycle");
        d.attr("ignore_changes", refs(List.of("scaling_config[0].desired_size")));
        d.close();
        d.attr("tags", tags(n, facts.names().aws(n.name())));
        d.close().blank();
    }

    /** The services on the cluster run as Kubernetes workloads, which Terraform here does not deploy. */
    private void workloads(Notes notes, Cluster c) {
        List<Service> services = Typed.services(facts.architecture()).stream().filter(s -> s.cluster().orElse("").equals(c.name())).toList();
        Set<String> podGroups = new TreeSet<>(), nodeGroups = new TreeSet<>();
        for (NodeGroup n : c.nodeGroups()) {
            nodeGroups.addAll(n.securityGroups().names());
            if (!n.securityGroups().isEmpty()) {
                notes.notGenerated("the EKS cluster security group on node group '" + n.name() + "': with groups in its launch template, EKS"
                        + " does not add it, so " + String.join(", ", n.securityGroups().names()) + " must admit the control plane (tcp 443 and"
                        + " the kubelet's 10250) and the other nodes");
            }
        }
        for (Service s : services) podGroups.addAll(s.securityGroups().names());
        podGroups.removeAll(nodeGroups);   // on the nodes already, through their launch templates
        if (!podGroups.isEmpty()) {
            notes.notGenerated("attaching " + String.join(", ", podGroups) + " to the nodes or pods of EKS cluster '" + c.name()
                    + "' (managed node groups get the cluster security group EKS creates; use a launch template or security groups for pods)");
        }
        if (!services.isEmpty()) {
            notes.notGenerated("the Kubernetes workloads on EKS cluster '" + c.name() + "' (" + String.join(", ", services.stream().map(View::name).toList())
                    + "): deploy them with manifests, Helm or the Kubernetes provider");
        }
    }

    /** An IAM role an AWS service assumes, with managed policies attached (numbered from 1). */
    private static void role(Hcl.Doc d, String label, String awsName, String service, List<String> policies) {
        d.open("resource", "aws_iam_role", label);
        d.attr("name", awsName);
        d.attr("assume_role_policy", IamEmitter.assumeRole(str(service)));
        d.close().blank();
        int i = 0;
        for (String p : policies) {
            d.open("resource", "aws_iam_role_policy_attachment", label + "_" + (++i));
            d.attr("role", raw("aws_iam_role." + label + ".name"));
            d.attr("policy_arn", p);
            d.close().blank();
        }
    }
}
