package dev.archkit.cli;

import dev.archkit.lang.ModelBuilder;
import dev.archkit.lang.SourceParser;

import java.nio.file.Path;
import java.util.Map;

/**
 * Every call the CLI makes into the grammar module's parser and model builder, in one place, so
 * that a change to how files are parsed touches only this class.
 */
final class ModelLoading {
    private ModelLoading() { }

    /** One architecture file and its imports, read from disk and built into a model. */
    static ModelBuilder.Result build(Path file) {
        return ModelBuilder.build(file);
    }

    /** The syntax of one file (for 'fmt', and for telling architectures from fragments). */
    static SourceParser.Parsed parse(String file, String text) {
        return SourceParser.parse(file, text);
    }

    /** One file of 'check', read already: either a fragment (no architecture block) or a built architecture. */
    sealed interface Checked {
        /** A file without an architecture block, checked only through the files that import it. */
        record Fragment(SourceParser.Parsed parsed) implements Checked { }

        /** An architecture, built with its imports. */
        record Built(ModelBuilder.Result result) implements Checked { }
    }

    /**
     * Reads one file for 'check'. A large file is parsed by the model builder, which builds it
     * while parsing it; any other is parsed here first, to tell architectures from fragments, and
     * not again when an architecture imports it ({@code parsedFiles} holds every file parsed so
     * far, and is added to). {@code parseNanos} receives the time of a parse done here.
     */
    static Checked check(String name, String text, Map<String, SourceParser.Parsed> parsedFiles, java.util.function.LongConsumer parseNanos) {
        boolean large = SourceParser.streams(text);
        if (!large) {
            long t1 = System.nanoTime();
            SourceParser.Parsed p = SourceParser.parse(name, text);
            parseNanos.accept(System.nanoTime() - t1);
            parsedFiles.put(name, p);
            if (!Inputs.hasArchitecture(p)) return new Checked.Fragment(p);
        }
        ModelBuilder.Result r = ModelBuilder.build(name, large ? withText(name, text) : ModelBuilder.DISK, parsedFiles);
        if (large && r.root() != null) {
            if (r.root().complete()) parsedFiles.put(name, r.root());
            if (!Inputs.hasArchitecture(r.root())) return new Checked.Fragment(r.root());   // a fragment after all: only its syntax is checked
        }
        return new Checked.Built(r);
    }

    /** Reads 'file' from the text in hand, every other file (its imports) from disk. */
    private static ModelBuilder.SourceLoader withText(String file, String text) {
        return path -> path.equals(file) ? text : ModelBuilder.DISK.load(path);
    }
}
