package dev.archkit.lang;

import dev.archkit.lang.antlr.ArchLexer;
import dev.archkit.lang.antlr.ArchParser;
import dev.archkit.lang.ast.Stmt;
import dev.archkit.model.Location;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.model.diag.Diagnostics;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.UnbufferedTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import java.util.List;

/**
 * The parse stage: text to statements ({@link Stmt}, a syntax tree with a {@link Location} on every
 * node; no ANTLR type leaves this class and {@link SyntaxErrors}). Every file takes the same path:
 * a fast pass reads the tokens with {@link FastLexer} and parses with SLL prediction, stopping at
 * the first problem; a file it stops on is parsed again with the ANTLR lexer (ArchLexer.g4, the
 * reference), full LL and error recovery, so a broken file still yields every syntax error it
 * has, each with a location.
 */
public final class SourceParser {

    /**
     * The parsed file: its statements (possibly partial) and its syntax diagnostics.
     *
     * @param plain true when the fast pass read all of the text, which then holds no control
     *              character ({@link ForeignText} need not look for one); false when not known
     */
    public record Parsed(String file, String text, List<Stmt> statements, List<Diagnostic> diagnostics, boolean plain) {
        public Parsed(String file, String text, List<Stmt> statements, List<Diagnostic> diagnostics) {
            this(file, text, statements, diagnostics, false);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /** The code of the error for blocks nested too deep (the file is then not parsed). */
    public static final String NESTING = "nesting-depth";

    /** The most syntax errors one file reports; the others are counted in one more. */
    public static final int MAX_ERRORS = 1000;

    private SourceParser() { }

    public static Parsed parse(String file, String text) {
        try {
            return new Parsed(file, text, List.copyOf(fastParser(file, new FastLexer(text, file)).file().stmts), List.of(), true);
        } catch (FastLexer.TooDeep deep) {
            return tooDeep(file, text, deep.at);
        } catch (ParseCancellationException e) {
            // A syntax error, a lexical error or text the fast lexer leaves to ArchLexer. The
            // recovering parser recurses once per block, so the nesting is checked first here.
            Location deep = Nesting.tooDeep(file, text);
            return deep != null ? tooDeep(file, text, deep) : parseWithRecovery(file, text);
        }
    }

    private static Parsed tooDeep(String file, String text, Location at) {
        return new Parsed(file, text, List.of(), List.of(Diagnostic.error(NESTING, at,
                "blocks nested more than " + Nesting.MAX_DEPTH + " deep; " + file + " was not read further")
                .withHint("an architecture nests a few blocks at most: close the blocks above this one")));
    }

    /**
     * The fast pass: tokens straight from the text, SLL prediction (an input it cannot decide goes to
     * the full parser like an error), no parse tree, and no token buffer (tokens are dropped
     * as soon as the parser has moved past them), which keeps memory flat on large files. It stops
     * at the first syntax error or at text only ArchLexer handles.
     */
    static ArchParser fastParser(String file, FastLexer tokens) {
        ArchParser parser = new ArchParser(new UnbufferedTokenStream<>(tokens, 256));
        parser.fileName = file;
        parser.internTexts = false;    // the fast lexer interns them
        parser.setBuildParseTree(false);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        return parser;
    }

    /**
     * The reference parse: ArchLexer, full LL and error recovery, so that every error is reported
     * with its location.
     */
    static Parsed parseWithRecovery(String file, String text) {
        Diagnostics diags = new Diagnostics();
        ArchLexer lexer = new ArchLexer(CharStreams.fromString(text, file));
        lexer.removeErrorListeners();
        SyntaxErrors.Budget budget = new SyntaxErrors.Budget(MAX_ERRORS);
        SyntaxErrors.ErrorTokens errors = new SyntaxErrors.ErrorTokens(lexer, budget);
        ArchParser parser = new ArchParser(new CommonTokenStream(errors));
        parser.fileName = file;
        parser.setBuildParseTree(false);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        parser.setErrorHandler(new DefaultErrorStrategy());
        parser.addErrorListener(new SyntaxErrors.Listener(file, diags, budget));
        List<Stmt> stmts = parser.file().stmts;
        for (Token t : errors.found) SyntaxErrors.lexicalError(file, t, diags);
        if (budget.over() > 0) {
            diags.error("too-many-errors", new Location(file, 0, 0, 0), budget.over() + " more syntax errors in " + file
                    + " are not shown (the first " + MAX_ERRORS + " are)", "fix the first errors and check again");
        }
        return new Parsed(file, text, List.copyOf(stmts), diags.sorted());
    }

    static String unquote(String raw) {
        return ArchParser.unquote(raw);
    }
}
