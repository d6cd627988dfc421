package dev.archkit.lang;

import dev.archkit.lang.ast.Stmt;
import dev.archkit.lang.ast.Tok;
import dev.archkit.model.Location;
import dev.archkit.model.Suggest;
import dev.archkit.model.Value;
import dev.archkit.model.diag.Diagnostics;
import dev.archkit.model.schema.Type;
import dev.archkit.model.diag.Diagnostic;
import dev.archkit.model.req.Argument;
import dev.archkit.model.req.Predicate;
import dev.archkit.model.req.Priority;
import dev.archkit.model.req.Requirement;
import dev.archkit.model.req.Requirements;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code requirements NAME { must|should ID: PREDICATE [ARGUMENT] [wa PRACTICE...] }}
 * blocks at the top level of a file (its own file, or beside an architecture block, which the
 * model builder then leaves alone). Every mistake is a located diagnostic; an unknown predicate or
 * priority gets a did-you-mean hint.
 */
public final class RequirementsReader {

    /** The top-level key of a requirements block. */
    public static final String KEYWORD = "requirements";

    public record Result(List<Requirements> requirements, List<Diagnostic> diagnostics) {
        public boolean hasErrors() { return diagnostics.stream().anyMatch(Diagnostic::isError); }
    }

    private final List<Diagnostic> diags = new ArrayList<>();

    private RequirementsReader() { }

    /** The requirements blocks of a file on disk (syntax errors included in the diagnostics). */
    public static Result read(Path file) throws IOException {
        String name = file.toString().replace('\\', '/');
        return read(SourceParser.parse(name, Files.readString(file)));
    }

    /** The requirements blocks of a parsed file. */
    public static Result read(SourceParser.Parsed parsed) {
        RequirementsReader r = new RequirementsReader();
        r.diags.addAll(parsed.diagnostics());
        List<Requirements> out = new ArrayList<>();
        for (Stmt s : parsed.statements()) {
            if (isRequirements(s)) out.add(r.block((Stmt.Entry) s));
        }
        return new Result(out, List.copyOf(r.diags));
    }

    /** True for a top-level {@code requirements} statement (which is not part of an architecture). */
    public static boolean isRequirements(Stmt s) {
        return s instanceof Stmt.Entry e && e.key().text().equals(KEYWORD);
    }

    private Requirements block(Stmt.Entry e) {
        String name = e.values().isEmpty() ? "requirements" : e.values().get(0).text();
        if (e.values().isEmpty()) error("requirements-syntax", e.location(), "a requirements block needs a name", "write 'requirements NAME { ... }'");
        else if (e.values().size() > 1) error("requirements-syntax", e.values().get(1).location(), "unexpected '" + e.values().get(1).text() + "' after the requirements' name", null);
        List<Requirement> items = new ArrayList<>();
        Map<String, Requirement> seen = new HashMap<>();
        if (e.block() == null) {
            error("requirements-syntax", e.location(), "requirements '" + name + "' has no block", "write 'requirements " + name + " { must ID: PREDICATE }'");
        } else {
            for (Stmt s : e.block().statements()) {
                Requirement r = requirement(s);
                if (r == null) continue;
                Requirement before = seen.putIfAbsent(r.id(), r);
                if (before != null) {
                    diags.add(Diagnostic.error("duplicate", r.location(), "a second requirement '" + r.id() + "'")
                            .withRelated(before.location(), "the first is here"));
                    continue;
                }
                items.add(r);
            }
        }
        return new Requirements(name, items, e.location());
    }

