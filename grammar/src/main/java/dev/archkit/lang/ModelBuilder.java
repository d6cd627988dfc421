package dev.archkit.lang;

import dev.archkit.model.Suggest;
import dev.archkit.lang.ast.Stmt;
import dev.archkit.lang.ast.Tok;
import dev.archkit.model.Architecture;
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
import dev.archkit.model.schema.Signature;
import dev.archkit.model.schema.Slot;
import dev.archkit.model.schema.Type;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Text to model: reads the root file and its imports, parses them, checks every statement
 * against the schema, resolves references (so declaration order never matters) and runs the
 * semantic checks of the language. Never throws for bad input: everything wrong is a
 * {@link Diagnostic}, all of them in one run.
 */
public final class ModelBuilder {

    /** Reads a file's text; the default reads from disk. */
    @FunctionalInterface
    public interface SourceLoader {
        String load(String path) throws IOException;
    }

    /**
     * The outcome: the architecture (null when there is none to build), every diagnostic, and the
     * root file as parsed (null when it could not be read).
     */
    public record Result(Architecture architecture, List<Diagnostic> diagnostics, Map<String, String> sources, Timings timings,
                         SourceParser.Parsed root) {
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /**
     * Milliseconds spent reading and parsing, building and resolving, and in the semantic checks.
     * A large file's elements and dependencies are built while it is parsed: that counts as parsing.
     */
    public record Timings(long parseMillis, long buildMillis, long checkMillis) { }

    public static final SourceLoader DISK = p -> Files.readString(Path.of(p));

    private final SourceLoader loader;
    private final Diagnostics diags = new Diagnostics();
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, SourceParser.Parsed> parsed = new LinkedHashMap<>();
    private final List<ValueParser.PendingRef> baseRefs = new ArrayList<>();
    private final Map<String, List<ValueParser.PendingRef>> envRefs = new HashMap<>();
    private List<ValueParser.PendingRef> currentRefs = baseRefs;
    private final ValueParser values = new ValueParser(diags, r -> currentRefs.add(r));
    // name -> element, per scope (null = base)
    private final Map<String, Element> baseNames = new HashMap<>();
    private Map<String, Element> scopeNames = baseNames;

    private Map<String, SourceParser.Parsed> preParsed = Map.of();
    private long parseNanos, buildNanos, checkNanos;

    private ModelBuilder(SourceLoader loader) {
        this.loader = loader;
    }

    public static Result build(Path root) {
        return build(root.toString(), DISK);
    }

    public static Result build(String root, SourceLoader loader) {
        return build(root, loader, Map.of());
    }

    /**
     * Builds from {@code root}; files already parsed (e.g. by a caller that looked for the
     * 'architecture' block) are taken from {@code preParsed} instead of being parsed again.
     */
    public static Result build(String root, SourceLoader loader, Map<String, SourceParser.Parsed> preParsed) {
        ModelBuilder b = new ModelBuilder(loader);
        b.preParsed = preParsed;
        Architecture a;
        try {
            a = b.run(root);
        } catch (RuntimeException | StackOverflowError e) {
            b.diags.add(Diagnostic.error("internal", new Location(root, 0, 0, 0),
                    "internal error while reading " + root + ": " + e)
                    .withHint("this is a bug in archkit, not in your file; please report it with the file"));
            a = null;
        }
        return new Result(a, b.diags.sorted(), Map.copyOf(b.sources), new Timings(ms(b.parseNanos), ms(b.buildNanos), ms(b.checkNanos)),
                b.parsed.get(root));
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /** Parses text without reading anything else (imports are reported as unreadable). */
    public static Result buildText(String file, String text) {
        return build(file, p -> {
            if (p.equals(file)) return text;
            throw new NoSuchFileException(p);
        });
    }

    // ---- files and imports ------------------------------------------------------------------

    private Architecture run(String root) {
        long t0 = System.nanoTime();
        SourceParser.Parsed pre = preParsed.get(root);
        if (pre != null && pre.complete()) {
            load(pre, new ArrayList<>());
            parseNanos = System.nanoTime() - t0;
            return assemble(root);
        }
        String rootText;
        try {
            rootText = loader.load(root);
        } catch (IOException e) {
            diags.error("io", new Location(root, 0, 0, 0), "cannot read " + root + ": " + reason(e));
            return null;
        }
        load(root, rootText, new ArrayList<>());
        parseNanos = System.nanoTime() - t0;
        return assemble(root);
    }

    private void load(String file, String text, List<String> stack) {
        SourceParser.Parsed p = preParsed.get(file);
        if (p != null && p.complete()) {
            load(p, stack);
            return;
        }
        if (parsed.isEmpty() && SourceParser.streams(text)) {   // a large root file
            p = stream(file, text);
            if (p != null) {
                load(p, stack);
                return;
            }
        }
        load(SourceParser.parse(file, text), stack);
    }

    /**
     * Parses a large root file and builds its elements and dependencies while it is parsed, each
     * half of the file into a builder of its own, so that no statement outlives its building (on a
     * large model the statements were a third of what the garbage collector copied). The builders
     * are merged as {@link #buildInTwo} merges its halves; everything else of the architecture
     * block (its properties, environments) stays in the parsed block, built later as always.
     * Null, with nothing kept, when the file does not parse in halves without error.
     */
    private SourceParser.Parsed stream(String file, String text) {
        ModelBuilder first = new ModelBuilder(loader), second = new ModelBuilder(loader);
        first.deferred = new ArrayList<>();
        second.deferred = new ArrayList<>();
        SourceParser.Parsed p = SourceParser.parseStreaming(file, text, first::buildNow, second::buildNow);
        if (p == null) return null;
        absorb(first);
        absorb(second);
        return p;
    }

    /** Builds a statement of the architecture block now if it is an element or a dependency. */
    private boolean buildNow(Stmt s) {
        KindSpec arch = Schema.kind(Schema.ARCHITECTURE);
        if (s instanceof Stmt.Edge || s instanceof Stmt.Entry en && allowsChild(arch, en.key().text())) {
            statement(s, arch, null, archProps, elements, deps, new HashMap<>(), null);
            return true;
        }
        return false;
    }

    private void load(SourceParser.Parsed p, List<String> stack) {
        String file = p.file();
        sources.put(file, p.text());
        parsed.put(file, p);
        diags.addAll(p.diagnostics());
        stack.add(file);
        for (Stmt s : p.statements()) {
            if (!(s instanceof Stmt.Import imp)) continue;
            String target = resolveImport(file, imp.path().text());
            if (stack.contains(target)) {
                List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(target), stack.size()));
                cycle.add(target);
                diags.error("import-cycle", imp.path().location(), "import cycle: " + String.join(" -> ", cycle),
                        "remove one of these imports; shared declarations belong in a file that imports nothing of them");
                continue;
            }
            if (parsed.containsKey(target)) continue;
            if (preParsed.containsKey(target)) {
                load(preParsed.get(target), stack);
                continue;
            }
            String t;
            try {
                t = loader.load(target);
            } catch (IOException e) {
                String hint = null;
                Path dir = Path.of(target).getParent();
                try {
                    if (dir != null && Files.isDirectory(dir)) {
                        List<String> names = new ArrayList<>();
                        try (var list = Files.list(dir)) {
                            list.filter(x -> x.toString().endsWith(".arch")).forEach(x -> names.add(x.getFileName().toString()));
                        }
                        String m = Suggest.closest(Path.of(imp.path().text()).getFileName().toString(), names);
                        if (m != null) hint = "did you mean \"" + m + "\"?";
                    }
                } catch (IOException | RuntimeException ignored) {
                    // no suggestion then
                }
                diags.error("import", imp.path().location(), "cannot import \"" + imp.path().text() + "\": " + reason(e),
                        hint != null ? hint : "paths are relative to the importing file");
                continue;
            }
            load(target, t, stack);
        }
        stack.remove(stack.size() - 1);
    }

