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

/**
 * IAM, read only: every role is listed (ListRoles, with its trust policy); the roles ECS tasks may
 * assume (trusting ecs-tasks.amazonaws.com), those the task definitions name and those asked for
 * by name are read in full (tags, inline statements, managed policies), one role per job on the
 * pool. Others are kept by name, their policies unread (null). A part that could not be read is
 * null, never empty; a role that does not exist is simply absent.
 */
final class IamReading {
    static final String TASKS = "ecs-tasks.amazonaws.com";
    private final IamClient iam;
    private final AwsCalls calls;

    IamReading(IamClient iam, AwsCalls calls) {
        this.iam = iam;
        this.calls = calls;
    }

    /** The roles of the account; those of these services' task definitions and of {@code wanted} in full. */
    List<Inventory.Role> roles(List<Inventory.Service> services, java.util.Collection<String> wanted) {
        TreeSet<String> detail = new TreeSet<>(wanted);
        for (Inventory.Service s : services) {
            if (s.task() == null) continue;
            for (String arn : new String[] {s.task().taskRole(), s.task().executionRole()}) if (arn != null) detail.add(arn.substring(arn.lastIndexOf('/') + 1));
        }
        List<Inventory.Role> listed = calls.<Inventory.Role>list("iam", "ListRoles", null, sink -> iam.listRolesPaginator(b -> { })
                .forEach(p -> p.roles().forEach(r -> sink.accept(new Inventory.Role(r.roleName(), r.arn(), trust(r.assumeRolePolicyDocument()), null, null, null)))))
                .items();
        Map<String, Inventory.Role> byName = new TreeMap<>();
        for (Inventory.Role r : listed) {
            byName.put(r.name(), r);
            if (r.trust().contains(TASKS)) detail.add(r.name());
        }
        for (Inventory.Role r : calls.each(List.copyOf(detail), this::role)) if (r != null) byName.put(r.name(), r);
        return new ArrayList<>(byName.values());
    }

    private static List<String> trust(String document) {
        List<String> trust = new ArrayList<>();
        for (Inventory.Statement st : statements(document)) trust.addAll(st.resources());
        return trust;
    }

    private Inventory.Role role(String name) {
        return calls.call("iam", "GetRole", name, () -> {
            software.amazon.awssdk.services.iam.model.Role r;
            try {
                r = iam.getRole(b -> b.roleName(name)).role();
            } catch (software.amazon.awssdk.services.iam.model.NoSuchEntityException e) {
                return null;   // read, and not there
            }
            AwsCalls.Listing<String> inline = calls.list("iam", "ListRolePolicies", name,
                    sink -> iam.listRolePoliciesPaginator(b -> b.roleName(name)).forEach(p -> p.policyNames().forEach(sink)));
            List<Inventory.Statement> statements = inline.complete() ? new ArrayList<>() : null;
            for (String p : inline.items()) {
                List<Inventory.Statement> st = calls.call("iam", "GetRolePolicy", name,
                        () -> statements(iam.getRolePolicy(b -> b.roleName(name).policyName(p)).policyDocument()), null);
                if (st == null) statements = null;
                else if (statements != null) statements.addAll(st);
            }
            AwsCalls.Listing<String> managed = calls.list("iam", "ListAttachedRolePolicies", name,
                    sink -> iam.listAttachedRolePoliciesPaginator(b -> b.roleName(name)).forEach(p -> p.attachedPolicies().forEach(a -> sink.accept(a.policyArn()))));
            Map<String, String> t = new TreeMap<>();
            r.tags().forEach(x -> t.put(x.key(), x.value()));
            return new Inventory.Role(r.roleName(), r.arn(), trust(r.assumeRolePolicyDocument()), statements, managed.complete() ? managed.items() : null,
                    AwsCalls.tags(t));
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
