package dev.archkit.live.drift;

import dev.archkit.model.view.Capacity;
import dev.archkit.model.view.Cpu;
import dev.archkit.model.view.Task;

import java.util.Locale;
import java.util.Optional;

/**
 * The words AWS uses for what the model says, shared by the expectation ({@link Expected}) and the
 * comparison ({@link Drift}) so the two cannot drift apart: scaling metrics, capacity providers,
 * CPU architectures, managed policy ARNs.
 */
final class AwsWords {
    private AwsWords() { }

    /** The account id of the expected inventory (a placeholder: drift matches by name and tag, not by account). */
    static final String ACCOUNT = "123456789012";

    /** The execution role a service uses when it names none. */
    static final String DEFAULT_EXECUTION_ROLE = "ecs-task-execution";

    /** The predefined target-tracking metric of a scaling policy. */
    static String metric(Task.Metric m) {
        return switch (m) {
            case CPU -> "ECSServiceAverageCPUUtilization";
            case MEMORY -> "ECSServiceAverageMemoryUtilization";
            case REQUESTS -> "ALBRequestCountPerTarget";
        };
    }

    /** The ECS capacity provider of a strategy entry. */
    static String provider(Capacity.Provider p) {
        return p == Capacity.Provider.FARGATE_SPOT ? "FARGATE_SPOT" : p.id().toUpperCase(Locale.ROOT);
    }

    /** The task definition's CPU architecture: x86-64 unless ARM is written. */
    static String cpuArchitecture(Optional<Cpu.Arch> arch) {
        return arch.orElse(null) == Cpu.Arch.ARM64 ? "ARM64" : "X86_64";
    }

    /** The ARN of a managed policy written by name (AWS-managed) or already as an ARN. */
    static String managedPolicyArn(String name) {
        if (name.startsWith("arn:")) return name;
        return "arn:aws:iam::aws:policy/" + (name.equals("AmazonECSTaskExecutionRolePolicy") ? "service-role/" : "") + name;
    }

    static String roleArn(String liveName) {
        return "arn:aws:iam::" + ACCOUNT + ":role/" + liveName;
    }
}
