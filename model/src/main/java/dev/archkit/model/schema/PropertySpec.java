package dev.archkit.model.schema;

/**
 * A property a kind takes: its key, signature, whether it may be written more than once,
 * a one-line description and an example line for the language reference.
 */
public record PropertySpec(String key, Signature signature, boolean repeatable, String doc, String example) { }