    private static String resolveImport(String from, String path) {
        Path base = Path.of(from).getParent();
        Path p = base == null ? Path.of(path) : base.resolve(path);
        return p.normalize().toString();
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.charset.MalformedInputException) return "not UTF-8 text";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    // ---- assembling the architecture ----------------------------------------------------------

    private final List<Element> elements = new ArrayList<>();
    private final List<Dependency> deps = new ArrayList<>();
    private final List<Property> archProps = new ArrayList<>();
    private final List<Environment> envs = new ArrayList<>();

    private Architecture assemble(String root) {
        long start = System.nanoTime();
        try {
            return assembleAll(root);
        } finally {
            buildNanos = System.nanoTime() - start - checkNanos;
        }
    }

    private Architecture assembleAll(String root) {
        Stmt.Architecture decl = null;
        List<Stmt> body = new ArrayList<>();
        for (SourceParser.Parsed p : parsed.values()) {
            for (Stmt s : p.statements()) {
                if (s instanceof Stmt.Import) continue;
                if (s instanceof Stmt.Architecture a) {
                    if (decl != null) {
                        diags.add(Diagnostic.error("duplicate", a.name().location(),
                                "a second architecture '" + a.name().text() + "'; an architecture and its imports declare one")
                                .withRelated(decl.name().location(), "the architecture '" + decl.name().text() + "' is declared here")
                                .withHint("leave out the 'architecture' line in imported files: their declarations join the importing architecture"));
                        continue;
                    }
                    decl = a;
                    if (a.block() != null) body.addAll(a.block().statements());
                } else {
                    body.add(s);
                }
            }
        }
        if (decl == null) {
            if (!diags.hasErrors()) {
                diags.error("no-architecture", new Location(root, 1, 1, 1), "no 'architecture' block in " + root + " or its imports",
                        "wrap the declarations in 'architecture NAME { ... }', or check the file that imports this one");
            }
            return null;
        }
        KindSpec arch = Schema.kind(Schema.ARCHITECTURE);
        Map<String, Property> seen = new HashMap<>();
        List<Stmt.Environment> envDecls = new ArrayList<>();
        List<Stmt> rest = new ArrayList<>();
        for (Stmt s : body) {
            if (s instanceof Stmt.Environment e) envDecls.add(e);
            else rest.add(s);
        }
        if (rest.size() < PARALLEL_FROM) {
            for (Stmt s : rest) statement(s, arch, null, archProps, elements, deps, seen, null);
        } else {
            buildInTwo(rest, arch, seen);
        }
        Set<String> envNames = new HashSet<>();
        for (Stmt.Environment e : envDecls) {
            if (!envNames.add(e.name().text())) {
                diags.error("duplicate", e.name().location(), "environment '" + e.name().text() + "' is declared twice",
                        "merge the two blocks");
                continue;
            }
            envs.add(environment(e));
        }
        resolve(baseRefs, baseNames, null);
        long t1 = System.nanoTime();
        List<String> files = new ArrayList<>(parsed.keySet());
        Architecture a = new Architecture(decl.name().text(), decl.name().location(), archProps, elements, deps, envs, files, null);
        new Semantics(diags).check(a);
        checkNanos = System.nanoTime() - t1;
        return a;
    }

