package dev.archkit.live.drift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.services.iam.IamClient;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** IAM, read only: the roles the services' task definitions use, with inline statements, trust and managed policies. */
final class IamReading {
    private final IamClient iam;
    private final AwsCalls calls;

    IamReading(IamClient iam, AwsCalls calls) {
        this.iam = iam;
        this.calls = calls;
    }

    /** The task and execution roles of these services, one role per job on the pool. */
    List<Inventory.Role> roles(List<Inventory.Service> services) {
        TreeSet<String> names = new TreeSet<>();
        for (Inventory.Service s : services) {
            if (s.task() == null) continue;
            for (String arn : new String[] {s.task().taskRole(), s.task().executionRole()}) if (arn != null) names.add(arn.substring(arn.lastIndexOf('/') + 1));
        }
        List<Inventory.Role> out = new ArrayList<>();
        for (Inventory.Role r : calls.each(List.copyOf(names), this::role)) if (r != null) out.add(r);
        return out;
    }

    private Inventory.Role role(String name) {
        return calls.call("iam", "GetRole", name, () -> {
            var r = iam.getRole(b -> b.roleName(name)).role();
            List<String> trust = new ArrayList<>();
            for (Inventory.Statement st : statements(r.assumeRolePolicyDocument())) trust.addAll(st.resources());
            List<Inventory.Statement> statements = new ArrayList<>();
            List<String> inline = calls.call("iam", "ListRolePolicies", name, () -> {
                List<String> out = new ArrayList<>();
                iam.listRolePoliciesPaginator(b -> b.roleName(name)).forEach(p -> out.addAll(p.policyNames()));
                return out;
            }, List.of());
            for (String p : inline) {
                statements.addAll(calls.call("iam", "GetRolePolicy", name + "/" + p,
                        () -> statements(iam.getRolePolicy(b -> b.roleName(name).policyName(p)).policyDocument()), List.of()));
            }
            List<String> managed = calls.call("iam", "ListAttachedRolePolicies", name, () -> {
                List<String> out = new ArrayList<>();
                iam.listAttachedRolePoliciesPaginator(b -> b.roleName(name)).forEach(p -> p.attachedPolicies().forEach(a -> out.add(a.policyArn())));
                return out;
            }, List.of());
            Map<String, String> t = new TreeMap<>();
            r.tags().forEach(x -> t.put(x.key(), x.value()));
            return new Inventory.Role(r.roleName(), r.arn(), trust, statements, managed, AwsCalls.tags(t));
        }, null);
    }

    /**
     * The statements of a policy document (IAM returns them URL-encoded). For a trust policy the
     * principals' services are returned as the statement's resources.
     */
    static List<Inventory.Statement> statements(String document) {
        if (document == null) return List.of();
        List<Inventory.Statement> out = new ArrayList<>();
        try {
            JsonNode root = new ObjectMapper().readTree(URLDecoder.decode(document, StandardCharsets.UTF_8));
            JsonNode st = root.get("Statement");
            List<JsonNode> list = new ArrayList<>();
            if (st != null && st.isArray()) st.forEach(list::add);
            else if (st != null) list.add(st);
            for (JsonNode s : list) {
                List<String> resources = strings(s.get("Resource"));
                if (s.has("Principal") && s.get("Principal").has("Service")) resources = strings(s.get("Principal").get("Service"));
                out.add(new Inventory.Statement(s.path("Effect").asText("Allow"), strings(s.get("Action")), resources));
            }
        } catch (Exception e) {
            out.add(new Inventory.Statement("Unreadable", List.of(), List.of()));
        }
        return out;
    }

    static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null) return out;
        if (n.isArray()) n.forEach(x -> out.add(x.asText()));
        else out.add(n.asText());
        return out;
    }
}
