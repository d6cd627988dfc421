package dev.archkit.gen.k8s;

import dev.archkit.facts.Facts;
import dev.archkit.model.Arns;
import dev.archkit.model.view.Role;
import dev.archkit.model.view.Settings;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;

import java.util.List;
import java.util.Map;

/**
 * The ServiceAccount of a service with a role, annotated for IAM roles for service accounts
 * (IRSA): the pod's AWS calls run with the role Terraform creates under the same live name.
 */
final class IdentityFactory {
    static final String ROLE_ARN = "eks.amazonaws.com/role-arn";
    /** Written where the architecture names no account; the note says to set it. */
    static final String ACCOUNT_PLACEHOLDER = "ACCOUNT_ID";

    private IdentityFactory() { }

    static ServiceAccount build(Facts facts, Workload w, Role role, List<String> notes) {
        Settings settings = new Settings(facts.architecture());
        String account = settings.account().orElse(null);
        if (account == null) {
            account = ACCOUNT_PLACEHOLDER;
            notes.add(w.name() + ": the architecture names no account; the role ARN says " + ACCOUNT_PLACEHOLDER);
        }
        String partition = Arns.partition(settings.region().orElse(null));
        String arn = "arn:" + partition + ":iam::" + account + ":role/" + facts.names().role(role.name());
        return new ServiceAccountBuilder()
                .withNewMetadata().withName(w.name()).withNamespace(w.namespace()).withLabels(w.labels())
                .withAnnotations(Map.of(ROLE_ARN, arn)).endMetadata()
                .build();
    }
}
