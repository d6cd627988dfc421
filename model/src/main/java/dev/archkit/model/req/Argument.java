package dev.archkit.model.req;

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
}
