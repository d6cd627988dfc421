package dev.archkit.facts;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.model.Architecture;
import dev.archkit.model.Element;
import dev.archkit.model.view.*;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every typed view over every element of the shipped examples: each accessor answers without
 * failing, and the word enums never come back null where the model holds a word (a word the enum
 * lacks would read as null and be silently ignored).
 */
class ViewsOnExamplesTest {

    static final Map<Kind, Function<Element, View>> VIEWS = Map.ofEntries(
            Map.entry(Kind.NETWORK, Network::new), Map.entry(Kind.SUBNET, Subnet::new), Map.entry(Kind.NAT, Nat::new),
            Map.entry(Kind.SECURITYGROUP, SecurityGroup::new), Map.entry(Kind.CLUSTER, Cluster::new),
            Map.entry(Kind.NODEGROUP, NodeGroup::new), Map.entry(Kind.SERVICE, Service::new), Map.entry(Kind.FUNCTION, dev.archkit.model.view.Function::new),
            Map.entry(Kind.LOADBALANCER, LoadBalancer::new), Map.entry(Kind.APIGATEWAY, ApiGateway::new), Map.entry(Kind.CLOUDMAP, CloudMap::new),
            Map.entry(Kind.ROLE, Role::new), Map.entry(Kind.DATABASE, Database::new), Map.entry(Kind.CACHE, Cache::new),
            Map.entry(Kind.TABLE, Table::new), Map.entry(Kind.SEARCH, Search::new), Map.entry(Kind.BUCKET, Bucket::new),
            Map.entry(Kind.QUEUE, Queue::new), Map.entry(Kind.TOPIC, Topic::new), Map.entry(Kind.EVENTBUS, EventBus::new),
            Map.entry(Kind.EXTERNAL, External::new), Map.entry(Kind.ALARM, Alarm::new), Map.entry(Kind.ENDPOINT, dev.archkit.model.view.Endpoint::new),
            Map.entry(Kind.NACL, dev.archkit.model.view.NetworkAcl::new));

    static List<Architecture> examples() throws Exception {
        Path dir = Path.of("../examples");
        List<Architecture> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".arch")).sorted().toList()) {
                var r = ModelBuilder.build(p);
                if (r.architecture() == null) continue;   // a fragment imported by another file
                out.add(r.architecture());
                for (var env : r.architecture().environments()) out.add(r.architecture().forEnvironment(env.name()));
            }
        }
        return out;
    }

    @Test
    void everyAccessorOfEveryViewAnswersOnTheExamples() throws Exception {
        List<Architecture> archs = examples();
        assertThat(archs).hasSizeGreaterThan(5);
        int calls = 0;
        for (Architecture a : archs) {
            for (Element e : a.allElements()) {
                Kind k = Kind.of(e);
                assertThat(k).as(e.kind()).isNotNull();
                View v = VIEWS.get(k).apply(e);
                calls += callAll(v, e);
            }
            for (var d : a.dependencies()) calls += callAll(new Call(d), null);
            calls += callAll(new Settings(a), null);
        }
        assertThat(calls).isGreaterThan(1000);
    }

    private static int callAll(Object view, Element e) throws Exception {
        int n = 0;
        for (Method m : view.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) continue;
            Object r = m.invoke(view);
            n++;
            if (r instanceof java.util.Optional<?> o && o.isPresent() && o.get() instanceof Enum<?>) continue;
            if (m.getReturnType().isEnum()) assertThat(r).as(view.getClass().getSimpleName() + "." + m.getName() + " of " + (e == null ? "" : e.name())).isNotNull();
        }
        return n;
    }

    @Test
    void servicesOfTheFintechExampleReadAsWritten() throws Exception {
        Architecture a = ModelBuilder.build(Path.of("../examples/fintech.arch")).architecture();
        Service user = new Service(a.element("user-service"));
        assertThat(user.ports()).isNotEmpty();
        assertThat(user.subnets().names()).isNotEmpty();
        assertThat(user.subnets().at().line()).isPositive();
        Facts f = Facts.of(a);
        assertThat(f.service("user-service").ecs()).isTrue();
    }
}
