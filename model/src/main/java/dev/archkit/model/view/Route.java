package dev.archkit.model.view;

import dev.archkit.model.Location;

import java.util.Optional;

/** A subnet's default route: to the internet gateway, through a NAT gateway (named), or none. */
public record Route(Target target, Optional<String> nat, Location at) {

    public enum Target implements Word {
        IGW("igw"), NAT("nat"), NONE("none");
        private final String id;
        Target(String id) { this.id = id; }
        public String id() { return id; }
    }

    /** Whether traffic for the internet leaves the subnet at all. */
    public boolean reachesInternet() { return target != Target.NONE; }

    /** As the language writes it: {@code igw}, {@code nat nat-a}, {@code none}. */
    public String text() { return target.id() + nat.map(n -> " " + n).orElse(""); }
}
