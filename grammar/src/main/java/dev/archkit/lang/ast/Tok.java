package dev.archkit.lang.ast;

import dev.archkit.model.Location;

/** A token of a statement: its text (strings unquoted), what it is, and where. */
public record Tok(String text, Type type, Location location) {
    public enum Type { WORD, STRING, COMMA, ARROW, ASYNC }

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
