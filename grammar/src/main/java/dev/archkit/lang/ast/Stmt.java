package dev.archkit.lang.ast;

import dev.archkit.model.Location;

import java.util.List;

/** The statements of an .arch file, after parsing and before any meaning is given. */
public sealed interface Stmt {

    Location location();

    record Block(List<Stmt> statements, Location open) {
        public Block { statements = List.copyOf(statements); }
    }

    /** {@code import "file.arch"} */
    record Import(Tok path, Location location) implements Stmt { }

    /** {@code architecture NAME { ... }} */
    record Architecture(Tok name, Block block, Location location) implements Stmt { }

    /** {@code environment NAME { ... }} */
    record Environment(Tok name, Block block, Location location) implements Stmt { }

    /** {@code key value, value { ... }} */
    record Entry(Tok key, List<Tok> values, Block block, Location location) implements Stmt {
        public Entry { values = List.copyOf(values); }
    }

    /** {@code source -> target, target attrs { ... }}; source null inside an element. */
    record Edge(Tok source, boolean async, List<Tok> targets, List<Tok> attrs, Block block, Location location) implements Stmt {
        public Edge {
            targets = List.copyOf(targets);
            attrs = List.copyOf(attrs);
        }
    }
}
