package dev.archkit.lang.ast;

import dev.archkit.model.Location;

/**
 * A token of a statement: its text (strings unquoted), what it is, and where: the file and
 * {@link Location#packed()} (the form values and properties keep too), not a location object,
 * since a large file has millions of tokens and most never need their place as an object.
 */
public record Tok(String text, Type type, String sourceFile, long sourcePosition) {
    public enum Type { WORD, STRING, COMMA, ARROW, ASYNC }

    public Tok(String text, Type type, Location location) {
        this(text, type, Location.fileOf(location), Location.packedOf(location));
    }

    /** Where the token was written. */
    public Location location() {
        return Location.unpacked(sourceFile, sourcePosition);
    }

    @Override
    public String toString() {
        return "Tok[" + type + " " + source() + " at " + location() + "]";
    }

    public boolean isWord() { return type == Type.WORD; }

    /** The token as written (strings with their quotes). */
    public String source() {
        return switch (type) {
            case STRING -> '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
            case COMMA -> ",";
            case ARROW -> "->";
            case ASYNC -> "~>";
            default -> text;
        };
    }
}
