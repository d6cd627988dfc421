package dev.archkit.lsp;

import dev.archkit.facts.Facts;
import dev.archkit.lang.ModelBuilder;
import dev.archkit.lang.SourceParser;
import dev.archkit.model.Architecture;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.rules.Finding;
import dev.archkit.rules.RuleEngine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the server knows after one round of work, immutable: every architecture (root file) of the
 * workspace as built by the model builder, its rule findings when it is valid, its name index,
 * and the problems of each file. Editor requests read the latest one; a round of work replaces it.
 *
 * @param roots    architectures by root file
 * @param parsed   every file's syntax, by file
 * @param problems what each file is told (diagnostics and findings), by file
 */
record Analysis(Map<String, Root> roots, Map<String, SourceParser.Parsed> parsed, Map<String, FileProblems> problems) {

    static final Analysis EMPTY = new Analysis(Map.of(), Map.of(), Map.of());

    /**
     * One architecture: its build, its findings (null when the build has errors, as in 'check'), and,
     * computed when first asked for, its names, its facts and its monthly cost (empty when it cannot be priced).
     */
    record Root(String file, ModelBuilder.Result build, RuleEngine.Result rules, Memo<Index> index, Memo<Facts> facts,
                Memo<Optional<dev.archkit.cost.CostModel.Estimate>> cost) {
        Set<String> files() {
            return build.sources().keySet();
        }

        Architecture architecture() {
            return build.architecture();
        }
    }

    /** The diagnostics and findings located in one file. */
    record FileProblems(List<Diagnostic> diagnostics, List<Finding> findings) {
        static final FileProblems NONE = new FileProblems(List.of(), List.of());
    }

    FileProblems problemsOf(String file) {
        return problems.getOrDefault(file, FileProblems.NONE);
    }

    /** The architectures that read {@code file} (the file itself when it is one), root files first in name order. */
    List<Root> rootsOf(String file) {
        return roots.values().stream().filter(r -> r.files().contains(file)).sorted(java.util.Comparator.comparing(Root::file)).toList();
    }

    /** The first architecture that reads {@code file} and has a model. */
    Optional<Root> modelOf(String file) {
        return rootsOf(file).stream().filter(r -> r.architecture() != null).findFirst();
    }
}
