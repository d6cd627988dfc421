package dev.archkit.model.view;

import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.model.Property;
import dev.archkit.model.Value;

import java.util.List;
import java.util.Optional;

/** EC2 worker nodes of a cluster (EKS managed node group, or ECS on EC2 capacity). */
public record NodeGroup(Element element) implements View {

    public NodeGroup {
        Network.requireKind(Kind.NODEGROUP, element);
    }

    public enum Purchase implements Word {
        ON_DEMAND("on-demand"), SPOT("spot");
        private final String id;
        Purchase(String id) { this.id = id; }
        public String id() { return id; }
    }

    /** Desired, minimum and maximum node counts; min and max default to desired, desired to 1. */
    public record Size(long desired, long min, long max) { }

    public List<String> instanceTypes() { return Fields.texts(element.value("instance")); }

    public Size size() {
        Property p = element.property("size");
        Long d = Fields.integer(p, "desired");
        long desired = d == null ? 1 : d;
        Long mn = Fields.integer(p, "min"), mx = Fields.integer(p, "max");
        return new Size(desired, mn == null ? desired : mn, mx == null ? desired : mx);
    }

    public Refs subnets() { return Fields.refs(element, "subnets"); }

    /** The security groups of the nodes, as written (empty when none is). */
    public Refs securityGroups() { return Fields.refs(element, "securitygroups"); }

    public Purchase purchase() {
        Purchase c = Fields.word(element, "capacity", Purchase.class);
        return c == null ? Purchase.ON_DEMAND : c;
    }

    public Optional<Cpu.Arch> arch() { return Optional.ofNullable(Fields.word(element, "arch", Cpu.Arch.class)); }

    public Optional<Value.Size> disk() { return Fields.value(element, "disk", Value.Size.class); }

    /** The cluster the group is declared in. */
    public String cluster() { return element.parent(); }

    /** True when the size is written (rather than the default of one node). */
    public boolean sizeDeclared() { return element.has("size"); }
    /** The size as written: each count empty when not written; empty when no size is written. */
    public record WrittenSize(Optional<Long> desired, Optional<Long> min, Optional<Long> max, Location at) { }

    public Optional<WrittenSize> writtenSize() {
        Property p = element.property("size");
        if (p == null) return Optional.empty();
        return Optional.of(new WrittenSize(Optional.ofNullable(Fields.integer(p, "desired")), Optional.ofNullable(Fields.integer(p, "min")),
                Optional.ofNullable(Fields.integer(p, "max")), p.location()));
    }

    /** Where {@code instance} is written (unknown when not). */
    public Location instanceTypesAt() { return Fields.at(element.property("instance")); }
}
