package dev.archkit.gen.diagram;

import dev.archkit.facts.Facts;
import dev.archkit.model.Architecture;
import dev.archkit.model.Environment;
import dev.archkit.model.Suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The views of an architecture: {@code dependencies} (who calls whom), {@code network}
 * (region, VPC, zones, subnets and what runs in them), {@code security} (security groups and
 * the flows they allow, flows no dependency needs in red) and {@code deployment} (per
 * environment: clusters, sizes, replicas, deployment strategies).
 *
 * <p>Each view is built by its own class ({@link DependencyView}, {@link NetworkView},
 * {@link SecurityView}, {@link DeploymentView}) from the facts of the architecture drawn, which
 * are derived once per diagram: runtimes, calls and their ports, security group flows.
 */
public final class Views {
    private Views() { }

    public static final List<String> KINDS = List.of(Type.DEPENDENCIES.id, Type.NETWORK.id, Type.SECURITY.id, Type.DEPLOYMENT.id);

    /** What to show: a focus with a depth, a tag filter, a grouping, and findings to overlay. */
    public record Options(String focus, int depth, String tag, String groupBy, Map<String, Diagram.Mark> marks) {
        public static Options all() { return new Options(null, 1, null, null, Map.of()); }
    }

    /** Thrown for a view, focus, tag or grouping that does not fit the architecture; the message says what would. */
    public static final class BadView extends RuntimeException {
        public BadView(String m) { super(m); }
    }

    /** The four kinds of view; a deployment view is drawn once per environment ({@code deployment-prod}). */
    enum Type {
        DEPENDENCIES("dependencies"), NETWORK("network"), SECURITY("security"), DEPLOYMENT("deployment");

        static final String DEPLOYMENT_OF = "deployment-";

        final String id;

        Type(String id) { this.id = id; }

        /** The type of a view name from {@link #names}. */
        static Type of(String view) {
            for (Type t : values()) if (t.id.equals(view)) return t;
            return DEPLOYMENT;
        }
    }

    /** The views of an architecture, in order: one deployment view per environment. */
    public static List<String> names(Architecture base) {
        List<String> out = new ArrayList<>(List.of(Type.DEPENDENCIES.id, Type.NETWORK.id, Type.SECURITY.id));
        if (base.environments().isEmpty()) out.add(Type.DEPLOYMENT.id);
        else for (Environment e : base.environments()) out.add(Type.DEPLOYMENT_OF + e.name());
        return out;
    }

    public static Diagram build(Architecture base, String view, Options o) {
        List<String> names = names(base);
        if (!names.contains(view)) {
            String m = Suggest.closest(view, names);
            throw new BadView("no view '" + view + "'; the views of " + base.name() + " are " + String.join(", ", names)
                    + (m != null ? "; did you mean '" + m + "'?" : ""));
        }
        Architecture a = base;
        if (view.startsWith(Type.DEPLOYMENT_OF)) a = base.forEnvironment(view.substring(Type.DEPLOYMENT_OF.length()));
        Facts facts = Facts.of(a);
        Canvas c = new Canvas(facts, view, o, Selection.of(facts, o));
        return switch (Type.of(view)) {
            case DEPENDENCIES -> new DependencyView(c).build();
            case NETWORK -> new NetworkView(c).build();
            case SECURITY -> new SecurityView(c).build();
            case DEPLOYMENT -> new DeploymentView(c).build();
        };
    }
}
