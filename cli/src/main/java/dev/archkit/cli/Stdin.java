package dev.archkit.cli;

import dev.archkit.lang.SourceText;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Standard input as an input file: '-' on the command line, named {@code <stdin>} in
 * diagnostics; its imports are read relative to (and confined to) the working directory.
 */
final class Stdin {
    private Stdin() { }

    /** What the command line writes for standard input. */
    static final String DASH = "-";

    /** The path that stands for standard input once the command line is read. */
    static final Path PATH = Path.of("<stdin>");

    static boolean is(Path p) {
        return PATH.equals(p);
    }

    /** The text on standard input, read to its end, as .arch text. */
    static String read() throws IOException {
        return SourceText.decode(System.in.readAllBytes());
    }

    /** The text of {@code file}, or of standard input when it is {@link #PATH}. */
    static String readOr(Path file) throws IOException {
        return is(file) ? read() : SourceText.read(file);
    }
}
