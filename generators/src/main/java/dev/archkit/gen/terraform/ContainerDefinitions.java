package dev.archkit.gen.terraform;

import dev.archkit.model.Element;
import dev.archkit.model.Property;
import dev.archkit.model.Secrets;
import dev.archkit.model.Value;

import java.util.ArrayList;
import java.util.List;

import static dev.archkit.gen.terraform.Hcl.obj;
import static dev.archkit.gen.terraform.Hcl.raw;
import static dev.archkit.gen.terraform.Hcl.strings;

/**
 * The container definitions of a service's task: its own container (image, ports, environment,
 * secrets by reference, logs, health check) and its sidecars. A plain-text environment value that
 * looks like a secret is left out and noted.
 */
final class ContainerDefinitions {
    private ContainerDefinitions() { }

    static List<Hcl.Expr> of(Element s, boolean awslogs, SecretRefs secrets, Notes notes) {
        List<Hcl.Expr> out = new ArrayList<>();
        out.add(main(s, awslogs, secrets, notes));
        for (Property sc : s.all("sidecar")) out.add(sidecar(sc));
        return out;
    }

    private static Hcl.Expr main(Element s, boolean awslogs, SecretRefs secrets, Notes notes) {
        Hcl.ObjBuilder c = obj().put("name", s.name()).put("image", s.string("image") == null ? "REPLACE-ME:image" : s.string("image")).put("essential", true);
        if (s.string("image") == null) notes.notGenerated("the image of service '" + s.name() + "' (none declared; 'REPLACE-ME:image' written)");
        List<Hcl.Expr> ports = new ArrayList<>();
        for (long p : TerraformInputs.containerPorts(s)) ports.add(obj().put("containerPort", p).put("protocol", "tcp").build());
        if (!ports.isEmpty()) c.put("portMappings", Hcl.tuple(ports));
        List<Hcl.Expr> env = new ArrayList<>();
        for (Property p : s.all("env")) {
            String n = p.field("name").text(), v = p.field("value").text();
            if (Secrets.looksSecret(n, v)) {
                notes.notGenerated("the plain-text value of " + n + " in service '" + s.name() + "' (" + p.location()
                        + "): it looks like a secret, so it is not written; keep it in Secrets Manager and write 'secret " + n + " from secretsmanager \"NAME\"'");
                continue;
            }
            env.add(obj().put("name", n).put("value", v).build());
        }
        if (!env.isEmpty()) c.put("environment", Hcl.tuple(env));
        List<Hcl.Expr> refs = new ArrayList<>();
        for (Property p : s.all("secret")) {
            refs.add(obj().put("name", p.field("name").text()).put("valueFrom", secrets.arnOf(p).expr()).build());
        }
        if (!refs.isEmpty()) c.put("secrets", Hcl.tuple(refs));
        if (awslogs) {
            c.put("logConfiguration", obj().put("logDriver", "awslogs").put("options", obj()
                    .put("awslogs-group", raw("aws_cloudwatch_log_group." + Labels.label(s.name()) + ".name"))
                    .put("awslogs-region", raw("var.region"))
                    .put("awslogs-stream-prefix", s.name()).build()).build());
        }
        Property h = s.property("health");
        if (h != null) c.put("healthCheck", healthCheck(s, h));
        return c.build();
    }

    /** A health check path becomes a curl of the first port; anything else is run as a shell command. */
    private static Hcl.Expr healthCheck(Element s, Property h) {
        String check = h.field("check").text();
        int port = TerraformInputs.firstPort(s);
        String cmd = check.startsWith("/") ? "curl -f http://localhost:" + (port > 0 ? port : 80) + check + " || exit 1" : check;
        Hcl.ObjBuilder hc = obj().put("command", strings(List.of("CMD-SHELL", cmd)));
        if (h.field("interval") instanceof Value.Duration i) hc.put("interval", i.millis() / 1000);
        if (h.field("timeout") instanceof Value.Duration t) hc.put("timeout", t.millis() / 1000);
        if (h.field("retries") instanceof Value.IntValue r) hc.put("retries", r.value());
        if (h.field("start-period") instanceof Value.Duration sp) hc.put("startPeriod", sp.millis() / 1000);
        return hc.build();
    }

    private static Hcl.Expr sidecar(Property sc) {
        Hcl.ObjBuilder c = obj().put("name", sc.field("name").text()).put("image", sc.field("image").text()).put("essential", false);
        if (sc.field("cpu") instanceof Value.Cpu cc) c.put("cpu", cc.ecsUnits());
        if (sc.field("memory") instanceof Value.Size mm) c.put("memory", mm.mib());
        if (sc.field("port") instanceof Value.IntValue pp) {
            c.put("portMappings", Hcl.tuple(List.of(obj().put("containerPort", pp.value()).put("protocol", "tcp").build())));
        }
        return c.build();
    }
}
