package dev.archkit.gen.terraform;

import dev.archkit.facts.Naming;
import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.model.Value;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

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

    private final TerraformInputs in;
    private final SecretRefs secrets;

    IamEmitter(TerraformInputs in, SecretRefs secrets) {
        this.in = in;
        this.secrets = secrets;
    }

    @Override public TfFile file() { return TfFile.IAM; }

    @Override
    public void emit(Hcl.Doc d, Notes notes) {
        for (Element r : in.architecture().elementsOfKind("role")) role(d, notes, r);
        executionRole(d);
    }

    private void role(Hcl.Doc d, Notes notes, Element r) {
        List<String> principals = new ArrayList<>();
        if (r.value("trust") instanceof Value.ListValue l) for (Value v : l.items()) principals.add(principal(v.text()));
        if (principals.isEmpty()) principals.add("ecs-tasks.amazonaws.com");
        writeRole(d, r.name(), in.awsName(r.name()), principals, r);
        List<Hcl.Expr> stmts = new ArrayList<>();
        for (String eff : List.of("allow", "deny")) {
            for (Property p : r.all(eff)) {
                if (p.field("condition") != null) {
                    notes.notGenerated("the IAM condition on '" + r.name() + "' (" + p.location() + "): written without it, narrower conditions must be added by hand");
                }
                stmts.add(obj().put("Effect", eff.equals("allow") ? "Allow" : "Deny")
                        .put("Action", listOrOne(p.field("actions")))
                        .put("Resource", listOrOne(p.field("on"))).build());
            }
        }
        if (!stmts.isEmpty()) policy(d, Labels.label(r.name()), in.awsName(r.name()), Labels.label(r.name()), stmts);
        int i = 0;
        for (Property m : r.all("managed")) {
            d.open("resource", "aws_iam_role_policy_attachment", Labels.label(r.name()) + "-" + (++i));
            d.attr("role", raw("aws_iam_role." + Labels.label(r.name()) + ".name"));
            d.attr("policy_arn", managedArn(m.value().text()));
            d.close().blank();
        }
    }

    /** The shared execution role of the ECS services without one, and the secrets they read. */
    private void executionRole(Hcl.Doc d) {
        List<SecretRefs.Arn> arns = new ArrayList<>();
        boolean ssm = false, any = false;
        for (Element s : in.ecsServices()) {
            if (s.string("execution-role") != null) continue;
            any = true;
            for (Property p : s.all("secret")) {
                arns.add(secrets.arnOf(p));
                ssm |= SecretRefs.fromSsm(p);
            }
        }
        if (!any) return;
        writeRole(d, EXECUTION_ROLE, in.awsName(EXECUTION_ROLE), List.of("ecs-tasks.amazonaws.com"), null);
        d.open("resource", "aws_iam_role_policy_attachment", EXECUTION_ROLE);
        d.attr("role", raw("aws_iam_role." + EXECUTION_ROLE + ".name"));
        d.attr("policy_arn", "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy");
        d.close().blank();
        if (arns.isEmpty()) return;
        List<SecretRefs.Arn> unique = new ArrayList<>(new LinkedHashSet<>(arns));
        List<Hcl.Expr> sm = unique.stream().filter(x -> !x.ssm()).map(SecretRefs.Arn::expr).toList();
        List<Hcl.Expr> pm = unique.stream().filter(SecretRefs.Arn::ssm).map(SecretRefs.Arn::expr).toList();
        List<Hcl.Expr> stmts = new ArrayList<>();
        if (!sm.isEmpty()) stmts.add(obj().put("Effect", "Allow").put("Action", str("secretsmanager:GetSecretValue")).put("Resource", Hcl.tuple(sm)).build());
        if (ssm && !pm.isEmpty()) stmts.add(obj().put("Effect", "Allow").put("Action", str("ssm:GetParameters")).put("Resource", Hcl.tuple(pm)).build());
        policy(d, EXECUTION_ROLE + "-secrets", in.awsName(EXECUTION_ROLE + "-secrets"), EXECUTION_ROLE, stmts);
    }

    private static void policy(Hcl.Doc d, String label, String name, String roleLabel, List<Hcl.Expr> statements) {
        d.open("resource", "aws_iam_role_policy", label);
        d.attr("name", name);
        d.attr("role", raw("aws_iam_role." + roleLabel + ".id"));
        d.attr("policy", Hcl.jsonencode(obj().put("Version", "2012-10-17").put("Statement", Hcl.tuple(statements)).build()));
        d.close().blank();
    }

    private static void writeRole(Hcl.Doc d, String name, String awsName, List<String> principals, Element e) {
        d.open("resource", "aws_iam_role", Labels.label(name));
        d.attr("name", Naming.limit(awsName, 64));
        d.attr("assume_role_policy", assumeRole(principals.size() == 1 ? str(principals.get(0)) : strings(principals)));
        Hcl.ObjBuilder t = obj().put("Name", Naming.limit(awsName, 64)).put("archkit:element", name);
        if (e != null) for (Property p : e.all("tag")) t.put(p.field("key").text(), p.field("value").text());
        d.attr("tags", t.build());
        d.close().blank();
    }

    /** The trust policy that lets an AWS service (or several) assume a role. */
    static Hcl.Expr assumeRole(Hcl.Expr servicePrincipal) {
        return Hcl.jsonencode(obj().put("Version", "2012-10-17").put("Statement", Hcl.tuple(List.of(
                obj().put("Effect", "Allow").put("Principal", obj().put("Service", servicePrincipal).build()).put("Action", "sts:AssumeRole").build()))).build());
    }

    private static String principal(String trust) {
        return switch (trust) {
            case "eks-pods" -> "pods.eks.amazonaws.com";
            case "ec2" -> "ec2.amazonaws.com";
            case "lambda" -> "lambda.amazonaws.com";
            default -> "ecs-tasks.amazonaws.com";
        };
    }

    private static Hcl.Expr listOrOne(Value v) {
        List<String> items = new ArrayList<>();
        if (v instanceof Value.ListValue l) for (Value x : l.items()) items.add(x.text());
        else if (v != null) items.add(v.text());
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
