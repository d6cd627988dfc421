package dev.archkit.lsp;

import dev.archkit.cost.CostModel;
import dev.archkit.cost.PriceTable;
import dev.archkit.facts.Facts;
import dev.archkit.lang.ModelBuilder;
import dev.archkit.lang.SourceParser;
import dev.archkit.lang.ast.Stmt;
import dev.archkit.model.Location;
import dev.archkit.model.Parallelism;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.rules.Finding;
import dev.archkit.rules.RuleEngine;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The incremental half of the server: the same pipeline as 'archkit check' (the grammar module's
 * model builder, then the rule engine on every valid architecture), redone only where an edit
 * reaches. It keeps each file's syntax; an edit re-parses the edited file alone, and rebuilds
 * only the architectures that read it (the others keep their model and findings); every other
 * file goes to the model builder already parsed. Not thread-safe: one caller (the server's work
 * thread) at a time.
 */
final class Analyzer {

    /** Where the text of a file comes from: the editor's copy when it is open, else the disk. */
    interface Sources {
        /** The text of {@code file}, or null when it cannot be read (deleted, outside reach). */
        String text(String file);

        /** Every file of the workspace (open ones and .arch files on disk). */
        Collection<String> files();
    }

    private final Sources sources;
    private final RuleEngine engine;
    private final Parallelism parallelism;
    private final Map<String, SourceParser.Parsed> parsed = new HashMap<>();
    private final Map<String, Analysis.Root> roots = new HashMap<>();
    private Analysis last = Analysis.EMPTY;

    Analyzer(Sources sources, RuleEngine engine, Parallelism parallelism) {
        this.sources = sources;
        this.engine = engine;
        this.parallelism = parallelism;
    }

    /** A fresh analysis of everything (the first round, and what an incremental round must equal). */
    Analysis full() {
        parsed.clear();
        roots.clear();
        return update(Set.copyOf(sources.files()));
    }

    /**
     * One round: {@code changed} files are read again (an open file's text, else the disk; a file
     * that cannot be read is gone); the architectures that read any of them are rebuilt and checked.
     */
    Analysis update(Set<String> changed) {
        Set<String> files = new HashSet<>(sources.files());
        Set<String> dirty = new HashSet<>(changed);
        for (String f : changed) {
            String text = sources.text(f);
            if (text == null || !files.contains(f)) {
                parsed.remove(f);
            } else {
                SourceParser.Parsed old = parsed.get(f);
                if (old == null || !old.text().equals(text)) parsed.put(f, SourceParser.parse(f, text));
            }
        }
        // files of the workspace not parsed yet (e.g. created on disk)
        for (String f : files) {
            if (!parsed.containsKey(f)) {
                String text = sources.text(f);
                if (text != null) {
                    parsed.put(f, SourceParser.parse(f, text));
                    dirty.add(f);
                }
            }
        }
        parsed.keySet().removeIf(f -> !files.contains(f) && roots.values().stream().noneMatch(r -> r.files().contains(f)));
        // roots: files with an architecture block; a root that lost it, or is gone, goes
        roots.keySet().removeIf(f -> !parsed.containsKey(f) || !hasArchitecture(parsed.get(f)));
        Set<String> rebuild = new java.util.TreeSet<>();
        for (String f : parsed.keySet()) {
            if (hasArchitecture(parsed.get(f)) && (!roots.containsKey(f) || dirty.contains(f))) rebuild.add(f);
        }
        for (Analysis.Root r : roots.values()) {
            for (String f : dirty) {
                if (r.files().contains(f)) rebuild.add(r.file());
            }
        }
        for (String root : rebuild) roots.put(root, build(root));
        last = new Analysis(Map.copyOf(roots), Map.copyOf(parsed), problems());
        return last;
    }

    Analysis last() {
        return last;
    }

    private Analysis.Root build(String root) {
        ModelBuilder.Result r = ModelBuilder.build(root, this::load, parsed, parallelism);
        // imports read for the first time join the syntax cache, so the next round does not parse them again
        r.sources().forEach((file, text) -> parsed.computeIfAbsent(file, f -> SourceParser.parse(f, text)));
        RuleEngine.Result rules = null;
        if (r.architecture() != null && !r.hasErrors()) {
            rules = engine.run(r.architecture());
        }
        var arch = r.architecture();
        Memo<Facts> facts = new Memo<>(() -> Facts.of(arch));
        return new Analysis.Root(root, r, rules, new Memo<>(() -> Index.of(arch)), facts, new Memo<>(() -> cost(arch, facts)));
    }

    /** The monthly cost at the embedded prices, as 'archkit cost' gives it; empty for an invalid model or one that cannot be priced. */
    private static java.util.Optional<CostModel.Estimate> cost(dev.archkit.model.Architecture arch, Memo<Facts> facts) {
        if (arch == null) return java.util.Optional.empty();
        try {
            return java.util.Optional.of(CostModel.estimate(facts.get(), PriceTable.embedded()));
        } catch (CostModel.NoPrices e) {
            return java.util.Optional.empty();
        }
    }

    private String load(String file) throws IOException {
        String text = sources.text(file);
        if (text == null) throw new NoSuchFileException(file);
        return text;
    }

    /**
     * Each file's problems: the diagnostics and findings of the architectures that read it (a file
     * read by two reports each problem once), and the syntax errors of a file no architecture reads.
     */
    private Map<String, Analysis.FileProblems> problems() {
        Map<String, List<Diagnostic>> diags = new TreeMap<>();
        Map<String, List<Finding>> findings = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        Set<String> read = new HashSet<>();
        for (Analysis.Root r : roots.values().stream().sorted(java.util.Comparator.comparing(Analysis.Root::file)).toList()) {
            read.addAll(r.files());
            for (Diagnostic d : r.build().diagnostics()) {
                String file = fileOf(d.location(), r.file());
                if (seen.add(file + d.location() + d.message())) diags.computeIfAbsent(file, k -> new ArrayList<>()).add(d);
            }
            if (r.rules() != null) {
                for (Finding f : r.rules().findings()) {
                    String file = fileOf(f.location(), r.file());
                    if (seen.add(file + f.location() + f.ruleId() + f.message())) findings.computeIfAbsent(file, k -> new ArrayList<>()).add(f);
                }
            }
        }
        for (SourceParser.Parsed p : parsed.values()) {
            if (!read.contains(p.file()) && !p.diagnostics().isEmpty()) diags.computeIfAbsent(p.file(), k -> new ArrayList<>()).addAll(p.diagnostics());
        }
        Map<String, Analysis.FileProblems> out = new LinkedHashMap<>();
        Set<String> files = new java.util.TreeSet<>(diags.keySet());
        files.addAll(findings.keySet());
        for (String f : files) {
            List<Diagnostic> d = new ArrayList<>(diags.getOrDefault(f, List.of()));
            List<Finding> x = new ArrayList<>(findings.getOrDefault(f, List.of()));
            d.sort(null);
            x.sort(null);
            out.put(f, new Analysis.FileProblems(List.copyOf(d), List.copyOf(x)));
        }
        return out;
    }

    /** A problem without a known file is shown on its architecture's root file. */
    private static String fileOf(Location at, String root) {
        return at == null || at.file() == null || at.file().equals(Location.UNKNOWN.file()) ? root : at.file();
    }

    static boolean hasArchitecture(SourceParser.Parsed p) {
        return p != null && p.statements().stream().anyMatch(s -> s instanceof Stmt.Architecture);
    }
}
