package dev.archkit.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.archkit.model.Location;
import dev.archkit.model.Suggest;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.rules.RuleEngine;
import dev.archkit.rules.Severity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A project's settings for 'archkit check', from {@code .archkit.yaml}: severities and rules
 * turned off (each with its reason), fail-on, the import root, the default format and a
 * baseline file. Read token by token, so that every mistake (an unknown key, a value of the
 * wrong type, an unknown rule) is reported at its line and column with a suggestion; paths
 * are taken relative to the file's directory. Options given on the command line win.
 */
record ProjectConfig(Path file, FailOnOption.Level failOn, CheckCommand.Format format, Path importRoot, Path baseline,
                     RuleEngine.Settings rules) {

    static final String NAME = ".archkit.yaml";

    /** The keys of the file, as the reference (docs/config.md) lists them. */
    static final List<String> KEYS = List.of("fail-on", "format", "import-root", "baseline", "severity", "disable");

    /** A configuration file that cannot be used: its diagnostics, located in it. */
    static final class Invalid extends Exception {
        final List<Diagnostic> diagnostics;
        final String source;

        Invalid(List<Diagnostic> diagnostics, String source) {
            super(diagnostics.get(0).message(), null, false, false);
            this.diagnostics = List.copyOf(diagnostics);
            this.source = source;
        }
    }

    /**
     * The configuration file that applies in {@code dir}: {@code .archkit.yaml} in it or in the
     * nearest parent, looking no higher than the top of the git work tree that holds {@code dir}
     * (outside a work tree, {@code dir} only: a file in a home directory must not steer every
     * project below it).
     */
    static Path find(Path dir) {
        Path start = dir.toAbsolutePath().normalize();
        Path top = null;
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                top = p;
                break;
            }
        }
        Path stop = top == null ? start : top;
        for (Path p = start; p != null; p = p.getParent()) {
            Path f = p.resolve(NAME);
            if (Files.isRegularFile(f)) return f;
            if (p.equals(stop)) break;
        }
        return null;
    }

    /** Reads {@code file}; {@code ruleIds} are the rules that exist (for 'severity' and 'disable'). */
    static ProjectConfig load(Path file, List<String> ruleIds) throws IOException, Invalid {
        String text;
        try {
            text = Files.readString(file);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new Invalid(List.of(Diagnostic.error("config", new Location(file.toString(), 0, 0, 0), file + " is not UTF-8 text")), "");
        }
        return new Reader(file, text, ruleIds).read();
    }

    /** The file's name relative to the working directory when it is below it (as messages show it). */
    static String shown(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : file.toString();
    }

    /** The closest word, or the one word that starts with what was written ('warn' for 'warning'). */
    static String closest(String word, List<String> words) {
        String m = Suggest.closest(word, words);
        if (m != null || word.isEmpty()) return m;
        List<String> starting = words.stream().filter(w -> w.startsWith(word)).toList();
        return starting.size() == 1 ? starting.get(0) : null;
    }

    private static final class Reader {
        private final Path file;
        private final String name;
        private final String text;
        private final List<String> ruleIds;
        private final List<Diagnostic> errors = new ArrayList<>();
        private JsonParser p;

        private FailOnOption.Level failOn;
        private CheckCommand.Format format;
        private Path importRoot;
        private Path baseline;
        private final Map<String, Severity> levels = new LinkedHashMap<>();
        private final Map<String, RuleEngine.Disabled> off = new LinkedHashMap<>();

        Reader(Path file, String text, List<String> ruleIds) {
            this.file = file;
            this.name = shown(file);
            this.text = text;
            this.ruleIds = ruleIds;
        }

        ProjectConfig read() throws IOException, Invalid {
            int line = 1;
            for (String l : text.split("\n", -1)) {
                int tab = l.indexOf('\t');
                if (tab >= 0 && l.substring(0, tab).isBlank()) {
                    errors.add(Diagnostic.error("config", new Location(name, line, tab + 1, 1), "a tab indents this line; YAML indents with spaces only")
                            .withHint("indent nested keys by two spaces"));
                    throw new Invalid(errors, text);
                }
                line++;
            }
            try (JsonParser parser = new YAMLFactory().createParser(text)) {
                p = parser;
                JsonToken t = p.nextToken();
                if (t != null && t != JsonToken.START_OBJECT) {
                    error(p.currentTokenLocation(), "the file must be a mapping of settings (key: value), not " + what(t),
                            "write settings such as 'fail-on: warning', one per line");
                } else if (t == JsonToken.START_OBJECT) {
                    top();
                }
            } catch (JsonProcessingException e) {
                JsonLocation l = e.getLocation();
                errors.add(Diagnostic.error("config", at(l, 1), "not valid YAML: " + firstLine(e.getOriginalMessage()))
                        .withHint("YAML: 'key: value', nested keys indented by two spaces"));
            }
            if (!errors.isEmpty()) throw new Invalid(errors, text);
            List<RuleEngine.Disabled> offList = new ArrayList<>(off.values());
            return new ProjectConfig(file, failOn, format, importRoot, baseline, new RuleEngine.Settings(levels, offList));
        }

        private void top() throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonLocation keyAt = p.currentTokenLocation();
                JsonToken v = p.nextToken();
                switch (key) {
                    case "fail-on" -> failOn = word(v, "fail-on", FailOnOption.Level.class);
                    case "format" -> format = word(v, "format", CheckCommand.Format.class);
                    case "import-root" -> importRoot = path(v, "import-root");
                    case "baseline" -> baseline = path(v, "baseline");
                    case "severity" -> rules(v, "severity", true);
                    case "disable" -> rules(v, "disable", false);
                    default -> {
                        String m = closest(key, KEYS);
                        error(keyAt, key.length(), "unknown key '" + key + "'" + (m != null ? "; did you mean '" + m + "'?" : ""),
                                "the keys are " + String.join(", ", KEYS) + " (docs/config.md)");
                        p.skipChildren();
                    }
                }
            }
        }

        /** One word of a fixed set, such as fail-on's levels. */
        private <E extends Enum<E>> E word(JsonToken v, String key, Class<E> type) throws IOException {
            List<String> words = new ArrayList<>();
            for (E e : type.getEnumConstants()) words.add(e.name());
            if (v != JsonToken.VALUE_STRING) {
                error(p.currentTokenLocation(), "'" + key + "' must be one of " + String.join(", ", words) + ", not " + what(v), null);
                p.skipChildren();
                return null;
            }
            String s = p.getText();
            for (E e : type.getEnumConstants()) if (e.name().equals(s)) return e;
            String m = closest(s, words);
            error(p.currentTokenLocation(), s.length(), "'" + key + "' must be one of " + String.join(", ", words) + ", not '" + s + "'"
                    + (m != null ? "; did you mean '" + m + "'?" : ""), null);
            return null;
        }

        /** A path, relative to the configuration file's directory. */
        private Path path(JsonToken v, String key) throws IOException {
            if (v != JsonToken.VALUE_STRING || p.getText().isBlank()) {
                error(p.currentTokenLocation(), "'" + key + "' must be a path (text), not " + what(v), null);
                p.skipChildren();
                return null;
            }
            Path dir = file.toAbsolutePath().getParent();
            return dir.resolve(p.getText()).normalize();
        }

        /** severity: {RULE: LEVEL}, or disable: {RULE: "why"}. */
        private void rules(JsonToken v, String key, boolean levels) throws IOException {
            String example = levels ? "availability/single-nat: warning" : "hygiene/image-tag: \"images are pinned by digest at deploy\"";
            if (v != JsonToken.START_OBJECT) {
                error(p.currentTokenLocation(), "'" + key + "' must be a mapping of rule ids, not " + what(v),
                        "write it as  " + key + ":  then, indented on the next lines,  " + example);
                p.skipChildren();
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String id = p.currentName();
                JsonLocation idAt = p.currentTokenLocation();
                JsonToken value = p.nextToken();
                JsonLocation valueAt = p.currentTokenLocation();
                if (!ruleIds.contains(id)) {
                    String m = closest(id, ruleIds);
                    error(idAt, id.length(), "unknown rule '" + id + "'" + (m != null ? "; did you mean '" + m + "'?" : ""),
                            "'archkit rules' lists the rules");
                    p.skipChildren();
                    continue;
                }
                if (levels) {
                    Severity s = severity(value);
                    if (s != null) levels(id, s);
                } else if (value != JsonToken.VALUE_STRING || p.getText().isBlank()) {
                    error(valueAt, "rule " + id + " is turned off without a reason: its value must say why (text)",
                            "under 'disable:', write  " + id + ": \"why this rule does not apply here\"");
                    p.skipChildren();
                } else if (p.getText().strip().length() < RuleEngine.MIN_REASON) {
                    error(valueAt, p.getText().length() + 2, "the reason for turning " + id + " off is too short (\"" + p.getText().strip()
                            + "\"): say why in " + RuleEngine.MIN_REASON + " characters or more", null);
                } else {
                    off.put(id, new RuleEngine.Disabled(id, p.getText().strip(), loc(idAt, id.length())));
                }
            }
        }

        private void levels(String id, Severity s) {
            this.levels.put(id, s);
        }

        private Severity severity(JsonToken v) throws IOException {
            List<String> words = List.of("error", "warning", "info");
            if (v == JsonToken.VALUE_STRING && words.contains(p.getText())) return Severity.parse(p.getText());
            // YAML reads a bare 'off' as false
            if ((v == JsonToken.VALUE_STRING && p.getText().equals("off")) || v == JsonToken.VALUE_FALSE) {
                error(p.currentTokenLocation(), 3, "a rule is turned off under 'disable', with a reason, not with 'off'",
                        "under 'disable:', write  RULE: \"why this rule does not apply here\"");
                return null;
            }
            String got = v == JsonToken.VALUE_STRING ? "'" + p.getText() + "'" : what(v);
            String m = v == JsonToken.VALUE_STRING ? closest(p.getText(), words) : null;
            error(p.currentTokenLocation(), v == JsonToken.VALUE_STRING ? p.getText().length() : 1,
                    "a severity must be error, warning or info, not " + got + (m != null ? "; did you mean '" + m + "'?" : ""), null);
            p.skipChildren();
            return null;
        }

        private void error(JsonLocation l, String message, String hint) {
            error(l, 1, message, hint);
        }

        private void error(JsonLocation l, int length, String message, String hint) {
            Diagnostic d = Diagnostic.error("config", loc(l, length), message);
            errors.add(hint == null ? d : d.withHint(hint));
        }

        private Location at(JsonLocation l, int length) {
            return l == null ? new Location(name, 0, 0, 0) : loc(l, length);
        }

        private Location loc(JsonLocation l, int length) {
            return new Location(name, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()), Math.max(1, length));
        }

        private static String what(JsonToken t) {
            if (t == null) return "nothing";
            return switch (t) {
                case START_OBJECT -> "a mapping";
                case START_ARRAY -> "a list";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "true/false";
                case VALUE_NULL -> "nothing (an empty value)";
                default -> "text";
            };
        }

        private static String firstLine(String s) {
            if (s == null) return "";
            int nl = s.indexOf('\n');
            return (nl < 0 ? s : s.substring(0, nl)).strip().toLowerCase(Locale.ROOT);
        }
    }
}
