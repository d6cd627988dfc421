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

    /** One policy statement: actions on resources, with an optional condition. */
    public record Statement(Effect effect, List<String> actions, List<String> resources, Optional<String> condition,
                            Location at, Location actionsAt, Location resourcesAt) {
        public Statement {
            actions = List.copyOf(actions);
            resources = List.copyOf(resources);
        }
    }

    /** Allow and deny statements in the order written. */
    public List<Statement> statements() {
        List<Statement> out = new ArrayList<>();
        for (Property p : element.properties()) {
            Effect e = p.key().equals("allow") ? Effect.ALLOW : p.key().equals("deny") ? Effect.DENY : null;
            if (e == null) continue;
            out.add(new Statement(e, Fields.texts(p.field("actions")), Fields.texts(p.field("on")), Fields.fieldText(p, "condition"),
                    p.location(), p.field("actions").at(), p.field("on").at()));
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
}