    /** What either end of a dependency refers to. */
    private static final Type NODE_REF = Type.ref(Schema.nodeKinds().toArray(String[]::new));

    /** Top-level statements from this many on are built on two threads. */
    static int PARALLEL_FROM = 4000;   // not final: a test compares both ways of building

    /**
     * Builds a long list of top-level statements on two threads. The architecture's own
     * properties are built here (their duplicates are checked across the whole list); elements
     * and edges are cut in two contiguous halves, the second built by a worker with its own
     * diagnostics, references and lists. The worker's results are then appended after the first
     * half's, and its names registered in the order it declared them, so the model, the
     * duplicate errors and every list come out exactly as a one-thread build makes them.
     */
    private void buildInTwo(List<Stmt> statements, KindSpec arch, Map<String, Property> seen) {
        List<Stmt> parts = new ArrayList<>();
        for (Stmt s : statements) {
            if (s instanceof Stmt.Entry en && !allowsChild(arch, en.key().text())) statement(s, arch, null, archProps, elements, deps, seen, null);
            else parts.add(s);
        }
        int cut = parts.size() / 2;
        ModelBuilder worker = new ModelBuilder(loader);
        worker.deferred = new ArrayList<>();
        List<Stmt> second = parts.subList(cut, parts.size());
        java.util.concurrent.CompletableFuture<Void> done = java.util.concurrent.CompletableFuture.runAsync(() -> {
            Map<String, Property> none = new HashMap<>();
            for (Stmt s : second) worker.statement(s, arch, null, worker.archProps, worker.elements, worker.deps, none, null);
        });
        for (Stmt s : parts.subList(0, cut)) statement(s, arch, null, archProps, elements, deps, seen, null);
        done.join();
        absorb(worker);
    }

    /**
     * Appends what a worker built (with deferred registration) after what this builder holds, and
     * registers its names in the order it declared them: the model, the duplicate errors and every
     * list come out as one builder would make them.
     */
    private void absorb(ModelBuilder worker) {
        diags.addAll(worker.diags.sorted());
        baseRefs.addAll(worker.baseRefs);
        elements.addAll(worker.elements);
        deps.addAll(worker.deps);
        for (Element el : worker.deferred) register(el);
    }

