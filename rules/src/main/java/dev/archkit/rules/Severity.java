package dev.archkit.rules;

import java.util.Locale;

/** How serious a finding is; --fail-on compares against it. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    /** True when this severity is at least as serious as {@code other}. */
    public boolean atLeast(Severity other) { return ordinal() <= other.ordinal(); }

    public static Severity parse(String s) { return valueOf(s.toUpperCase(Locale.ROOT)); }
}
