package dev.archkit.cli;

import dev.archkit.lang.ImportRoot;
import dev.archkit.lang.ModelBuilder;
import dev.archkit.lang.RequirementsReader;
import dev.archkit.lang.SourceParser;
import dev.archkit.model.Parallelism;

import java.nio.file.Path;
import java.util.Map;

/**
 * Every call the CLI makes into the grammar module's parser and model builder, in one place, so
 * that a change to how files are parsed touches only this class.
 */
final class ModelLoading {
    private ModelLoading() { }

    /** One architecture file and its imports, read from disk and built into a model; its diagnostics {@link DiagnosticCap capped}. */
    static ModelBuilder.Result build(Path file, ImportRoot imports) {
        ModelBuilder.Result r = ModelBuilder.build(file.toString(), ModelBuilder.DISK, Map.of(), Parallelism.available(), imports);
        return new ModelBuilder.Result(r.architecture(), DiagnosticCap.DEFAULT.apply(r.diagnostics()), r.sources(), r.timings(), r.root());
    }

    /** The syntax of one file (for 'fmt', and for telling architectures from fragments). */
    static SourceParser.Parsed parse(String file, String text) {
        return SourceParser.parse(file, text);
    }

    /** The requirements blocks of a file on disk, for 'review'. */
    static RequirementsReader.Result requirements(Path file) throws java.io.IOException {
        return RequirementsReader.read(file);
    }

    /** The requirements blocks of a parsed file (its syntax errors included). */
    static RequirementsReader.Result requirements(SourceParser.Parsed parsed) {
        return RequirementsReader.read(parsed);
    }

    /** Whether a parsed file holds a requirements block. */
    static boolean hasRequirements(SourceParser.Parsed parsed) {
        return parsed.statements().stream().anyMatch(RequirementsReader::isRequirements);
    }

    /** One file of 'check', read already: either a fragment (no architecture block) or a built architecture. */
    sealed interface Checked {
        /** A file without an architecture block, checked only through the files that import it. */
        record Fragment(SourceParser.Parsed parsed) implements Checked { }

        /** An architecture, built with its imports. */
        record Built(ModelBuilder.Result result) implements Checked { }
    }

    /**
     * Reads one file for 'check'. The model builder parses it (building its architecture block
     * while parsing); a file without an architecture block is a fragment, checked only through
     * the architectures that import it, and not parsed again when one does ({@code parsedFiles}
     * holds such files, and is added to).
     */
    static Checked check(String name, String text, Map<String, SourceParser.Parsed> parsedFiles, ImportRoot imports) {
        ModelBuilder.Result r = ModelBuilder.build(name, withText(name, text), parsedFiles, Parallelism.available(), imports);
        if (r.root() != null && !Inputs.hasArchitecture(r.root())) {
            parsedFiles.put(name, r.root());
            return new Checked.Fragment(r.root());
        }
        return new Checked.Built(r);
    }

    /** Reads 'file' from the text in hand, every other file (its imports) from disk. */
    private static ModelBuilder.SourceLoader withText(String file, String text) {
        return path -> path.equals(file) ? text : ModelBuilder.DISK.load(path);
    }
}
