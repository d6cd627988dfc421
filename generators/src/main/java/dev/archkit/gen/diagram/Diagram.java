package dev.archkit.gen.diagram;

import java.util.List;

/**
 * One view of an architecture, independent of the output format: nested groups, nodes placed in
 * them, and edges. Writers (PlantUML, Mermaid, DOT) only lay this out; what is shown is decided
 * by {@link Views}. Everything is in a stable order, so output is byte-identical run to run.
 */
public record Diagram(String name, String title, List<Group> groups, List<Node> nodes, List<Edge> edges, List<String> legend) {

    /** How a node is drawn when checks found something about it. */
    public enum Mark { NONE, INFO, WARNING, ERROR }

    /** A box around nodes: a region, VPC, zone, subnet, cluster, security group or tag. */
    public record Group(String id, String label, Style style, String parent) { }

    /** AWS grouping conventions, plus neutral groups for clusters and tags. */
    public enum Style { CLOUD, REGION, VPC, ZONE, PUBLIC_SUBNET, PRIVATE_SUBNET, SECURITY_GROUP, CLUSTER, GENERIC }

    /**
     * A thing on the diagram. {@code element} is the model element it stands for (a node may
     * repeat an element, e.g. a service drawn in each of its subnets); {@code icon} is an awslib
     * path such as {@code Containers/Fargate}.
     */
    public record Node(String id, String element, String label, String detail, String icon, String group, Mark mark) { }

    /** HIDDEN edges carry no meaning: they only ask the layout to stack boxes (subnets in a zone). */
    public enum EdgeStyle { SYNC, ASYNC, ROUTE, FLOW, FLOW_WIDE, FLOW_UNNEEDED, HIDDEN }

    public record Edge(String from, String to, String label, EdgeStyle style) { }
}
