package dev.archkit.lang;

import dev.archkit.lang.ast.Stmt;
import dev.archkit.lang.ast.Tok;
import dev.archkit.model.Dependency;
import dev.archkit.model.Element;
import dev.archkit.model.Environment;
import dev.archkit.model.Location;
import dev.archkit.model.Property;
import dev.archkit.model.Value;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.model.diag.Diagnostics;
import dev.archkit.model.schema.KindSpec;
import dev.archkit.model.schema.PropertySpec;
import dev.archkit.model.schema.Schema;
import dev.archkit.model.schema.Slot;
import dev.archkit.model.schema.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scope stage: the statements of the architecture block (with those of its imports) to
 * elements, properties, dependencies and environments, checked against the schema. Each declared
 * name goes into its {@link Scope} (the architecture's, or an environment's), each reference read
 * into that scope's list, for the {@link Resolver}. Reports what is wrong and builds what it can.
 */
final class Declarations {

    /** What either end of a dependency refers to. */
    private static final Type NODE_REF = Type.ref(Schema.nodeKinds().toArray(String[]::new));

    private final Diagnostics diags;
    private final Scope base = new Scope();
    private final Map<String, Scope> envScopes = new LinkedHashMap<>();
    private Scope scope = base;
    private final SignatureMatcher matcher;
    private final PropertyReader properties;

    final List<Property> archProps = new ArrayList<>();
    final List<Element> elements = new ArrayList<>();
    final List<Dependency> deps = new ArrayList<>();
    final List<Environment> envs = new ArrayList<>();
    private final Map<String, List<Dependency>> envDeps = new HashMap<>();
    /** Inline roles of the top-level element being read, declared beside it once it is done. */
    private final List<Element> pendingRoles = new ArrayList<>();

    Declarations(Diagnostics diags) {
        this.diags = diags;
        this.matcher = new SignatureMatcher(diags, new ValueParser(diags, r -> scope.refer(r)));
        this.properties = new PropertyReader(diags, matcher);
    }

    /** The architecture's names and references. */
    Scope base() { return base; }

    /** Each environment's own names and references, in the order declared. */
    Map<String, Scope> environments() { return envScopes; }

    private final KindSpec arch = Schema.kind(Schema.ARCHITECTURE);
    private final Map<String, Property> archSeen = new HashMap<>();
    private final List<Stmt.Environment> envDecls = new ArrayList<>();

    /** Reads one statement of the architecture's body, in the order written; environments wait for {@link #finish}. */
    void statement(Stmt s) {
        if (s instanceof Stmt.Environment e) envDecls.add(e);
        else statement(s, arch, null, archProps, elements, deps, archSeen, null);
    }

    /** Reads the environments, once every other statement of the body is read. */
    void finish() {
        Set<String> envNames = new HashSet<>();
        for (Stmt.Environment e : envDecls) {
            if (!envNames.add(e.name().text())) {
                diags.error("duplicate", e.name().location(), "environment '" + e.name().text() + "' is declared twice",
                        "merge the two blocks");
                continue;
            }
            envs.add(environment(e));
        }
    }

    private Environment environment(Stmt.Environment e) {
        String name = e.name().text();
        Scope own = base.child();
        envScopes.put(name, own);
        scope = own;
        List<Property> props = new ArrayList<>();
        List<Element> els = new ArrayList<>();
        List<Dependency> ds = new ArrayList<>();
        KindSpec env = Schema.kind(Schema.ENVIRONMENT);
        Map<String, Property> seen = new HashMap<>();
        if (e.block() != null) {
            for (Stmt s : e.block().statements()) {
                if (s instanceof Stmt.Environment inner) {
                    diags.error("nesting", inner.location(), "an environment cannot be declared inside another", null);
                    continue;
                }
                statement(s, env, null, props, els, ds, seen, name);
            }
        }
        ds.addAll(envDeps.getOrDefault(name, List.of()));
        scope = base;
        for (Element o : els) {
            Element declared = base.lookup(o.kind(), o.name());
            if (declared != null && !declared.kind().equals(o.kind())) {
                diags.add(Diagnostic.error("kind-mismatch", o.location(), "'" + o.name() + "' is a " + declared.kind()
                        + " in the architecture, not a " + o.kind()).withRelated(declared.location(), "declared here"));
            }
        }
        return new Environment(name, e.name().location(), props, els, ds);
    }

