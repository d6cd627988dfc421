package dev.archkit.model.req;

import java.util.List;

/** The value a predicate takes, when it takes one: a count, an amount of money per month, or a word of a fixed set. */
public sealed interface Argument {

    /** The argument as written back in reports. */
    String text();

    /** No argument. */
    record None() implements Argument {
        public String text() { return ""; }
    }

    /** A whole number: tasks per zone, services, zones. */
    record Count(long value) implements Argument {
        public String text() { return Long.toString(value); }
    }

    /** US dollars per month. */
    record Usd(double perMonth) implements Argument {
        public String text() {
            return perMonth == Math.rint(perMonth) ? "$" + (long) perMonth + "/month" : String.format(java.util.Locale.ROOT, "$%.2f/month", perMonth);
        }
    }

    /** One word of the predicate's set (an orchestrator: ecs, eks, any). */
    record Choice(String word) implements Argument {
        public String text() { return word; }
    }

    /** What the tasks' traffic to AWS must do without: a NAT gateway, or the internet (VPC endpoints only). */
    enum Without {
        NAT("nat"), INTERNET("internet");
        private final String id;
        Without(String id) { this.id = id; }
        public String id() { return id; }

        /** The word as written, or null. */
        public static Without of(String word) {
            for (Without w : values()) if (w.id.equals(word)) return w;
            return null;
        }

        public static List<String> ids() { return java.util.Arrays.stream(values()).map(Without::id).toList(); }
    }

    /** {@code nat|internet [for NAME, ...]}: what to do without, for the named services (empty: all). */
    record Avoid(Without without, List<String> services) implements Argument {
        public Avoid { services = List.copyOf(services); }

        public String text() { return without.id() + (services.isEmpty() ? "" : " for " + String.join(", ", services)); }
    }

    /** {@code NAME, ...}: element names of the candidates. */
    record Names(List<String> names) implements Argument {
        public Names { names = List.copyOf(names); }

        public String text() { return String.join(", ", names); }
    }

    /** {@code DURATION [at NAME, ...]}: a deadline in milliseconds, as written, at the named entry points (empty: every entry). */
    record Deadline(long millis, String written, List<String> entries) implements Argument {
        public Deadline { entries = List.copyOf(entries); }

        public String text() { return written + (entries.isEmpty() ? "" : " at " + String.join(", ", entries)); }
    }

    /** {@code FROM -> TO}: an entry point and the element that makes its answer. */
    record Hop(String from, String to) implements Argument {
        public String text() { return from + " -> " + to; }
    }

    /** A duration in milliseconds, as written ({@code 15m}, {@code 1h}). */
    record Span(long millis, String written) implements Argument {
        public String text() { return written; }
    }

    /** A share in percent, as written ({@code 10%}). */
    record Share(double percent, String written) implements Argument {
        public String text() { return written; }
    }
}