    private Requirement requirement(Stmt s) {
        if (!(s instanceof Stmt.Entry e)) {
            error("requirements-syntax", s.location(), "a requirements block holds only 'must' and 'should' lines", null);
            return null;
        }
        Priority priority = Priority.of(e.key().text());
        if (priority == null) {
            String near = Suggest.closest(e.key().text(), List.of("must", "should"));
            error("requirements-syntax", e.key().location(), "'" + e.key().text() + "' is not a priority; a requirement starts with 'must' or 'should'",
                    near == null ? null : "did you mean '" + near + "'?");
            return null;
        }
        if (e.block() != null) error("requirements-syntax", e.block().open(), "a requirement takes no block", null);
        List<Tok> vals = e.values();
        int i = 0;
        if (vals.isEmpty()) {
            error("requirements-syntax", e.location(), "'" + priority.id() + "' needs an id and a predicate", "write '" + priority.id() + " ID: PREDICATE'");
            return null;
        }
        Tok idTok = vals.get(i++);
        String id = idTok.text();
        if (id.endsWith(":")) {
            id = id.substring(0, id.length() - 1);
        } else if (i < vals.size() && vals.get(i).text().equals(":")) {
            i++;
        } else {
            error("requirements-syntax", idTok.location(), "expected 'ID:' before the predicate, found '" + id + "'", "write '" + priority.id() + " R1: " + id + "'");
            return null;
        }
        if (id.isEmpty() || id.contains(":")) {
            error("requirements-syntax", idTok.location(), "'" + idTok.text() + "' is not a requirement id", "ids are words such as AV1 or zero-downtime");
            return null;
        }
        if (i >= vals.size()) {
            error("requirements-syntax", idTok.location(), "requirement '" + id + "' has no predicate", "write '" + priority.id() + " " + id + ": PREDICATE'");
            return null;
        }
        Tok predTok = vals.get(i++);
        Predicate predicate = Predicate.of(predTok.text());
        if (predicate == null) {
            String near = Suggest.closest(predTok.text(), Predicate.ids());
            error("unknown-predicate", predTok.location(), "unknown predicate '" + predTok.text() + "'",
                    near != null ? "did you mean '" + near + "'?" : "docs/review.md lists the predicates");
            return null;
        }
        Argument argument = new Argument.None();
        if (predicate.takes() != Predicate.Takes.NOTHING) {
            if (i >= vals.size() || vals.get(i).text().equals("wa")) {
                error("requirements-syntax", predTok.location(), "'" + predicate.id() + "' needs " + needs(predicate), null);
                return null;
            }
            int[] pos = {i};
            argument = argument(predicate, vals, pos);
            if (argument == null) return null;
            i = pos[0];
        }
        List<String> wa = new ArrayList<>();
        if (i < vals.size() && vals.get(i).text().equals("wa")) {
            Tok waTok = vals.get(i++);
            while (i < vals.size() && vals.get(i).isWord()) wa.add(vals.get(i++).text());
            if (wa.isEmpty()) error("requirements-syntax", waTok.location(), "'wa' needs a best practice id such as REL10-BP01", null);
        }
        if (i < vals.size()) {
            error("requirements-syntax", vals.get(i).location(), "unexpected '" + vals.get(i).source() + "' after '" + predicate.id() + "'",
                    "a requirement is 'ID: PREDICATE [ARGUMENT] [wa PRACTICE]'");
            return null;
        }
        return new Requirement(id, priority, predicate, argument, wa, e.location());
    }

    private static String needs(Predicate p) {
        return switch (p.takes()) {
            case COUNT -> "a count, such as '" + p.id() + " 2'";
            case USD -> "an amount, such as '" + p.id() + " 5000 USD'";
            case CHOICE -> "one of " + String.join(", ", Predicate.ORCHESTRATORS);
            case AVOID -> "what to do without: '" + p.id() + " nat' or '" + p.id() + " internet', optionally 'for SERVICE, ...'";
            case NAMES -> "the names of the elements, such as '" + p.id() + " public-alb'";
            case DEADLINE -> "a duration, such as '" + p.id() + " 3s', optionally 'at ENTRY, ...'";
            case HOP -> "an entry point and the element that answers, such as '" + p.id() + " public-alb -> orders'";
            case DURATION -> "a duration, such as '" + p.id() + " 15m'";
            case PERCENT -> "a percent, such as '" + p.id() + " 10%'";
            case NOTHING -> "nothing";
        };
    }

