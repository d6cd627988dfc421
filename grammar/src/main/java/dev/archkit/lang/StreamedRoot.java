package dev.archkit.lang;

import dev.archkit.lang.antlr.ArchLexer;
import dev.archkit.lang.antlr.ArchParser;
import dev.archkit.lang.ast.Stmt;
import dev.archkit.lang.ast.Tok;
import dev.archkit.model.Location;
import dev.archkit.model.Parallelism;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The root file parsed with its architecture block handed over statement by statement: each
 * statement of the block goes to the scope stage as soon as it is parsed, so that no statement
 * outlives its building. On a large model the statements weigh more than the elements built from
 * them (10k services: some 40 MB of statements against 35 MB of model), and held all at once they
 * survive young collections and stay in the old generation: measured with bench/compare.sh, peak
 * memory 272 -> 311 MB at 10k services and 401 -> 483 MB at 20k without this class.
 *
 * <p>Known to {@link ModelBuilder} only; no other stage changes for it. It drives the same
 * fast pass as {@link SourceParser} (FastLexer, SLL, bail at the first problem), rule
 * {@code statement} by rule {@code statement}, and reads the top level (separators, the block's
 * braces) itself. It gives up, with null, at anything but a clean file whose first architecture
 * block comes before any other statement but imports: the caller then drops what was handed over
 * and parses the file as usual. The statements of the file outside that block stay in the tree it
 * returns; the block itself is returned empty.
 */
final class StreamedRoot {
    private StreamedRoot() { }

    /**
     * As {@link #parse(String, String, Consumer)}; a large file with a second worker is read on that
     * worker while the calling thread builds ({@link PipelinedRoot}), with the same outcome.
     */
    static SourceParser.Parsed parse(String file, String text, Consumer<Stmt> blockStatement, Parallelism parallelism) {
        return PipelinedRoot.applies(text, parallelism)
                ? PipelinedRoot.parse(file, text, blockStatement, parallelism)
                : parse(file, text, blockStatement);
    }

    static SourceParser.Parsed parse(String file, String text, Consumer<Stmt> blockStatement) {
        List<Stmt> top = new ArrayList<>();
        boolean handed = false;
        try {
            ArchParser parser = SourceParser.fastParser(file, new FastLexer(text, file));   // reads the first token
            TokenStream in = parser.getTokenStream();
            separators(parser, in);
            while (in.LA(1) != Token.EOF) {
                if (!handed && in.LA(1) == ArchLexer.ARCHITECTURE && isName(in.LA(2)) && in.LA(3) == ArchLexer.LBRACE) {
                    if (!top.stream().allMatch(s -> s instanceof Stmt.Import)) return null;   // body order needs those first
                    Token a = in.LT(1), n = in.LT(2), open = in.LT(3);
                    Tok name = new Tok(n.getText(), Tok.Type.WORD, loc(file, n));
                    Location at = loc(file, a), openAt = loc(file, open);
                    parser.consume();
                    parser.consume();
                    parser.consume();
                    if (!block(parser, in, blockStatement)) return null;
                    top.add(new Stmt.Architecture(name, new Stmt.Block(List.of(), openAt), at));
                    handed = true;
                } else {
                    Stmt s = parser.statement().st;
                    if (s != null) top.add(s);
                }
                int next = in.LA(1);
                if (next != Token.EOF && next != ArchLexer.NL && next != ArchLexer.SEMI) return null;
                separators(parser, in);
            }
        } catch (ParseCancellationException e) {
            return null;
        }
        return new SourceParser.Parsed(file, text, List.copyOf(top), List.of(), true);
    }

    /** The statements of a block up to and with its '}'; false where the grammar would not take them. */
    private static boolean block(ArchParser parser, TokenStream in, Consumer<Stmt> each) {
        separators(parser, in);
        while (in.LA(1) != ArchLexer.RBRACE) {
            if (in.LA(1) == Token.EOF) return false;
            Stmt s = parser.statement().st;
            if (s != null) each.accept(s);
            int next = in.LA(1);
            if (next != ArchLexer.NL && next != ArchLexer.SEMI && next != ArchLexer.RBRACE) return false;
            separators(parser, in);
        }
        parser.consume();
        return true;
    }

    private static void separators(ArchParser parser, TokenStream in) {
        while (in.LA(1) == ArchLexer.NL || in.LA(1) == ArchLexer.SEMI) parser.consume();
    }

    private static boolean isName(int type) {
        return type == ArchLexer.WORD || type == ArchLexer.IMPORT || type == ArchLexer.ARCHITECTURE || type == ArchLexer.ENVIRONMENT;
    }

    private static Location loc(String file, Token t) {
        return SyntaxErrors.loc(file, t);
    }
}
