package dev.archkit.gen.terraform;

import dev.archkit.facts.Facts;
import dev.archkit.facts.ServiceFacts;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.Role;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;
import dev.archkit.model.view.Typed;
import dev.archkit.model.view.View;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static dev.archkit.gen.terraform.Hcl.obj;
import static dev.archkit.gen.terraform.Hcl.raw;
import static dev.archkit.gen.terraform.Hcl.str;
import static dev.archkit.gen.terraform.Hcl.strings;

/**
 * iam.tf: the model's roles with their inline policies and managed policy attachments, and one
 * shared task execution role for the ECS services that name none, allowed to read exactly their
 * secrets.
 */
final class IamEmitter implements Emitter {
    static final String EXECUTION_ROLE = "ecs-task-execution";

    private final Facts facts;
    private final SecretRefs secrets;

    IamEmitter(Facts facts, SecretRefs secrets) {
        this.facts = facts;
        this.secrets = secrets;
    }

    @Override public TfFile file() { return TfFile.IAM; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        for (Role r : Typed.roles(facts.architecture())) role(d, notes, r);
        executionRole(d);
        modelExecutionRoles(d);
        execRoles(d);
    }

    /**
     * The role the tasks of a service run with: the model's, else, for a service with ECS Exec on,
     * one written for it (ECS Exec needs a task role that may open the SSM channels); else none.
     */
    static Optional<String> taskRole(Service s) {
        if (s.role().isPresent()) return s.role();
        return s.exec() ? Optional.of(s.name() + "-task") : Optional.empty();
    }

    /** The secrets read by the services that name their execution role, granted to that role (which may read exactly these). */
    private void modelExecutionRoles(Hcl.Doc d) {
        Map<String, List<SecretRefs.Arn>> byRole = new TreeMap<>();
        for (ServiceFacts s : facts.services()) {
            String role = s.service().executionRole().orElse(null);
            if (!s.ecs() || role == null || !Kind.ROLE.is(facts.architecture().element(Kind.ROLE.id(), role))) continue;
            for (Task.Secret p : s.service().secrets()) byRole.computeIfAbsent(role, k -> new ArrayList<>()).add(secrets.arnOf(p));
        }
        for (Map.Entry<String, List<SecretRefs.Arn>> e : byRole.entrySet()) {
            List<Hcl.Expr> stmts = secretStatements(e.getValue());
            policy(d, Labels.label(e.getKey()) + "_secrets", facts.names().aws(e.getKey() + "-secrets"), Labels.label(e.getKey()), stmts);
        }
    }

    /** ECS Exec: the SSM channel permissions on the task role of every service that has it on (a role written here when the model names none). */
    private void execRoles(Hcl.Doc d) {
        Set<String> done = new TreeSet<>();
        for (ServiceFacts s : facts.services()) {
            if (!s.ecs() || !s.service().exec()) continue;
            String role = taskRole(s.service()).orElseThrow();
            if (!done.add(role)) continue;
            if (s.service().role().isEmpty()) writeRole(d, role, List.of("ecs-tasks.amazonaws.com"), null);
            else if (!Kind.ROLE.is(facts.architecture().element(Kind.ROLE.id(), role))) continue;
            policy(d, Labels.label(role) + "_ecs_exec", facts.names().aws(role + "-ecs-exec"), Labels.label(role), List.of(obj()
                    .put("Effect", "Allow")
                    .put("Action", strings(List.of("ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel",
                            "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel")))
                    .put("Resource", "*").build()));
        }
    }

    private void role(Hcl.Doc d, Notes notes, Role r) {
        List<String> principals = new ArrayList<>();
        for (Role.Principal p : r.trust()) principals.add(principal(p));
        if (principals.isEmpty()) principals.add("ecs-tasks.amazonaws.com");
        writeRole(d, r.name(), principals, r);
        List<Hcl.Expr> stmts = new ArrayList<>();
        // the allow statements, then the deny ones, each in the order written
        for (Role.Effect eff : List.of(Role.Effect.ALLOW, Role.Effect.DENY)) {
            for (Role.Statement st : r.statements()) {
                if (st.effect() != eff) continue;
                if (st.condition().isPresent()) {
                    notes.notGenerated("the IAM condition on '" + r.name() + "' (" + st.at() + "): written without it, narrower conditions must be added by hand");
                }
                stmts.add(obj().put("Effect", eff == Role.Effect.ALLOW ? "Allow" : "Deny")
                        .put("Action", listOrOne(st.actions()))
                        .put("Resource", listOrOne(st.resources())).build());
            }
        }
        if (!stmts.isEmpty()) policy(d, Labels.label(r.name()), facts.names().aws(r.name()), Labels.label(r.name()), stmts);
        int i = 0;
        for (String m : r.managed()) {
            d.open("resource", "aws_iam_role_policy_attachment", Labels.label(r.name()) + "_" + (++i));
            d.attr("role", raw("aws_iam_role." + Labels.label(r.name()) + ".name"));
            d.attr("policy_arn", managedArn(m));
            d.close().blank();
        }
    }

