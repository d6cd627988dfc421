/*
 * Parser of .arch files. The grammar is small and stable on purpose: a statement is
 * a key followed by values, optionally with a block; an edge is 'a -> b' or 'a ~> b'.
 * Which keys a kind takes and what their values mean lives in the model's typed schema
 * (dev.archkit.model.schema), so new properties never change this grammar.
 */
parser grammar ArchParser;

options { tokenVocab = ArchLexer; }

file
  : sep* ( statement ( sep+ statement )* )? sep* EOF
  ;

sep : NL | SEMI ;

statement
  : importDecl
  | architectureDecl
  | environmentDecl
  | edge
  | entry
  ;

importDecl : IMPORT STRING ;

architectureDecl : ARCHITECTURE name block ;

environmentDecl : ENVIRONMENT name block ;

// 'a -> b, c  timeout 2s { retries 2 }'; inside a service the source may be left out
edge
  : source=name? arrow targets ( attrs=values )? block?
  ;

arrow : ARROW | ASYNC ;

targets : name ( COMMA NL* name )* ;

// 'key value value, value { ... }'
entry
  : key=WORD ( vals=values )? block?
  ;

values
  : first=plainValue value* ( COMMA NL* value+ )*
  ;

// a value that may start a value list: anything but an arrow
plainValue : name | STRING ;

value : plainValue | ARROW | ASYNC ;

block
  : LBRACE sep* ( statement ( sep+ statement )* )? sep* RBRACE
  ;

name : WORD | IMPORT | ARCHITECTURE | ENVIRONMENT ;
