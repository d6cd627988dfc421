package dev.archkit.live.drift;

import dev.archkit.model.Location;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two small files that adapt drift to an account: an ignore list (like .driftignore, but
 * every entry carries its reason) and a mapping of model elements to live names or ids for
 * resources that do not follow archkit's naming.
 *
 * <pre>
 * # NAME.driftignore: WHAT:KIND:NAME[:ATTRIBUTE] "reason" (WHAT is missing, extra, changed, unknown or *)
 * changed:service:user-service:desired-count "scaled by hand during the sale; reviewed weekly"
 * extra:securitygroup:* "the shared VPC holds other teams' groups"
 *
 * # NAME.drift-map: KIND:NAME = LIVE-NAME-OR-ID
 * service:user-service = legacy-users
 * securitygroup:task-sg = sg-0a1b2c3d
 * </pre>
 */
public final class DriftRules {

    /** A line that cannot be used; the message is file:line:col: what is wrong. */
    public static final class Invalid extends Exception {
        public Invalid(String m) { super(m); }
    }

    public record Ignore(String what, String kind, String name, String attribute, String reason, Location at) {
        boolean matches(DriftItem i) {
            return glob(what, i.change().word()) && glob(kind, i.kind()) && glob(name, i.name())
                    && (attribute == null || glob(attribute, i.attribute() == null ? "" : i.attribute()));
        }

        static boolean glob(String pattern, String s) {
            String re = ("\\Q" + pattern + "\\E").replace("*", "\\E.*\\Q");
            return s.matches(re);
        }
    }

    public record Mapping(String kind, String name, String live) { }

    private DriftRules() { }

    static final Pattern IGNORE = Pattern.compile("^(\\S+)(?:\\s+\"((?:[^\"\\\\]|\\\\.)*)\")?\\s*$");
    static final Pattern MAP = Pattern.compile("^([a-z]+):(\\S+)\\s*=\\s*(\\S+)\\s*$");
    static final List<String> WHATS = List.of("missing", "extra", "changed", "unknown", "*");

    public static List<Ignore> ignores(Path file) throws Invalid {
        List<Ignore> out = new ArrayList<>();
        List<String> lines = read(file);
        for (int n = 0; n < lines.size(); n++) {
            String raw = lines.get(n);
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int col = raw.indexOf(line) + 1;
            Matcher m = IGNORE.matcher(line);
            if (!m.matches()) throw new Invalid(file + ":" + (n + 1) + ":" + col + ": expected WHAT:KIND:NAME[:ATTRIBUTE] \"reason\"");
            String[] parts = m.group(1).split(":");
            if (parts.length < 3 || parts.length > 4) {
                throw new Invalid(file + ":" + (n + 1) + ":" + col + ": '" + m.group(1) + "' needs WHAT:KIND:NAME or WHAT:KIND:NAME:ATTRIBUTE");
            }
            if (!WHATS.contains(parts[0])) {
                throw new Invalid(file + ":" + (n + 1) + ":" + col + ": '" + parts[0] + "' is not one of missing, extra, changed, unknown or *");
            }
            String reason = m.group(2);
            if (reason == null || reason.strip().length() < 10) {
                int at = col + m.group(1).length() + 1;
                throw new Invalid(file + ":" + (n + 1) + ":" + at + ": every ignore entry needs a reason in quotes, of at least 10 characters"
                        + " (say why this drift is acceptable)");
            }
            out.add(new Ignore(parts[0], parts[1], parts[2], parts.length == 4 ? parts[3] : null, reason, new Location(file.toString(), n + 1, col, m.group(1).length())));
        }
        return out;
    }

    public static List<Mapping> mappings(Path file) throws Invalid {
        List<Mapping> out = new ArrayList<>();
        List<String> lines = read(file);
        for (int n = 0; n < lines.size(); n++) {
            String raw = lines.get(n);
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            Matcher m = MAP.matcher(line);
            if (!m.matches()) throw new Invalid(file + ":" + (n + 1) + ":" + (raw.indexOf(line) + 1) + ": expected KIND:NAME = LIVE-NAME-OR-ID");
            out.add(new Mapping(m.group(1), m.group(2), m.group(3)));
        }
        return out;
    }

    private static List<String> read(Path file) throws Invalid {
        try {
            return Files.readAllLines(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new Invalid(file + ": no such file");
        } catch (java.io.IOException e) {
            throw new Invalid(file + ": cannot read: " + e.getMessage());
        }
    }
}
