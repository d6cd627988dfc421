/*
 * Parser of .arch files. The grammar is small and stable on purpose: a statement is
 * a key followed by values, optionally with a block; an edge is 'a -> b' or 'a ~> b'.
 * Which keys a kind takes and what their values mean lives in the model's typed schema
 * (dev.archkit.model.schema), so new properties never change this grammar.
 *
 * The actions build the statements (dev.archkit.lang.ast) while parsing, and the parser runs
 * without a parse tree: on large files the tree (one object per token and rule) dominated
 * memory and garbage-collection time. The actions tolerate the missing pieces that error
 * recovery leaves (their helpers take null), so a broken file still yields what it can.
 */
parser grammar ArchParser;

options { tokenVocab = ArchLexer; }

@header {
import dev.archkit.lang.ast.Stmt;
import dev.archkit.lang.ast.Tok;
import java.util.ArrayList;
import java.util.List;
}

@members {
/** The file name put in every location. */
public String fileName = "<input>";

private dev.archkit.model.Location loc(Token t) {
    if (t == null) return dev.archkit.model.Location.UNKNOWN;
    return dev.archkit.model.Location.unpacked(locationFile(), pos(t));
}

/** The file of every location (a location's own default when none was set). */
private String locationFile() {
    return fileName == null ? dev.archkit.model.Location.UNKNOWN.file() : fileName;
}

/** Where a token is, packed (see Location.packed): tokens keep it so, not as a location object. */
private static long pos(Token t) {
    int len = t.getStopIndex() >= t.getStartIndex() ? t.getStopIndex() - t.getStartIndex() + 1 : 1;
    return dev.archkit.model.Location.pack(t.getLine(), t.getCharPositionInLine() + 1, len);
}

/** A token the parser really read (not one conjured by error recovery), else null. */
private static boolean real(Token t) {
    return t != null && t.getStartIndex() >= 0 && t.getType() != Token.EOF;
}

/** Equal texts share one String: keys and names repeat thousands of times in large files. */
private final java.util.HashMap<String, String> texts = new java.util.HashMap<>();

/** False when the token source interns its texts already (SourceParser's fast lexer). */
public boolean internTexts = true;

private String text(String s) {
    if (!internTexts) return s;
    String known = texts.putIfAbsent(s, s);
    return known != null ? known : s;
}

private Tok word(Token t) {
    return real(t) ? new Tok(text(t.getText()), Tok.Type.WORD, locationFile(), pos(t)) : null;
}

private Tok str(Token t) {
    return real(t) ? new Tok(text(unquote(t.getText())), Tok.Type.STRING, locationFile(), pos(t)) : null;
}

private Tok punct(Token t, Tok.Type type) {
    return real(t) ? new Tok(t.getText(), type, locationFile(), pos(t)) : null;
}

/** A value token as the statements hold it. */
private Tok tok(Token t) {
    switch (t.getType()) {
        case ArchLexer.STRING: return str(t);
        case ArchLexer.COMMA: return punct(t, Tok.Type.COMMA);
        case ArchLexer.ARROW: return punct(t, Tok.Type.ARROW);
        case ArchLexer.ASYNC: return punct(t, Tok.Type.ASYNC);
        default: return word(t);
    }
}

/** The values rule's tokens as it reads them. */
private final List<Tok> valueBuffer = new ArrayList<>();

private static <T> void add(List<T> list, T item) {
    if (item != null) list.add(item);
}

/** The text of a string literal without its quotes, escapes resolved. */
public static String unquote(String raw) {
    if (raw.length() < 2) return raw;
    String body = raw.substring(1, raw.length() - 1);
    if (body.indexOf('\\') < 0) return body;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
        char c = body.charAt(i);
        if (c == '\\' && i + 1 < body.length()) {
            char n = body.charAt(++i);
            sb.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
        } else {
            sb.append(c);
        }
    }
    return sb.toString();
}
}

// Statements are separated by newlines or ';', written so that after a statement only a
// separator, '}' or the end can follow. The separators are a token set, not a rule: a rule
// allocates a context per call, and there is a newline per line. Every decision but the end of
// a run of separators is LL(1) (a 'switch' on the next token); that one SLL decides from a
// cached DFA.
file returns [List<Stmt> stmts]
@init { $stmts = new ArrayList<>(); }
  : (NL | SEMI)* ( s=statement { add($stmts, $s.st); } ( (NL | SEMI)+ ( s=statement { add($stmts, $s.st); } )? )* )? EOF
  ;

