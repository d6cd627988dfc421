package dev.archkit.gen.k8s;

import dev.archkit.model.Value;
import io.fabric8.kubernetes.api.model.Quantity;

/** The model's CPU and memory values as Kubernetes quantities (millicores, MiB and GiB). */
final class Quantities {
    private Quantities() { }

    static Quantity cpu(Value.Cpu cpu) {
        long m = cpu.millicores();
        return new Quantity(m % 1000 == 0 ? Long.toString(m / 1000) : m + "m");
    }

    static Quantity memory(Value.Size size) {
        long mib = size.mib();
        return new Quantity(mib % 1024 == 0 && mib != 0 ? mib / 1024 + "Gi" : mib + "Mi");
    }

    static int seconds(Value.Duration d) {
        return (int) Math.max(1, Math.round(d.millis() / 1000.0));
    }
}