    private Environment environment(Stmt.Environment e) {
        String name = e.name().text();
        List<ValueParser.PendingRef> refs = new ArrayList<>();
        envRefs.put(name, refs);
        currentRefs = refs;
        Map<String, Element> names = new HashMap<>();
        scopeNames = names;
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
        currentRefs = baseRefs;
        scopeNames = baseNames;
        // env-only elements resolve against the base and the environment
        Map<String, Element> union = new HashMap<>(baseNames);
        union.putAll(names);
        resolve(refs, union, name);
        for (Element o : els) {
            Element base = baseNames.get(o.name());
            if (base != null && !base.kind().equals(o.kind())) {
                diags.add(Diagnostic.error("kind-mismatch", o.location(), "'" + o.name() + "' is a " + base.kind()
                        + " in the architecture, not a " + o.kind()).withRelated(base.location(), "declared here"));
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

    private boolean allowsChild(KindSpec ks, String kind) {
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
            unknownKey(e, ks);
            return;
        }
        if (e.block() != null) {
            if ((key.equals("role") || key.equals("execution-role")) && ks.kind().equals("service") && e.values().isEmpty()) {
                inlineRole(e, owner, key, props, children, seen, env);
                return;
            }
            diags.error("syntax", e.block().open(), "'" + key + "' takes no block", "write its values on the same line: " + key + " " + spec.signature().usage());
            return;
        }
        addProperties(spec, e.key(), e.values(), ks, props, seen);
    }

    /**
     * Adds one property, or several written on one line ('{ protocol http port 80 }'): a word
     * the property has no place for and that names another property of the kind starts the next.
     */
    private void addProperties(PropertySpec spec, Tok key, List<Tok> toks, KindSpec ks, List<Property> props,
                               Map<String, Property> seen) {
        int[] stop = {-1};
        while (true) {
            ValueParser.Fields fields = values.match(spec.signature(), toks, ValueParser.Subject.property(spec.key(), key.location()),
                    startsProperty(ks), stop);
            if (fields != null) addProperty(spec, key, toValue(spec.signature(), fields, key.location()), props, seen);
            if (stop[0] < 0) return;
            key = toks.get(stop[0]);
            spec = ks.property(key.text());
            toks = toks.subList(stop[0] + 1, toks.size());
        }
    }

    private final Map<KindSpec, java.util.function.Predicate<Tok>> startsProperty = new HashMap<>();

    /** Whether a token names another property of the kind (where a line of several properties splits). */
    private java.util.function.Predicate<Tok> startsProperty(KindSpec ks) {
        return startsProperty.computeIfAbsent(ks, k -> t -> t.isWord() && k.property(t.text()) != null);
    }

    private void addProperty(PropertySpec spec, Tok key, Value v, List<Property> props, Map<String, Property> seen) {
        Property p = new Property(spec.key(), v, key.location());
        if (!spec.repeatable()) {
            Property first = seen.get(spec.key());
            if (first != null) {
                diags.add(Diagnostic.error("duplicate", key.location(), "'" + spec.key() + "' is set twice")
                        .withRelated(first.location(), "first set here")
                        .withHint("keep one; environments override values with 'environment NAME { ... }'"));
                return;
            }
            seen.put(spec.key(), p);
        }
        props.add(p);
    }

    private void unknownKey(Stmt.Entry e, KindSpec ks) {
        String key = e.key().text();
        Set<String> candidates = new TreeSet<>(ks.properties().keySet());
        if (ks.kind().equals(Schema.ARCHITECTURE) || ks.kind().equals(Schema.ENVIRONMENT)) candidates.addAll(Schema.topLevelKinds());
        else candidates.addAll(ks.children());
        String m = Suggest.closest(key, candidates);
        String where = ks.kind().equals(Schema.ARCHITECTURE) ? "an architecture" : ks.kind().equals(Schema.DEPENDENCY) ? "a dependency" : "a " + ks.kind();
        if (Schema.kind(key) != null && m == null) {
            KindSpec k = Schema.kind(key);
            String hint = k.isNested() ? "a " + key + " is declared inside a " + parentOf(key) : "declare it at the top level of the architecture";
            diags.error("misplaced", e.key().location(), "a " + key + " cannot be declared in " + where, hint);
            return;
        }
        diags.error("unknown-property", e.key().location(), "unknown property '" + key + "' for " + where,
                m != null ? "did you mean '" + m + "'?" : "see 'docs/language.md' for what " + where + " takes");
    }

    private static String parentOf(String kind) {
        for (KindSpec k : Schema.kinds().values()) if (k.children().contains(kind)) return k.kind();
        return "block";
    }

    static Value toValue(Signature sig, ValueParser.Fields fields, Location at) {
        if (sig.isSingle()) {
            Value v = fields.get("value");
            return v != null ? v : new Value.BoolValue(true, at);
        }
        return fields.struct(at);
    }

    private static Location end(Location l) {
        return new Location(l.file(), l.line(), l.column() + Math.max(1, l.length()), 1);
    }

    private void inlineRole(Stmt.Entry e, String owner, String key, List<Property> props, List<Element> children,
                            Map<String, Property> seen, String env) {
        String roleName = owner + "." + (key.equals("role") ? "task-role" : "execution-role");
        Tok nameTok = new Tok(roleName, Tok.Type.WORD, e.key().location());
        Element role = buildElement(Schema.kind("role"), nameTok, List.of(), e.block(), owner, env);
        if (role == null) return;
        register(role);
        // the role becomes a top-level element of its scope; the service refers to it
        pendingRoles.add(role);
        Property p = new Property(key, new Value.Ref(roleName, e.key().location()), e.key().location());
        if (seen.containsKey(key)) {
            diags.add(Diagnostic.error("duplicate", e.key().location(), "'" + key + "' is set twice")
                    .withRelated(seen.get(key).location(), "first set here"));
            return;
        }
        seen.put(key, p);
        props.add(p);
    }

    private final List<Element> pendingRoles = new ArrayList<>();

    private Element element(Stmt.Entry e, KindSpec ks, String parent, String env) {
        if (e.values().isEmpty() || !e.values().get(0).isWord()) {
            Location at = e.values().isEmpty() ? end(e.key().location()) : e.values().get(0).location();
            diags.error("missing-name", at, "a " + ks.kind() + " needs a name", "write it as: " + ks.kind() + " NAME { ... }");
            return null;
        }
        Tok name = e.values().get(0);
        Element el = buildElement(ks, name, e.values().subList(1, e.values().size()), e.block(), parent, env);
        if (el == null) return null;
        register(el);
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
                ValueParser.Fields f = values.match(ks.inline(), inline, ValueParser.Subject.element(ks.kind(), name.text(), name.location()));
                inlineFailed = f == null;
                if (f != null) for (int i = 0; i < f.size(); i++) {
                    Property p = new Property(f.name(i), f.value(i), f.value(i).at());
                    props.add(p);
                    seen.put(f.name(i), p);
                }
            }
        } else if (!ks.inline().slots().isEmpty() && block == null) {
            values.match(ks.inline(), inline, ValueParser.Subject.element(ks.kind(), name.text(), name.location()));
        }
        List<Element> kids = new ArrayList<>();
        List<Dependency> edges = new ArrayList<>();
        if (block != null) {
            for (Stmt s : block.statements()) statement(s, ks, name.text(), props, kids, edges, seen, env);
        }
        if (block != null && !inlineFailed && !ks.inline().slots().isEmpty()) {
            // required inline parts may also come from the block
            for (var slot : ks.inline().slots()) {
                boolean required = slot.kind() == Slot.Kind.POSITIONAL || slot.kind() == Slot.Kind.REQUIRED;
                if (required && !seen.containsKey(slot.name()) && env == null) {
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

    private final Map<String, List<Dependency>> envDeps = new HashMap<>();

    /** Kinds a name was declared as more than once: references fitting any of them are not errors too. */
    private final Map<String, Set<String>> duplicateKinds = new HashMap<>();

    /** In a worker building part of the statements: the elements to register, in order, once it is done. */
    private List<Element> deferred;

    private void register(Element el) {
        if (deferred != null) {
            deferred.add(el);
            return;
        }
        Element prior = scopeNames.putIfAbsent(el.name(), el);
        if (prior != null) {
            Set<String> ks = duplicateKinds.computeIfAbsent(el.name(), k -> new java.util.HashSet<>());
            ks.add(prior.kind());
            ks.add(el.kind());
            diags.add(Diagnostic.error("duplicate", el.location(), "'" + el.name() + "' is declared twice")
                    .withRelated(prior.location(), "first declared here as a " + prior.kind())
                    .withHint("names are unique across the architecture and its imports"));
        }
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
        if (!e.attrs().isEmpty()) {
            inlineEdgeAttrs(e.attrs(), dep, props, seen);
        }
        if (e.block() != null) {
            for (Stmt s : e.block().statements()) {
                if (s instanceof Stmt.Entry en) {
                    entry(en, dep, null, props, new ArrayList<>(), seen, null);
                } else {
                    diags.error("syntax", s.location(), "a dependency's block holds its properties only", null);
                }
            }
        }
        Type nodes = NODE_REF;
        currentRefs.add(new ValueParser.PendingRef(new Value.Ref(source.text(), source.location()), nodes));
        List<Tok> targets = e.targets();
        for (int i = 0; i < targets.size(); i++) {
            Tok t = targets.get(i);
            currentRefs.add(new ValueParser.PendingRef(new Value.Ref(t.text(), t.location()), nodes));
            if (t.text().equals(source.text())) {
                diags.error("self-dependency", t.location(), "'" + t.text() + "' depends on itself", "remove the line");
                continue;
            }
            edges.add(new Dependency(source.text(), t.text(), e.async(), t.location(), source.location(), t.location(), props));
        }
    }

    /** 'a -> b timeout 2s retries 2': the words after the targets are properties, one after another. */
    private void inlineEdgeAttrs(List<Tok> attrs, KindSpec dep, List<Property> props, Map<String, Property> seen) {
        Tok k = attrs.get(0);
        PropertySpec spec = k.isWord() ? dep.property(k.text()) : null;
        if (spec == null) {
            String m = Suggest.closest(k.text(), dep.properties().keySet());
            diags.error("unknown-property", k.location(), "unknown dependency property '" + k.source() + "'",
                    m != null ? "did you mean '" + m + "'?" : "dependency properties are " + String.join(", ", new TreeSet<>(dep.properties().keySet())));
            return;
        }
        addProperties(spec, k, attrs.subList(1, attrs.size()), dep, props, seen);
    }



    // ---- references ---------------------------------------------------------------------------

    /**
     * Checks that every reference names an element of a kind it may name. Only reads the names,
     * so a long list is checked in two halves side by side, the second into its own diagnostics
     * (merged; they are sorted before anyone sees them).
     */
    private void resolve(List<ValueParser.PendingRef> refs, Map<String, Element> names, String env) {
        Halves.check(refs, RESOLVE_PARALLEL_FROM, diags, (part, into) -> resolve(part, names, env, into));
    }

    /** References from this many on are checked on two threads. */
    static int RESOLVE_PARALLEL_FROM = 20_000;   // not final: a test compares both ways

    private void resolve(List<ValueParser.PendingRef> refs, Map<String, Element> names, String env, Diagnostics diags) {
        Map<String, List<String>> byKind = null;
        for (ValueParser.PendingRef p : refs) {
            String n = p.ref().name();
            Element target = names.get(n);
            Set<String> kinds = p.type().refKinds();
            if (target == null) {
                if (byKind == null) {
                    byKind = new HashMap<>();
                    for (Element el : names.values()) byKind.computeIfAbsent(el.kind(), k -> new ArrayList<>()).add(el.name());
                }
                List<String> candidates = new ArrayList<>();
                for (String k : kinds) candidates.addAll(byKind.getOrDefault(k, List.of()));
                String m = Suggest.closest(n, candidates);
                String what = kinds.size() == 1 ? kinds.iterator().next() : kinds.size() > 3 ? "element" : String.join(" or ", new TreeSet<>(kinds));
                String hint = m != null ? "did you mean '" + m + "'?"
                        : candidates.isEmpty() ? "declare a " + what + " named '" + n + "'"
                        : "known: " + String.join(", ", candidates.stream().sorted().limit(8).toList()) + (candidates.size() > 8 ? ", ..." : "");
                diags.error("unresolved-reference", p.ref().at(), "unknown " + what + " '" + n + "'" + (env != null ? " (environment " + env + ")" : ""), hint);
            } else if (!kinds.contains(target.kind())) {
                Set<String> dup = duplicateKinds.get(n);
                if (dup != null && dup.stream().anyMatch(kinds::contains)) continue;   // the duplicate is the error, said once
                String what = kinds.size() > 3 ? "a service, data store or other node" : "a " + String.join(" or a ", new TreeSet<>(kinds));
                diags.add(Diagnostic.error("wrong-kind", p.ref().at(), "'" + n + "' is a " + target.kind() + ", but " + what + " is expected here")
                        .withRelated(target.location(), "'" + n + "' is declared here"));
            }
        }
    }

}