    /** One statement inside a block owned by {@code owner} (an element name, or null). */
    private void statement(Stmt s, KindSpec ks, String owner, List<Property> props, List<Element> children,
                           List<Dependency> edges, Map<String, Property> seen, String env) {
        if (s instanceof Stmt.Import imp) {
            diags.error("syntax", imp.location(), "'import' belongs at the top of a file, outside every block", null);
        } else if (s instanceof Stmt.Architecture a) {
            diags.error("nesting", a.location(), "an architecture cannot be declared inside a block", null);
        } else if (s instanceof Stmt.Environment e) {
            diags.error("nesting", e.location(), "environments are declared in the architecture, not in a " + ks.kind(), null);
        } else if (s instanceof Stmt.Edge e) {
            edge(e, ks, owner, edges);
        } else if (s instanceof Stmt.Entry e) {
            entry(e, ks, owner, props, children, seen, env);
        }
    }

    private static boolean allowsChild(KindSpec ks, String kind) {
        if (ks.kind().equals(Schema.ARCHITECTURE) || ks.kind().equals(Schema.ENVIRONMENT)) {
            return Schema.topLevelKinds().contains(kind);
        }
        return ks.children().contains(kind);
    }

    private void entry(Stmt.Entry e, KindSpec ks, String owner, List<Property> props, List<Element> children,
                       Map<String, Property> seen, String env) {
        String key = e.key().text();
        if (allowsChild(ks, key)) {
            Element el = element(e, Schema.kind(key), owner, env);
            if (el != null) children.add(el);
            if (ks.kind().equals(Schema.ARCHITECTURE) || ks.kind().equals(Schema.ENVIRONMENT)) {
                // inline roles ('role { allow ... }' in a service) are declared beside their service
                children.addAll(pendingRoles);
                pendingRoles.clear();
            }
            return;
        }
        PropertySpec spec = ks.property(key);
        if (spec == null) {
            properties.unknownKey(e, ks);
            return;
        }
        if (e.block() != null) {
            if ((key.equals("role") || key.equals("execution-role")) && ks.kind().equals("service") && e.values().isEmpty()) {
                inlineRole(e, owner, key, props, seen, env);
                return;
            }
            diags.error("syntax", e.block().open(), "'" + key + "' takes no block", "write its values on the same line: " + key + " " + spec.signature().usage());
            return;
        }
        properties.add(spec, e.key(), e.values(), ks, props, seen);
    }

    private static Location end(Location l) {
        return new Location(l.file(), l.line(), l.column() + Math.max(1, l.length()), 1);
    }

    private void inlineRole(Stmt.Entry e, String owner, String key, List<Property> props, Map<String, Property> seen, String env) {
        String roleName = owner + "." + (key.equals("role") ? "task-role" : "execution-role");
        Tok nameTok = new Tok(roleName, Tok.Type.WORD, e.key().sourceFile(), e.key().sourcePosition());   // written at the key
        Element role = buildElement(Schema.kind("role"), nameTok, List.of(), e.block(), owner, env);
        if (role == null) return;
        scope.declare(role, diags);
        // the role becomes a top-level element of its scope; the service refers to it
        pendingRoles.add(role);
        Property p = new Property(key, new Value.Ref(roleName, nameTok.sourceFile(), nameTok.sourcePosition()), nameTok.sourceFile(), nameTok.sourcePosition());
        if (seen.containsKey(key)) {
            diags.add(Diagnostic.error("duplicate", e.key().location(), "'" + key + "' is set twice")
                    .withRelated(seen.get(key).location(), "first set here"));
            return;
        }
        seen.put(key, p);
        props.add(p);
    }

    private Element element(Stmt.Entry e, KindSpec ks, String parent, String env) {
        if (e.values().isEmpty() || !e.values().get(0).isWord()) {
            Location at = e.values().isEmpty() ? end(e.key().location()) : e.values().get(0).location();
            diags.error("missing-name", at, "a " + ks.kind() + " needs a name", "write it as: " + ks.kind() + " NAME { ... }");
            return null;
        }
        Tok name = e.values().get(0);
        Element el = buildElement(ks, name, e.values().subList(1, e.values().size()), e.block(), parent, env);
        scope.declare(el, diags);
        return el;
    }

