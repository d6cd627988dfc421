package dev.archkit.gen.k8s;

import dev.archkit.facts.Facts;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.model.view.Kind;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The objects {@code archkit k8s} writes for one view, typed, each with the model element it
 * comes from: what a cluster running the view is expected to hold. Drift reads them from here,
 * so the manifests and drift's expectation are one piece of code.
 */
public final class Manifests {

    /**
     * One object and the element it comes from: the service of its unit, the load balancer of an
     * Ingress, or none (a Namespace, a default-deny policy, a ClusterSecretStore).
     */
    public record Manifest(HasMetadata object, String element) { }

    /** The objects of the view, in the order of their units and files; or the errors that stop {@code archkit k8s}. */
    public record Result(List<Manifest> manifests, List<Diagnostic> errors) { }

    private Manifests() { }

    public static Result of(Facts facts) {
        List<Diagnostic> errors = new ArrayList<>(InputChecks.check(facts));
        if (!errors.isEmpty()) {
            errors.sort(null);
            return new Result(List.of(), List.copyOf(errors));
        }
        List<Manifest> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> unit : ViewObjects.of(facts, new ArrayList<>()).entrySet()) {
            boolean serviceUnit = Kind.SERVICE.is(facts.architecture().element(unit.getKey()));
            for (Object o : unit.getValue().values()) {
                HasMetadata object = (HasMetadata) o;
                String element = serviceUnit ? unit.getKey() : object instanceof Ingress ? object.getMetadata().getName() : null;
                out.add(new Manifest(object, element));
            }
        }
        return new Result(List.copyOf(out), List.of());
    }
}