    /** The shared execution role of the ECS services without one, and the secrets they read. */
    private void executionRole(Hcl.Doc d) {
        List<SecretRefs.Arn> arns = new ArrayList<>();
        boolean any = false;
        for (ServiceFacts s : facts.services()) {
            if (!s.ecs() || s.service().executionRole().isPresent()) continue;
            any = true;
            for (Task.Secret p : s.service().secrets()) {
                arns.add(secrets.arnOf(p));
            }
        }
        if (!any) return;
        writeRole(d, EXECUTION_ROLE, List.of("ecs-tasks.amazonaws.com"), null);
        d.open("resource", "aws_iam_role_policy_attachment", Labels.label(EXECUTION_ROLE));
        d.attr("role", raw("aws_iam_role." + Labels.label(EXECUTION_ROLE) + ".name"));
        d.attr("policy_arn", "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy");
        d.close().blank();
        if (arns.isEmpty()) return;
        policy(d, Labels.label(EXECUTION_ROLE) + "_secrets", facts.names().aws(EXECUTION_ROLE + "-secrets"), Labels.label(EXECUTION_ROLE), secretStatements(arns));
    }

    /** Secrets Manager reads of the secrets, and SSM parameter reads of the parameters, each listed once. */
    private static List<Hcl.Expr> secretStatements(List<SecretRefs.Arn> arns) {
        List<SecretRefs.Arn> unique = new ArrayList<>(new LinkedHashSet<>(arns));
        List<Hcl.Expr> sm = unique.stream().filter(x -> !x.ssm()).map(SecretRefs.Arn::expr).toList();
        List<Hcl.Expr> pm = unique.stream().filter(SecretRefs.Arn::ssm).map(SecretRefs.Arn::expr).toList();
        List<Hcl.Expr> stmts = new ArrayList<>();
        if (!sm.isEmpty()) stmts.add(obj().put("Effect", "Allow").put("Action", str("secretsmanager:GetSecretValue")).put("Resource", Hcl.tuple(sm)).build());
        if (!pm.isEmpty()) stmts.add(obj().put("Effect", "Allow").put("Action", str("ssm:GetParameters")).put("Resource", Hcl.tuple(pm)).build());
        return stmts;
    }

    private static void policy(Hcl.Doc d, String label, String name, String roleLabel, List<Hcl.Expr> statements) {
        d.open("resource", "aws_iam_role_policy", label);
        d.attr("name", name);
        d.attr("role", raw("aws_iam_role." + roleLabel + ".id"));
        d.attr("policy", Hcl.jsonencode(obj().put("Version", "2012-10-17").put("Statement", Hcl.tuple(statements)).build()));
        d.close().blank();
    }

    /** A role for ECS tasks (or the principals its trust names); {@code e} is the role element it comes from, or null. */
    private void writeRole(Hcl.Doc d, String name, List<String> principals, View e) {
        String awsName = facts.names().role(name);
        d.open("resource", "aws_iam_role", Labels.label(name));
        d.attr("name", awsName);
        boolean ecsTasks = principals.equals(List.of("ecs-tasks.amazonaws.com"));
        Hcl.Expr principal = principals.size() == 1 ? str(principals.get(0)) : strings(principals);
        if (ecsTasks) secrets.needAccountId();
        // only tasks of this account may assume a task role (the confused-deputy condition ECS documents)
        d.attr("assume_role_policy", ecsTasks ? assumeRole(principal, obj().put("StringEquals", obj()
                .put("aws:SourceAccount", raw("data.aws_caller_identity.current.account_id")).build()).build()) : assumeRole(principal));
        Hcl.ObjBuilder t = obj().put("Name", awsName).put("archkit:element", name);
        if (e != null) e.tags().forEach(t::put);
        d.attr("tags", t.build());
        d.close().blank();
    }

    /** The trust policy that lets an AWS service (or several) assume a role. */
    static Hcl.Expr assumeRole(Hcl.Expr servicePrincipal) {
        return assumeRole(servicePrincipal, null);
    }

    /** The same, under a condition (null: none). */
    static Hcl.Expr assumeRole(Hcl.Expr servicePrincipal, Hcl.Expr condition) {
        return Hcl.jsonencode(obj().put("Version", "2012-10-17").put("Statement", Hcl.tuple(List.of(
                obj().put("Effect", "Allow").put("Principal", obj().put("Service", servicePrincipal).build()).put("Action", "sts:AssumeRole")
                        .put("Condition", condition).build()))).build());
    }

    private static String principal(Role.Principal trust) {
        if (trust == null) return "ecs-tasks.amazonaws.com";
        return switch (trust) {
            case EKS_PODS -> "pods.eks.amazonaws.com";
            case EC2 -> "ec2.amazonaws.com";
            case LAMBDA -> "lambda.amazonaws.com";
            case ECS_TASKS -> "ecs-tasks.amazonaws.com";
        };
    }

    private static Hcl.Expr listOrOne(List<String> items) {
        return items.size() == 1 ? str(items.get(0)) : strings(items);
    }

    private static String managedArn(String name) {
        if (name.startsWith("arn:")) return name;
        return switch (name) {
            case "AmazonECSTaskExecutionRolePolicy" -> "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy";
            case "AmazonEC2ContainerServiceforEC2Role" -> "arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role";
            default -> "arn:aws:iam::aws:policy/" + name;
        };
    }
}
