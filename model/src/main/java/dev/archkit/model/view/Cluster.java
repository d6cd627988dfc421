package dev.archkit.model.view;

import dev.archkit.model.Element;
import dev.archkit.model.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An ECS or EKS cluster (or, to describe alternatives, Docker Swarm or Elastic Beanstalk). */
public record Cluster(Element element) implements View {

    public Cluster {
        Network.requireKind(Kind.CLUSTER, element);
    }

    public enum Type implements Word {
        ECS("ecs"), EKS("eks"), SWARM("swarm"), BEANSTALK("beanstalk");
        private final String id;
        Type(String id) { this.id = id; }
        public String id() { return id; }
    }

    public enum EndpointAccess implements Word {
        PUBLIC("public"), PRIVATE("private"), PUBLIC_AND_PRIVATE("public-and-private");
        private final String id;
        EndpointAccess(String id) { this.id = id; }
        public String id() { return id; }
    }

    /** What enforces NetworkPolicies in an EKS cluster; {@code NONE} means every pod reaches every other. */
    public enum NetworkPolicy implements Word {
        VPC_CNI("vpc-cni"), CALICO("calico"), CILIUM("cilium"), NONE("none");
        private final String id;
        NetworkPolicy(String id) { this.id = id; }
        public String id() { return id; }
    }

    /** The orchestrator; ECS when not written. */
    public Type type() {
        Type t = Fields.word(element, "type", Type.class);
        return t == null ? Type.ECS : t;
    }

    /** True when the type is written (rather than the ECS default). */
    public boolean typeDeclared() { return element.has("type"); }

    public List<Capacity> capacity() { return Capacity.of(element.all("capacity")); }

    public boolean insights() { return element.flag("insights"); }

    public Optional<String> version() { return Fields.text(element, "version"); }

    public Optional<String> network() { return Fields.ref(element, "network"); }

    public Refs subnets() { return Fields.refs(element, "subnets"); }

    public Optional<EndpointAccess> endpoint() { return Optional.ofNullable(Fields.word(element, "endpoint", EndpointAccess.class)); }

    /** What enforces NetworkPolicies, as written; empty when the model does not say. */
    public Optional<NetworkPolicy> networkPolicy() { return Optional.ofNullable(Fields.word(element, "network-policy", NetworkPolicy.class)); }

    public Location networkPolicyAt() { return Fields.at(element.property("network-policy")); }

    public List<String> namespaces() {
        List<String> out = new ArrayList<>();
        for (var p : element.all("namespace")) out.add(p.value().text());
        return out;
    }

    public List<NodeGroup> nodeGroups() {
        List<NodeGroup> out = new ArrayList<>();
        for (Element c : element.children()) if (Kind.NODEGROUP.is(c)) out.add(new NodeGroup(c));
        return out;
    }

    /** Where {@code insights} and {@code version} are written (unknown when not). */
    public Location insightsAt() { return Fields.at(element.property("insights")); }

    public Location versionAt() { return Fields.at(element.property("version")); }
}
