package dev.archkit.model.view;

import dev.archkit.model.Element;
import dev.archkit.model.Location;
import dev.archkit.model.Property;
import dev.archkit.model.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An Amazon API Gateway (REST, HTTP or WebSocket API) with routes, throttling, authorizers and a VPC link. */
public record ApiGateway(Element element) implements View {

    public ApiGateway {
        Network.requireKind(Kind.APIGATEWAY, element);
    }

    public enum Type implements Word {
        REST("rest"), HTTP("http"), WEBSOCKET("websocket");
        private final String id;
        Type(String id) { this.id = id; }
        public String id() { return id; }
    }

    public enum Endpoint implements Word {
        REGIONAL("regional"), EDGE("edge"), PRIVATE("private");
        private final String id;
        Endpoint(String id) { this.id = id; }
        public String id() { return id; }
    }

    public enum AuthorizerType implements Word {
        COGNITO("cognito"), JWT("jwt"), LAMBDA("lambda"), IAM("iam");
        private final String id;
        AuthorizerType(String id) { this.id = id; }
        public String id() { return id; }
    }

    /** A route: method and path to a target, optionally behind an authorizer. */
    public record Route(String method, String path, String target, Optional<String> auth, Location at, Location targetAt) { }

    public record Authorizer(String name, AuthorizerType type, Optional<String> pool, Location at) { }

    /** Steady requests per second and burst. */
    public record Throttle(Optional<Long> rate, Optional<Long> burst, Location at) { }

    public Optional<Type> type() { return Optional.ofNullable(Fields.word(element, "type", Type.class)); }

    public Optional<Endpoint> endpoint() { return Optional.ofNullable(Fields.word(element, "endpoint", Endpoint.class)); }

    public List<Route> routes() {
        List<Route> out = new ArrayList<>();
        for (Property p : element.all("route")) {
            Value target = p.field("target");
            if (target == null || p.field("path") == null) continue;   // only in a model that failed its checks
            out.add(new Route(p.field("method").text(), p.field("path").text(), target.text(), Fields.fieldText(p, "auth"), p.location(), target.at()));
        }
        return out;
    }

    public List<Authorizer> authorizers() {
        List<Authorizer> out = new ArrayList<>();
        for (Property p : element.all("authorizer")) {
            out.add(new Authorizer(p.field("name").text(), Fields.word(p, "type", AuthorizerType.class), Fields.fieldText(p, "pool"), p.location()));
        }
        return out;
    }

    public Optional<Throttle> throttle() {
        Property p = element.property("throttle");
        return p == null ? Optional.empty()
                : Optional.of(new Throttle(Optional.ofNullable(Fields.integer(p, "rate")), Optional.ofNullable(Fields.integer(p, "burst")), p.location()));
    }

    /** The (network) load balancer of the VPC link. */
    public Optional<String> vpcLink() { return Fields.ref(element, "vpc-link"); }

    public List<String> stages() { return Fields.texts(element.value("stage")); }

    public boolean waf() { return element.flag("waf"); }

    /** Expected average requests per second, when declared. */
    public Optional<Double> rps() {
        double d = Service.number(element.property("usage") == null ? null : element.property("usage").field("rps"));
        return Double.isNaN(d) ? Optional.empty() : Optional.of(d);
    }
}
