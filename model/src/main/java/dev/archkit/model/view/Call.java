package dev.archkit.model.view;

import dev.archkit.model.Dependency;
import dev.archkit.model.Location;
import dev.archkit.model.Property;
import dev.archkit.model.Value;

import java.util.Optional;

/**
 * A typed view of a declared dependency: {@code from -> to} (synchronous) or {@code from ~> to}
 * (asynchronous) and how the call is made.
 */
public record Call(Dependency dependency) {

    public enum Protocol implements Word {
        HTTP("http"), HTTPS("https"), GRPC("grpc"), TCP("tcp"), SQL("sql"), REDIS("redis"), AMQP("amqp"), KAFKA("kafka"), AWS("aws");
        private final String id;
        Protocol(String id) { this.id = id; }
        public String id() { return id; }
    }

    public enum Backoff implements Word {
        NONE("none"), FIXED("fixed"), EXPONENTIAL("exponential");
        private final String id;
        Backoff(String id) { this.id = id; }
        public String id() { return id; }
    }

    /** Which failures a call retries: any error, timeouts (and errors), or only connect errors (the request never reached the callee). */
    public enum RetryOn implements Word {
        ERRORS("errors"), TIMEOUTS("timeouts"), CONNECT_ERRORS("connect-errors");
        private final String id;
        RetryOn(String id) { this.id = id; }
        public String id() { return id; }
    }

    /** Retries after the first attempt; {@code on} is empty when the retried failures are not written. */
    public record Retries(long count, Optional<Backoff> backoff, boolean jitter, Optional<RetryOn> on, Location at) { }

    /** A circuit breaker on the call, on unless written {@code circuit-breaker off}. */
    public record CircuitBreaker(boolean enabled, Optional<Value.Percent> threshold, Optional<Value.Duration> window,
                                 Optional<Value.Duration> cooldown, Location at) { }

    public String from() { return dependency.from(); }

    public String to() { return dependency.to(); }

    public boolean async() { return dependency.async(); }

    public Location location() { return dependency.location(); }

    public Optional<Protocol> protocol() {
        Value v = dependency.value("protocol");
        return v == null ? Optional.empty() : Optional.ofNullable(Word.parse(Protocol.class, v.text()));
    }

    /** The port or range called, when written (default: the callee's, a fact). */
    public Optional<Value.Ports> port() {
        return dependency.value("port") instanceof Value.Ports p ? Optional.of(p) : Optional.empty();
    }

    /** The caller's timeout per attempt. */
    public Optional<Value.Duration> timeout() {
        return dependency.value("timeout") instanceof Value.Duration d ? Optional.of(d) : Optional.empty();
    }

    /** The timeout per attempt in milliseconds, or -1 when none is written. */
    public long timeoutMillis() {
        return dependency.value("timeout") instanceof Value.Duration d ? d.millis() : -1;
    }

    public Optional<Retries> retries() {
        Property p = dependency.property("retries");
        if (p == null) return Optional.empty();
        Long n = Fields.integer(p, "count");
        return Optional.of(new Retries(n == null ? 0 : n, Optional.ofNullable(Fields.word(p, "backoff", Backoff.class)),
                Fields.flag(p, "jitter"), Optional.ofNullable(Fields.word(p, "on", RetryOn.class)), p.location()));
    }

    /** Attempts per call: one plus the retries. */
    public long attempts() {
        Property p = dependency.property("retries");
        Long n = p == null ? null : Fields.integer(p, "count");
        return 1 + (n == null ? 0 : n);
    }

    public Optional<CircuitBreaker> circuitBreaker() {
        Property p = dependency.property("circuit-breaker");
        if (p == null) return Optional.empty();
        boolean on = !(p.field("enabled") instanceof Value.BoolValue b) || b.value();
        if (!(p.value() instanceof Value.Struct)) on = !(p.value() instanceof Value.BoolValue b) || b.value();
        return Optional.of(new CircuitBreaker(on, Fields.field(p, "threshold", Value.Percent.class), Fields.field(p, "window", Value.Duration.class),
                Fields.field(p, "cooldown", Value.Duration.class), p.location()));
    }

    /** True when a circuit breaker guards the call. */
    public boolean hasCircuitBreaker() {
        Property p = dependency.property("circuit-breaker");   // read directly: asked for every call of a large model
        if (p == null) return false;
        if (p.value() instanceof Value.Struct) return !(p.field("enabled") instanceof Value.BoolValue b) || b.value();
        return !(p.value() instanceof Value.BoolValue b) || b.value();
    }

    /** Expected requests per second, when declared. */
    public Optional<Double> rps() {
        double d = Service.number(dependency.value("rps"));
        return Double.isNaN(d) ? Optional.empty() : Optional.of(d);
    }

    /** A soft dependency: the caller has a fallback and works (degraded) without it. */
    public boolean optional() {
        return dependency.value("optional") instanceof Value.BoolValue b && b.value();
    }

    /** What the call goes through (a load balancer, an API or a Cloud Map namespace). */
    public Optional<String> via() {
        return dependency.value("via") instanceof Value.Ref r ? Optional.of(r.name()) : Optional.empty();
    }

    /** Where the timeout is written ({@link Location#UNKNOWN} when it is not). */
    public Location timeoutAt() { return Fields.at(dependency.property("timeout")); }
}
