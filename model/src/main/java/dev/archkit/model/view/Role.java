package dev.archkit.model.view;

import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.model.Property;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An IAM role with its policy statements. */
public record Role(Element element) implements View {

    public Role {
        Network.requireKind(Kind.ROLE, element);
    }

    public enum Effect { ALLOW, DENY }

    public enum Principal implements Word {
        ECS_TASKS("ecs-tasks"), EKS_PODS("eks-pods"), EC2("ec2"), LAMBDA("lambda");
        private final String id;
        Principal(String id) { this.id = id; }
        public String id() { return id; }
    }

    /**
     * One policy statement: actions on resources, with an optional condition; {@code actionAts} and
     * {@code resourceAts} are where each action and resource is written, in the same order.
     */
    public record Statement(Effect effect, List<String> actions, List<String> resources, Optional<String> condition,
                            Location at, Location actionsAt, Location resourcesAt, List<Location> actionAts, List<Location> resourceAts) {
        public Statement {
            actions = List.copyOf(actions);
            resources = List.copyOf(resources);
            actionAts = List.copyOf(actionAts);
            resourceAts = List.copyOf(resourceAts);
        }

        /** Where the i-th action is written. */
        public Location actionAt(int i) { return actionAts.get(i); }

        /** Where the i-th resource is written. */
        public Location resourceAt(int i) { return resourceAts.get(i); }
    }

    /** Allow and deny statements in the order written. */
    public List<Statement> statements() {
        List<Statement> out = new ArrayList<>();
        for (Property p : element.properties()) {
            Effect e = p.key().equals("allow") ? Effect.ALLOW : p.key().equals("deny") ? Effect.DENY : null;
            if (e == null) continue;
            out.add(new Statement(e, Fields.texts(p.field("actions")), Fields.texts(p.field("on")), Fields.fieldText(p, "condition"),
                    p.location(), p.field("actions").at(), p.field("on").at(), ats(p.field("actions")), ats(p.field("on"))));
        }
        return out;
    }

    /** Attached managed policies (names or ARNs). */
    public List<String> managed() {
        List<String> out = new ArrayList<>();
        for (Property p : element.all("managed")) out.add(p.value().text());
        return out;
    }

    /** Who may assume the role, as written (empty: ECS tasks, the default). */
    public List<Principal> trust() {
        List<Principal> out = new ArrayList<>();
        for (String s : Fields.texts(element.value("trust"))) out.add(Word.parse(Principal.class, s));
        return out;
    }

    /** Where each item of a list value (or the single value) is written, in order. */
    private static List<Location> ats(dev.archkit.model.Value v) {
        List<Location> out = new ArrayList<>();
        if (v instanceof dev.archkit.model.Value.ListValue l) for (dev.archkit.model.Value x : l.items()) out.add(x.at());
        else if (v != null) out.add(v.at());
        return out;
    }
}