    /** Reads the predicate's argument from {@code vals} at {@code pos[0]}, moving it past; null after an error. */
    private Argument argument(Predicate p, List<Tok> vals, int[] pos) {
        int start = pos[0];
        Tok a = vals.get(pos[0]++);
        String t = a.text();
        switch (p.takes()) {
            case COUNT -> {
                if (t.matches("[0-9]{1,9}")) return new Argument.Count(Long.parseLong(t));
            }
            case USD -> {
                String n = t.startsWith("$") ? t.substring(1) : t;
                if (n.endsWith("/month")) n = n.substring(0, n.length() - "/month".length());
                if (n.matches("[0-9]{1,12}(\\.[0-9]{1,2})?")) {
                    pos[0] = skipMoneyUnit(vals, pos[0]);
                    return new Argument.Usd(Double.parseDouble(n));
                }
            }
            case CHOICE -> {
                if (Predicate.ORCHESTRATORS.contains(t)) return new Argument.Choice(t);
                return wrongWord(p, a, Predicate.ORCHESTRATORS);
            }
            case AVOID -> {
                Argument.Without w = Argument.Without.of(t);
                if (w == null) return wrongWord(p, a, Argument.Without.ids());
                List<String> services = List.of();
                if (pos[0] < vals.size() && vals.get(pos[0]).text().equals("for")) {
                    services = names(p, vals, pos, vals.get(pos[0]++));
                    if (services == null) return null;
                }
                return new Argument.Avoid(w, services);
            }
            case NAMES -> {
                if (!a.isWord()) break;
                pos[0]--;
                List<String> names = names(p, vals, pos, a);
                return names == null ? null : new Argument.Names(names);
            }
            case DEADLINE -> {
                Diagnostics d = new Diagnostics();
                Value v = new Quantities(d).duration(a, vals, pos, Type.DURATION);
                if (!(v instanceof Value.Duration dur) || dur.millis() <= 0) {
                    diags.addAll(d.sorted());
                    if (v != null) error("requirements-syntax", a.location(), "'" + p.id() + "' needs a deadline above 0", null);
                    return null;
                }
                String written = vals.subList(start, pos[0]).stream().map(Tok::text).reduce((x, y) -> x + " " + y).orElse(t);
                List<String> entries = List.of();
                if (pos[0] < vals.size() && vals.get(pos[0]).text().equals("at")) {
                    entries = names(p, vals, pos, vals.get(pos[0]++));
                    if (entries == null) return null;
                }
                return new Argument.Deadline(dur.millis(), written, entries);
            }
            case DURATION -> {
                Diagnostics d = new Diagnostics();
                Value v = new Quantities(d).duration(a, vals, pos, Type.DURATION);
                if (!(v instanceof Value.Duration dur) || dur.millis() < 0) {
                    diags.addAll(d.sorted());
                    if (v != null) error("requirements-syntax", a.location(), "'" + p.id() + "' needs a duration of 0 or more", null);
                    return null;
                }
                String written = vals.subList(start, pos[0]).stream().map(Tok::text).reduce((x, y) -> x + " " + y).orElse(t);
                return new Argument.Span(dur.millis(), written);
            }
            case PERCENT -> {
                if (t.matches("[0-9]{1,3}(\\.[0-9]{1,2})?%")) {
                    double pct = Double.parseDouble(t.substring(0, t.length() - 1));
                    if (pct > 0 && pct <= 100) return new Argument.Share(pct, t);
                    error("requirements-syntax", a.location(), "'" + p.id() + "' needs a percent above 0 and at most 100, not '" + t + "'", null);
                    return null;
                }
            }
            case HOP -> {
                if (a.isWord() && pos[0] + 1 < vals.size() && vals.get(pos[0]).type() == Tok.Type.ARROW && vals.get(pos[0] + 1).isWord()) {
                    String to = vals.get(pos[0] + 1).text();
                    pos[0] += 2;
                    return new Argument.Hop(t, to);
                }
            }
            default -> { }
        }
        error("requirements-syntax", a.location(), "'" + p.id() + "' needs " + needs(p) + ", not '" + a.source() + "'", null);
        return null;
    }

    private Argument wrongWord(Predicate p, Tok a, List<String> words) {
        String near = Suggest.closest(a.text(), words);
        error("requirements-syntax", a.location(), "'" + p.id() + "' takes one of " + String.join(", ", words) + ", not '" + a.text() + "'",
                near == null ? null : "did you mean '" + near + "'?");
        return null;
    }

    /** {@code NAME, NAME ...} from {@code pos[0]} (after {@code after}), stopping before {@code wa}; null after an error. */
    private List<String> names(Predicate p, List<Tok> vals, int[] pos, Tok after) {
        List<String> out = new ArrayList<>();
        while (pos[0] < vals.size() && vals.get(pos[0]).isWord() && !vals.get(pos[0]).text().equals("wa")) {
            out.add(vals.get(pos[0]++).text());
            if (pos[0] < vals.size() && vals.get(pos[0]).type() == Tok.Type.COMMA) pos[0]++;
            else break;
        }
        if (out.isEmpty()) {
            error("requirements-syntax", after.location(), "'" + after.text() + "' needs element names", "write '" + p.id() + " ... " + after.text() + " NAME, NAME'");
            return null;
        }
        return out;
    }

    /** Skips 'USD', 'per month' or '/month' after an amount. */
    private static int skipMoneyUnit(List<Tok> vals, int i) {
        if (i < vals.size() && (vals.get(i).text().equals("USD") || vals.get(i).text().equals("USD/month"))) i++;
        if (i + 1 < vals.size() && vals.get(i).text().equals("per") && vals.get(i + 1).text().equals("month")) i += 2;
        return i;
    }

    private void error(String code, Location at, String message, String hint) {
        Diagnostic d = Diagnostic.error(code, at, message);
        diags.add(hint == null ? d : d.withHint(hint));
    }
}
