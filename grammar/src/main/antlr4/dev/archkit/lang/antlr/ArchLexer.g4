/*
 * Lexer of .arch files. The language is line oriented: newlines separate statements
 * (as does ';'), except after a ',' or inside nothing else. Everything that is not
 * punctuation, a string or a comment is a WORD: names may hold '-', '.', ':', '/', '*',
 * so that ARNs-like actions (s3:GetObject), CIDRs (10.0.0.0/16), paths (/api/*),
 * durations (500ms) and money ($5000/month) all lex as one token and get their meaning
 * from the typed schema, not from the grammar.
 */
lexer grammar ArchLexer;

channels { ERRORS }

// keywords; the parser lets them stand as names where that is unambiguous
IMPORT       : 'import' ;
ARCHITECTURE : 'architecture' ;
ENVIRONMENT  : 'environment' ;

LBRACE : '{' ;
RBRACE : '}' ;
COMMA  : ',' ;
SEMI   : ';' ;
ARROW  : '->' ;          // synchronous dependency
ASYNC  : '~>' ;          // asynchronous dependency (queue, topic, event)

STRING : '"' ( '\\' . | ~["\\\r\n] )* '"' ;
UNTERMINATED_STRING : '"' ( '\\' . | ~["\\\r\n] )* -> channel(ERRORS) ;

// comments come before WORD so that '//' starts a comment, never a word
LINE_COMMENT : ( '#' | '//' ) ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;

// a word never starts or ends with '-', so 'a->b' lexes as a, ->, b without a predicate
// (predicates would stop the lexer's DFA caching and make lexing several times slower)
WORD : WORD_CHAR+ ( '-'+ WORD_CHAR+ )* ;

NL : ( '\r'? '\n' | '\r' ) ;
// whitespace is dropped: the formatter re-spaces every line, so no one needs it
WS : [ \t\f\u00A0\uFEFF]+ -> skip ;

// anything else is reported by the parser as an unexpected character
ERROR_CHAR : . -> channel(ERRORS) ;

fragment WORD_CHAR : [a-zA-Z0-9_.:/*$%@+?!=&|\u0080-\uFFFF] ;
