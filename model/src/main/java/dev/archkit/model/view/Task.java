package dev.archkit.model.view;

import dev.archkit.model.Location;
import dev.archkit.model.Property;
import dev.archkit.model.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The parts of a service's task, as typed records: one small record per statement kind. */
public final class Task {
    private Task() { }

    public enum Metric implements Word {
        CPU("cpu"), MEMORY("memory"), REQUESTS("requests");
        private final String id;
        Metric(String id) { this.id = id; }
        public String id() { return id; }
    }

    /** A target-tracking policy: average CPU or memory in percent, or requests per target. */
    public record Scaling(Metric metric, double target, Optional<Value.Duration> cooldownIn,
                          Optional<Value.Duration> cooldownOut, Location at) { }

    /** A scheduled scaling action. */
    public record Schedule(String cron, Optional<Long> min, Optional<Long> max, Optional<String> name, Location at) { }

    public enum Strategy implements Word {
        ROLLING("rolling"), BLUE_GREEN("blue-green");
        private final String id;
        Strategy(String id) { this.id = id; }
        public String id() { return id; }
    }

    /** The deployment: rolling (with the ECS circuit breaker) or blue/green via CodeDeploy; {@code bakeTime} is the written {@code wait}. */
    public record Deploy(Strategy strategy, Optional<Value.Percent> canary, Optional<Value.Percent> linear,
                         Optional<Value.Duration> every, boolean circuitBreaker, boolean rollback,
                         Optional<Value.Percent> maxPercent, Optional<Value.Percent> minHealthy,
                         List<String> alarms, Optional<Value.Duration> bakeTime, Location at) {
        public Deploy {
            alarms = List.copyOf(alarms);
        }

        static Optional<Deploy> of(Property p) {
            if (p == null) return Optional.empty();
            return Optional.of(new Deploy(Fields.word(p, "strategy", Strategy.class),
                    Fields.field(p, "canary", Value.Percent.class), Fields.field(p, "linear", Value.Percent.class),
                    Fields.field(p, "every", Value.Duration.class), Fields.flag(p, "circuit-breaker"), Fields.flag(p, "rollback"),
                    Fields.field(p, "max-percent", Value.Percent.class), Fields.field(p, "min-healthy", Value.Percent.class),
                    Fields.texts(p.field("alarms")), Fields.field(p, "wait", Value.Duration.class), p.location()));
        }
    }

    /** The container health check: a path or a command. */
    public record Health(String check, Optional<Value.Duration> interval, Optional<Value.Duration> timeout,
                         Optional<Long> retries, Optional<Value.Duration> startPeriod, Location at) {
        static Optional<Health> of(Property p) {
            if (p == null) return Optional.empty();
            return Optional.of(new Health(p.field("check").text(), Fields.field(p, "interval", Value.Duration.class),
                    Fields.field(p, "timeout", Value.Duration.class), Optional.ofNullable(Fields.integer(p, "retries")),
                    Fields.field(p, "start-period", Value.Duration.class), p.location()));
        }
    }

    public enum ProbeType implements Word {
        LIVENESS("liveness"), READINESS("readiness"), STARTUP("startup");
        private final String id;
        ProbeType(String id) { this.id = id; }
        public String id() { return id; }
    }

    /** A Kubernetes probe. */
    public record Probe(ProbeType type, String path, Optional<Long> port, Optional<Value.Duration> delay,
                        Optional<Value.Duration> period, Optional<Value.Duration> timeout, Optional<Long> failures, Location at) {
        static List<Probe> of(List<Property> ps) {
            List<Probe> out = new ArrayList<>();
            for (Property p : ps) {
                out.add(new Probe(Fields.word(p, "type", ProbeType.class), p.field("path").text(), Optional.ofNullable(Fields.integer(p, "port")),
                        Fields.field(p, "delay", Value.Duration.class), Fields.field(p, "period", Value.Duration.class),
                        Fields.field(p, "timeout", Value.Duration.class), Optional.ofNullable(Fields.integer(p, "failures")), p.location()));
            }
            return out;
        }
    }

