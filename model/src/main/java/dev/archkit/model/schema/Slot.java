package dev.archkit.model.schema;

/**
 * One part of a property's signature.
 * <ul>
 *   <li>POSITIONAL: a value in order, required;</li>
 *   <li>OPTIONAL: a value in order that may be left out (only if the next word does not fit it);</li>
 *   <li>KEYWORD: {@code keyword value}, optional, in any order after the positionals;</li>
 *   <li>REQUIRED: {@code keyword value}, in any order, must be present;</li>
 *   <li>FLAG: a bare word, optional, in any order (e.g. {@code rollback});</li>
 *   <li>LITERAL: a fixed token in order (e.g. the {@code ->} of a route).</li>
 * </ul>
 */
public record Slot(String name, Kind kind, Type type, String doc) {
    public enum Kind { POSITIONAL, OPTIONAL, KEYWORD, REQUIRED, FLAG, LITERAL }
}
