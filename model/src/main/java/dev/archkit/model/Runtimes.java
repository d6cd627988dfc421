package dev.archkit.model;

import java.util.List;

/** Where a service runs, for everything that prices, draws or generates it. */
public final class Runtimes {
    private Runtimes() { }

    /**
     * The service's runtime: as written, else its cluster's orchestrator (eks, swarm,
     * beanstalk), else "ec2" for an ECS cluster whose capacity is EC2 only, else "fargate".
     */
    public static String of(Architecture a, Element service) {
        String r = service.string("runtime");
        if (r != null) return r;
        Element c = service.string("cluster") == null ? null : a.element(service.string("cluster"));
        if (c == null) return "fargate";
        String type = c.string("type");
        if (type != null && !type.equals("ecs")) return type;
        List<Property> caps = c.all("capacity");
        boolean onlyEc2 = !caps.isEmpty() && caps.stream().allMatch(x -> "ec2".equals(x.field("provider").text()));
        return onlyEc2 ? "ec2" : "fargate";
    }
}