    private Element buildElement(KindSpec ks, Tok name, List<Tok> inline, Stmt.Block block, String parent, String env) {
        List<Property> props = new ArrayList<>();
        Map<String, Property> seen = new HashMap<>();
        boolean inlineFailed = false;
        if (!inline.isEmpty()) {
            if (ks.inline().slots().isEmpty()) {
                diags.error("unexpected-value", inline.get(0).location(), "unexpected '" + inline.get(0).source() + "' after the name of a "
                        + ks.kind(), "put properties in the block: " + ks.kind() + " " + name.text() + " { ... }");
            } else {
                SignatureMatcher.Fields f = matcher.match(ks.inline(), inline, SignatureMatcher.Subject.element(ks.kind(), name.text(), name));
                inlineFailed = f == null;
                if (f != null) for (int i = 0; i < f.size(); i++) {
                    Property p = new Property(f.name(i), f.value(i), f.value(i).sourceFile(), f.value(i).sourcePosition());
                    props.add(p);
                    seen.put(f.name(i), p);
                }
            }
        } else if (!ks.inline().slots().isEmpty() && block == null) {
            matcher.match(ks.inline(), inline, SignatureMatcher.Subject.element(ks.kind(), name.text(), name));
        }
        List<Element> kids = new ArrayList<>();
        List<Dependency> edges = new ArrayList<>();
        if (block != null) {
            for (Stmt s : block.statements()) statement(s, ks, name.text(), props, kids, edges, seen, env);
        }
        if (block != null && !inlineFailed && !ks.inline().slots().isEmpty() && env == null) {
            // required inline parts may also come from the block
            for (var slot : ks.inline().slots()) {
                boolean required = slot.kind() == Slot.Kind.POSITIONAL || slot.kind() == Slot.Kind.REQUIRED;
                if (required && !seen.containsKey(slot.name())) {
                    diags.error("missing-value", name.location(), "the " + ks.kind() + " '" + name.text() + "' needs its " + slot.name(),
                            "write it as: " + ks.kind() + " " + name.text() + " " + ks.inline().usage());
                }
            }
        }
        if (!edges.isEmpty()) {
            if (env == null) deps.addAll(edges);
            else envDeps.computeIfAbsent(env, k -> new ArrayList<>()).addAll(edges);
        }
        return new Element(ks.kind(), name.text(), parent, name.location(), props, kids);
    }

    private void edge(Stmt.Edge e, KindSpec ks, String owner, List<Dependency> edges) {
        boolean inArch = ks.kind().equals(Schema.ARCHITECTURE) || ks.kind().equals(Schema.ENVIRONMENT);
        Tok source = e.source();
        if (source == null) {
            if (inArch || !ks.isNode()) {
                diags.error("syntax", e.location(), "a dependency needs its caller here", "write it as: caller -> callee");
                return;
            }
            source = new Tok(owner, Tok.Type.WORD, e.location());
        } else if (!inArch && !source.text().equals(owner)) {
            if (!ks.isNode()) {
                diags.error("misplaced", source.location(), "dependencies are declared in the architecture or in the caller's block", null);
                return;
            }
            diags.error("misplaced", source.location(), "a dependency inside '" + owner + "' starts from '" + owner + "'",
                    "write '-> " + e.targets().get(0).text() + "', or move the line to the architecture");
            return;
        }
        KindSpec dep = Schema.kind(Schema.DEPENDENCY);
        List<Property> props = new ArrayList<>();
        Map<String, Property> seen = new HashMap<>();
        if (!e.attrs().isEmpty()) properties.edgeAttributes(e.attrs(), dep, props, seen);
        if (e.block() != null) {
            for (Stmt s : e.block().statements()) {
                if (s instanceof Stmt.Entry en) {
                    entry(en, dep, null, props, new ArrayList<>(), seen, null);
                } else {
                    diags.error("syntax", s.location(), "a dependency's block holds its properties only", null);
                }
            }
        }
        scope.refer(new PendingRef(new Value.Ref(source.text(), source.sourceFile(), source.sourcePosition()), NODE_REF));
        Location from = source.location();
        for (Tok t : e.targets()) {
            scope.refer(new PendingRef(new Value.Ref(t.text(), t.sourceFile(), t.sourcePosition()), NODE_REF));
            Location at = t.location();
            if (t.text().equals(source.text())) {
                diags.error("self-dependency", at, "'" + t.text() + "' depends on itself", "remove the line");
                continue;
            }
            edges.add(new Dependency(source.text(), t.text(), e.async(), at, from, at, props));
        }
    }
}
