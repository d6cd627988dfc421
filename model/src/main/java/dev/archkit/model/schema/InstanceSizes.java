package dev.archkit.model.schema;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vCPUs and memory of the EC2 instance types whose sizes follow AWS's regular pattern, and
 * what an EKS node keeps of them for pods. Known: the burstable families t3, t3a, t4g (their own
 * table), and the general purpose (m), compute (c) and memory (r) families of generations 5 to 8
 * with their suffixes (m6i, c7g, r6gd...): {@code medium} is 1 vCPU, {@code large} 2,
 * {@code xlarge} 4, {@code Nxlarge} 4N, with 4, 2 and 8 GiB per vCPU. Anything else (metal, the
 * network-optimised c5n, x, z, accelerated and storage families) is unknown: empty, never a guess.
 */
public final class InstanceSizes {

    /** An instance type's vCPUs and memory, as AWS lists them. */
    public record Size(int vcpus, long memoryMib) {
        /**
         * What the EKS optimised AMI leaves for pods, at least: the memory less the kubelet's
         * reserve of 255 MiB and the 100 MiB hard eviction threshold, the CPU less the kubelet's
         * reserve (6% of the first core, 1% of the second, 0.5% of the next two, 0.25% of the
         * rest). The AMI also reserves 11 MiB per pod the node may run, which depends on the
         * instance's network interfaces (not in this catalog): left out, so the result is an
         * upper bound and a pod above it certainly does not fit.
         */
        public Allocatable allocatable() {
            long reserved = 60;
            if (vcpus >= 2) reserved += 10;
            if (vcpus >= 3) reserved += 5L * (Math.min(vcpus, 4) - 2);
            double cpu = vcpus * 1000.0 - reserved - (vcpus > 4 ? 2.5 * (vcpus - 4) : 0);
            return new Allocatable((long) Math.floor(cpu), memoryMib - KUBE_RESERVED_MIB - EVICTION_MIB);
        }
    }

    /** What pods may request on a node, in millicores and MiB. */
    public record Allocatable(long millicores, long memoryMib) { }

    /** The kubelet's fixed memory reserve and hard eviction threshold on the EKS optimised AMI. */
    public static final long KUBE_RESERVED_MIB = 255, EVICTION_MIB = 100;

    private static final Map<String, Size> BURSTABLE = Map.of(
            "nano", new Size(2, 512), "micro", new Size(2, 1024), "small", new Size(2, 2048), "medium", new Size(2, 4096),
            "large", new Size(2, 8192), "xlarge", new Size(4, 16384), "2xlarge", new Size(8, 32768));
    private static final Pattern BURSTABLE_FAMILY = Pattern.compile("t3|t3a|t4g");
    private static final Pattern REGULAR = Pattern.compile("([mcr])([5-8])([a-z-]*)");
    private static final Pattern SIZE = Pattern.compile("(medium|large|xlarge|(\\d+)xlarge)");

    private InstanceSizes() { }

    /** The vCPUs and memory of an instance type, when its family is one of the regular ones above. */
    public static Optional<Size> of(String instanceType) {
        String t = instanceType.toLowerCase(Locale.ROOT);
        int dot = t.indexOf('.');
        if (dot < 0) return Optional.empty();
        String family = t.substring(0, dot), size = t.substring(dot + 1);
        if (BURSTABLE_FAMILY.matcher(family).matches()) return Optional.ofNullable(BURSTABLE.get(size));
        Matcher f = REGULAR.matcher(family), s = SIZE.matcher(size);
        if (!f.matches() || !s.matches() || family.equals("c5n")) return Optional.empty();
        int vcpus = switch (s.group(1)) {
            case "medium" -> 1;
            case "large" -> 2;
            case "xlarge" -> 4;
            default -> 4 * Integer.parseInt(s.group(2));
        };
        long perVcpu = switch (f.group(1)) {
            case "m" -> 4096;
            case "c" -> 2048;
            default -> 8192;
        };
        return Optional.of(new Size(vcpus, vcpus * perVcpu));
    }
}
