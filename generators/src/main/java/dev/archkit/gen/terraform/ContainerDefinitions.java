package dev.archkit.gen.terraform;

import dev.archkit.model.Secrets;
import dev.archkit.model.Value;
import dev.archkit.model.view.Service;
import dev.archkit.model.view.Task;

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

    /**
     * @param listenPort the port the service listens on (its first), or -1 when it declares none
     * @param awslogs    whether its logs go to a CloudWatch log group written for it
     */
    static List<Hcl.Expr> of(Service s, int listenPort, boolean awslogs, SecretRefs secrets, Notes notes) {
        List<Hcl.Expr> out = new ArrayList<>();
        out.add(main(s, listenPort, awslogs, secrets, notes));
        for (Task.Sidecar sc : s.sidecars()) out.add(sidecar(sc));
        return out;
    }

    private static Hcl.Expr main(Service s, int listenPort, boolean awslogs, SecretRefs secrets, Notes notes) {
        String image = s.image().map(Value.StringValue::value).orElse(null);
        Hcl.ObjBuilder c = obj().put("name", s.name()).put("image", image == null ? "REPLACE-ME:image" : image).put("essential", true);
        if (image == null) notes.notGenerated("the image of service '" + s.name() + "' (none declared; 'REPLACE-ME:image' written)");
        List<Hcl.Expr> ports = new ArrayList<>();
        for (int p : s.ports()) ports.add(obj().put("containerPort", p).put("protocol", "tcp").build());
        if (!ports.isEmpty()) c.put("portMappings", Hcl.tuple(ports));
        List<Hcl.Expr> env = new ArrayList<>();
        for (Task.EnvVar p : s.env()) {
            if (Secrets.looksSecret(p.name(), p.value())) {
                notes.notGenerated("the plain-text value of " + p.name() + " in service '" + s.name() + "' (" + p.at()
                        + "): it looks like a secret, so it is not written; keep it in Secrets Manager and write 'secret " + p.name() + " from secretsmanager \"NAME\"'");
                continue;
            }
            env.add(obj().put("name", p.name()).put("value", p.value()).build());
        }
        if (!env.isEmpty()) c.put("environment", Hcl.tuple(env));
        List<Hcl.Expr> refs = new ArrayList<>();
        for (Task.Secret p : s.secrets()) refs.add(obj().put("name", p.name()).put("valueFrom", secrets.arnOf(p).expr()).build());
        if (!refs.isEmpty()) c.put("secrets", Hcl.tuple(refs));
        if (awslogs) {
            c.put("logConfiguration", obj().put("logDriver", "awslogs").put("options", obj()
                    .put("awslogs-group", raw("aws_cloudwatch_log_group." + Labels.label(s.name()) + ".name"))
                    .put("awslogs-region", raw("var.region"))
                    .put("awslogs-stream-prefix", s.name()).build()).build());
        }
        s.health().ifPresent(h -> c.put("healthCheck", healthCheck(h, listenPort)));
        return c.build();
    }

    /** A health check path becomes a curl of the first port; anything else is run as a shell command. */
    private static Hcl.Expr healthCheck(Task.Health h, int port) {
        String check = h.check();
        String cmd = check.startsWith("/") ? "curl -f http://localhost:" + (port > 0 ? port : 80) + check + " || exit 1" : check;
        Hcl.ObjBuilder hc = obj().put("command", strings(List.of("CMD-SHELL", cmd)));
        h.interval().ifPresent(i -> hc.put("interval", i.millis() / 1000));
        h.timeout().ifPresent(t -> hc.put("timeout", t.millis() / 1000));
        h.retries().ifPresent(r -> hc.put("retries", r));
        h.startPeriod().ifPresent(sp -> hc.put("startPeriod", sp.millis() / 1000));
        return hc.build();
    }

    private static Hcl.Expr sidecar(Task.Sidecar sc) {
        Hcl.ObjBuilder c = obj().put("name", sc.name()).put("image", sc.image()).put("essential", false);
        sc.cpu().ifPresent(cc -> c.put("cpu", cc.ecsUnits()));
        sc.memory().ifPresent(mm -> c.put("memory", mm.mib()));
        sc.port().ifPresent(pp -> c.put("portMappings", Hcl.tuple(List.of(obj().put("containerPort", pp).put("protocol", "tcp").build()))));
        return c.build();
    }
}
