package dev.archkit.facts;

import java.util.regex.Pattern;

/**
 * Where a container image is pulled from, read from its reference: Amazon ECR (private, in a
 * region), ECR Public, Docker Hub, or another registry. Unknown when the image is not written.
 */
public record Registry(Kind kind, String host, String region) {

    public enum Kind { ECR, ECR_PUBLIC, DOCKER_HUB, OTHER, UNKNOWN }

    public static final Registry UNKNOWN = new Registry(Kind.UNKNOWN, null, null);

    private static final Pattern ECR = Pattern.compile("\\d{12}\\.dkr\\.ecr(-fips)?\\.([a-z0-9-]+)\\.amazonaws\\.com(\\.cn)?");

    /** The registry of an image reference such as {@code 123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.2}. */
    public static Registry of(String image) {
        if (image == null || image.isBlank()) return UNKNOWN;
        int slash = image.indexOf('/');
        String first = slash < 0 ? "" : image.substring(0, slash);
        boolean host = first.contains(".") || first.contains(":") || first.equals("localhost");
        if (!host) return new Registry(Kind.DOCKER_HUB, "docker.io", null);
        if (first.equals("docker.io") || first.equals("registry-1.docker.io") || first.equals("index.docker.io")) {
            return new Registry(Kind.DOCKER_HUB, "docker.io", null);
        }
        if (first.equals("public.ecr.aws")) return new Registry(Kind.ECR_PUBLIC, first, null);
        var m = ECR.matcher(first);
        if (m.matches()) return new Registry(Kind.ECR, first, m.group(2));
        return new Registry(Kind.OTHER, first, null);
    }
}