// A statement starting with a word is an edge when an arrow follows, else an entry: its values
// and block are matched here, not in a sub-rule (a context object per entry, and entries are most
// of the statements of a file). 'import', 'architecture' and 'environment' may also be the source
// of an edge.
statement returns [Stmt st]
locals [List<Tok> vals = List.of(), Stmt.Block blk = null]
  : i=IMPORT
      ( p=STRING                { Tok path = str($p); $st = path == null ? null : new Stmt.Import(path, loc($i)); }
      | e=edgeRest[word($i)]    { $st = $e.st; } )
  | a=ARCHITECTURE
      ( n=name b=block
                                { $st = $n.t == null ? null : new Stmt.Architecture($n.t, $b.b, loc($a)); }
      | e=edgeRest[word($a)]    { $st = $e.st; } )
  | v=ENVIRONMENT
      ( n=name b=block   { $st = $n.t == null ? null : new Stmt.Environment($n.t, $b.b, loc($v)); }
      | e=edgeRest[word($v)]    { $st = $e.st; } )
  | k=WORD
      ( e=edgeRest[word($k)]    { $st = $e.st; }
      | ( vs=values { $vals = $vs.toks; } )? ( b=block { $blk = $b.b; } )?
                                { Tok key = word($k); $st = key == null ? null : new Stmt.Entry(key, $vals, $blk, key.location()); } )
  | e=edgeRest[null]            { $st = $e.st; }   // '-> b' inside a service: the source is the service
  ;

// the rest of 'a -> b, c  timeout 2s { retries 2 }'
edgeRest[Tok source] returns [Stmt st]
@init { List<Tok> attrs = List.of(); Stmt.Block blk = null; }
  : r=( ARROW | ASYNC ) t=targets ( v=values { attrs = $v.toks; } )? ( b=block { blk = $b.b; } )?
    { $st = $t.toks.isEmpty() ? null : new Stmt.Edge(source, $r.getType() == ASYNC, $t.toks, attrs, blk, source != null ? source.location() : loc($start)); }
  ;

targets returns [List<Tok> toks]
@init { $toks = new ArrayList<>(); }
  : n=( WORD | IMPORT | ARCHITECTURE | ENVIRONMENT ) { add($toks, tok($n)); }
    ( COMMA NL* n=( WORD | IMPORT | ARCHITECTURE | ENVIRONMENT ) { add($toks, tok($n)); } )*
  ;

// Values are matched as token sets, not through sub-rules: a sub-rule allocates a context object
// per call, and values are most of the tokens of a file. They are collected in one buffer per
// parser (values never nest) and copied once into an immutable list.
values returns [List<Tok> toks]
@init { valueBuffer.clear(); }
  : f=( WORD | IMPORT | ARCHITECTURE | ENVIRONMENT | STRING ) { add(valueBuffer, tok($f)); }   // a list never starts with an arrow
    ( v=( WORD | IMPORT | ARCHITECTURE | ENVIRONMENT | STRING | ARROW | ASYNC ) { add(valueBuffer, tok($v)); } )*
    ( c=COMMA { add(valueBuffer, tok($c)); } NL*
      ( v=( WORD | IMPORT | ARCHITECTURE | ENVIRONMENT | STRING | ARROW | ASYNC ) { add(valueBuffer, tok($v)); } )+ )*
  ;
  // the tokens read so far, also when error recovery ends the rule early
  finally { $toks = List.copyOf(valueBuffer); }

block returns [Stmt.Block b]
@init { List<Stmt> list = new ArrayList<>(); }
  : o=LBRACE (NL | SEMI)* ( s=statement { add(list, $s.st); } ( (NL | SEMI)+ ( s=statement { add(list, $s.st); } )? )* )? RBRACE
    { $b = new Stmt.Block(list, loc($o)); }
  ;

name returns [Tok t]
  : x=( WORD | IMPORT | ARCHITECTURE | ENVIRONMENT ) { $t = word($x); }
  ;
