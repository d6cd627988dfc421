package dev.archkit.gen.terraform;

import dev.archkit.facts.Naming;
import dev.archkit.model.Element;
import dev.archkit.model.Value;

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
 * managed node groups. The workloads on it and their security groups are noted, not generated.
 */
final class EksEmitter implements Emitter {
    private static final List<String> NODE_POLICIES = List.of("arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
            "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy", "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly");

    private final TerraformInputs in;

    EksEmitter(TerraformInputs in) { this.in = in; }

    @Override public TfFile file() { return TfFile.EKS; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        for (Element c : in.architecture().elementsOfKind("cluster")) {
            if (!"eks".equals(c.string("type"))) continue;
            cluster(d, c);
            boolean nodeRole = false;
            for (Element n : c.children()) {
                if (!n.kind().equals("nodegroup")) continue;
                if (!nodeRole) {
                    role(d, Labels.label(c.name()) + "-nodes", in.awsName(c.name()) + "-nodes", "ec2.amazonaws.com", NODE_POLICIES);
                    nodeRole = true;
                }
                nodeGroup(d, c, n);
            }
            workloads(notes, c);
        }
    }

    private void cluster(Hcl.Doc d, Element c) {
        String l = Labels.label(c.name());
        String name = in.awsName(c.name());
        role(d, l + "-cluster", name + "-cluster", "eks.amazonaws.com", List.of("arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"));
        List<String> subnets = new ArrayList<>(c.refs("subnets"));
        if (subnets.isEmpty()) {
            for (Element n : c.children()) if (n.kind().equals("nodegroup")) for (String s : n.refs("subnets")) if (!subnets.contains(s)) subnets.add(s);
        }
        d.open("resource", "aws_eks_cluster", l);
        d.attr("name", name);
        d.attr("role_arn", raw("aws_iam_role." + l + "-cluster.arn"));
        if (c.string("version") != null) d.attr("version", c.string("version"));
        d.open("vpc_config");
        d.attr("subnet_ids", ids("aws_subnet", subnets));
        String ep = c.string("endpoint") == null ? "public-and-private" : c.string("endpoint");
        d.attr("endpoint_private_access", !ep.equals("public"));
        d.attr("endpoint_public_access", !ep.equals("private"));
        d.close();
        d.attr("tags", tags(c, name));
        d.attr("depends_on", refs(List.of("aws_iam_role_policy_attachment." + l + "-cluster-1")));
        d.close().blank();
    }

    private void nodeGroup(Hcl.Doc d, Element c, Element n) {
        String l = Labels.label(c.name());
        TerraformInputs.Replicas size = TerraformInputs.Replicas.of(n.property("size"));
        List<String> types = new ArrayList<>();
        if (n.value("instance") instanceof Value.ListValue il) for (Value v : il.items()) types.add(v.text());
        d.open("resource", "aws_eks_node_group", Labels.label(n.name()));
        d.attr("cluster_name", raw("aws_eks_cluster." + l + ".name"));
        d.attr("node_group_name", in.awsName(n.name()));
        d.attr("node_role_arn", raw("aws_iam_role." + l + "-nodes.arn"));
        d.attr("subnet_ids", ids("aws_subnet", n.refs("subnets")));
        if (!types.isEmpty()) d.attr("instance_types", strings(types));
        d.attr("capacity_type", "spot".equals(n.string("capacity")) ? "SPOT" : "ON_DEMAND");
        if (n.value("disk") instanceof Value.Size ds) d.attr("disk_size", ds.mib() / 1024);
        if ("arm64".equals(n.string("arch"))) d.attr("ami_type", "AL2023_ARM_64_STANDARD");
        d.open("scaling_config");
        d.attr("desired_size", size.desired());
        d.attr("min_size", size.min());
        d.attr("max_size", size.max());
        d.close();
        d.open("lifecycle");
        d.attr("ignore_changes", refs(List.of("scaling_config[0].desired_size")));
        d.close();
        d.attr("tags", tags(n, in.awsName(n.name())));
        d.close().blank();
    }

    /** The services on the cluster run as Kubernetes workloads, which Terraform here does not deploy. */
    private void workloads(Notes notes, Element c) {
        List<Element> services = in.architecture().elementsOfKind("service").stream().filter(s -> c.name().equals(s.string("cluster"))).toList();
        Set<String> podGroups = new TreeSet<>();
        for (Element s : services) podGroups.addAll(s.refs("securitygroups"));
        if (!podGroups.isEmpty()) {
            notes.notGenerated("attaching " + String.join(", ", podGroups) + " to the nodes or pods of EKS cluster '" + c.name()
                    + "' (managed node groups get the cluster security group EKS creates; use a launch template or security groups for pods)");
        }
        if (!services.isEmpty()) {
            notes.notGenerated("the Kubernetes workloads on EKS cluster '" + c.name() + "' (" + String.join(", ", services.stream().map(Element::name).toList())
                    + "): deploy them with manifests, Helm or the Kubernetes provider");
        }
    }

    /** An IAM role an AWS service assumes, with managed policies attached (numbered from 1). */
    private static void role(Hcl.Doc d, String label, String name, String service, List<String> policies) {
        d.open("resource", "aws_iam_role", label);
        d.attr("name", Naming.limit(name, 64));
        d.attr("assume_role_policy", IamEmitter.assumeRole(str(service)));
        d.close().blank();
        int i = 0;
        for (String p : policies) {
            d.open("resource", "aws_iam_role_policy_attachment", label + "-" + (++i));
            d.attr("role", raw("aws_iam_role." + label + ".name"));
            d.attr("policy_arn", p);
            d.close().blank();
        }
    }
}
