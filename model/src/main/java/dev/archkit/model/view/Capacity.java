package dev.archkit.model.view;

import dev.archkit.model.Location;
import dev.archkit.model.Property;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** One capacity provider in a strategy: {@code capacity fargate-spot weight 1 base 0}. */
public record Capacity(Provider provider, OptionalLong weight, OptionalLong base, Location at) {

    public enum Provider implements Word {
        FARGATE("fargate"), FARGATE_SPOT("fargate-spot"), EC2("ec2");
        private final String id;
        Provider(String id) { this.id = id; }
        public String id() { return id; }
    }

    public boolean isSpot() { return provider == Provider.FARGATE_SPOT; }

    /** The weight, or {@code dflt} when not written. */
    public long weightOr(long dflt) { return weight.orElse(dflt); }

    public long baseOr(long dflt) { return base.orElse(dflt); }

    /** The strategy written as {@code capacity} properties, in order. */
    static List<Capacity> of(List<Property> props) {
        List<Capacity> out = new ArrayList<>();
        for (Property p : props) {
            Long w = Fields.integer(p, "weight"), b = Fields.integer(p, "base");
            out.add(new Capacity(Fields.word(p, "provider", Provider.class), w == null ? OptionalLong.empty() : OptionalLong.of(w),
                    b == null ? OptionalLong.empty() : OptionalLong.of(b), p.location()));
        }
        return out;
    }
}