    /** Kubernetes resource requests or limits. */
    public record Resources(Optional<Value.Cpu> cpu, Optional<Value.Size> memory, Location at) {
        static Optional<Resources> of(Property p) {
            if (p == null) return Optional.empty();
            return Optional.of(new Resources(Fields.field(p, "cpu", Value.Cpu.class), Fields.field(p, "memory", Value.Size.class), p.location()));
        }
    }

    /** A plain environment variable; {@code valueAt} is where its value is written. */
    public record EnvVar(String name, String value, Location at, Location valueAt) { }

    public enum SecretStore implements Word {
        SECRETS_MANAGER("secretsmanager"), SSM("ssm");
        private final String id;
        SecretStore(String id) { this.id = id; }
        public String id() { return id; }
    }

    /** An environment variable read from Secrets Manager or SSM Parameter Store at start. */
    public record Secret(String name, SecretStore store, String ref, Location at) { }

    public enum LogDriver implements Word {
        AWSLOGS("awslogs"), FIRELENS("firelens"), FLUENTBIT("fluentbit"), NONE("none");
        private final String id;
        LogDriver(String id) { this.id = id; }
        public String id() { return id; }
    }

    /** Where container logs go. */
    public record Logs(LogDriver driver, Optional<String> group, Optional<Value.Duration> retention, Location at) {
        static Optional<Logs> of(Property p) {
            if (p == null) return Optional.empty();
            return Optional.of(new Logs(Fields.word(p, "driver", LogDriver.class), Fields.fieldText(p, "group"),
                    Fields.field(p, "retention", Value.Duration.class), p.location()));
        }
    }

    public enum Tracing implements Word {
        XRAY("xray"), OTEL("otel"), NONE("none");
        private final String id;
        Tracing(String id) { this.id = id; }
        public String id() { return id; }
    }

    public enum VolumeType implements Word {
        EMPTYDIR("emptydir"), EFS("efs"), EBS("ebs"), HOSTPATH("hostpath");
        private final String id;
        VolumeType(String id) { this.id = id; }
        public String id() { return id; }
    }

    /** A volume mounted in the container; {@code persistent} when its data must outlive the pod or task. */
    public record Volume(VolumeType type, Optional<String> path, Optional<Value.Size> size, boolean persistent, Location at) {
        /** Whether the volume's data outlives the pod wherever it is scheduled next (EFS, EBS). */
        public boolean durable() { return type == VolumeType.EFS || type == VolumeType.EBS; }

        static List<Volume> of(List<Property> ps) {
            List<Volume> out = new ArrayList<>();
            for (Property p : ps) {
                out.add(new Volume(Fields.word(p, "type", VolumeType.class), Fields.fieldText(p, "path"),
                        Fields.field(p, "size", Value.Size.class), Fields.flag(p, "persistent"), p.location()));
            }
            return out;
        }
    }

    /** The PodDisruptionBudget as declared: how many pods voluntary disruptions may take down at once. */
    public record Disruption(long maxUnavailable, Location at) {
        static Optional<Disruption> of(Property p) {
            if (p == null) return Optional.empty();
            return Optional.of(new Disruption(Fields.integer(p, "max-unavailable"), p.location()));
        }
    }

    /** A second container in the task. */
    public record Sidecar(String name, String image, Optional<Value.Cpu> cpu, Optional<Value.Size> memory,
                          Optional<Long> port, Location at, Location imageAt) {
        static List<Sidecar> of(List<Property> ps) {
            List<Sidecar> out = new ArrayList<>();
            for (Property p : ps) {
                out.add(new Sidecar(p.field("name").text(), p.field("image").text(), Fields.field(p, "cpu", Value.Cpu.class),
                        Fields.field(p, "memory", Value.Size.class), Optional.ofNullable(Fields.integer(p, "port")), p.location(),
                        p.field("image").at()));
            }
            return out;
        }
    }
}
