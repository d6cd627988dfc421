package dev.archkit.rules;

import java.util.Collection;
import java.util.Iterator;
import java.util.function.Function;

/**
 * Names in a finding's message, cut to a readable few: "'a', 'b', 'c', 'd', 'e' and 9,995 more".
 * A message about a design with 10,000 services must not name all of them; the subject, the
 * related locations and the cause carry the identity of a finding, so the message only needs
 * enough names to be understood.
 */
public final class Listing {
    /** How many names a message shows before "and N more". */
    public static final int SHOWN = 5;

    private Listing() {
    }

    /** The names as written, joined by ", ", at most {@link #SHOWN} of them. */
    public static String of(Collection<String> names) {
        return join(names, n -> n);
    }

    /** The names in single quotes, joined by ", ", at most {@link #SHOWN} of them. */
    public static String quoted(Collection<String> names) {
        return join(names, n -> "'" + n + "'");
    }

    private static String join(Collection<String> names, Function<String, String> form) {
        StringBuilder out = new StringBuilder();
        Iterator<String> it = names.iterator();
        int shown = 0;
        while (it.hasNext() && shown < SHOWN) {
            if (shown++ > 0) out.append(", ");
            out.append(form.apply(it.next()));
        }
        int rest = names.size() - shown;
        if (rest > 0) out.append(" and ").append(dev.archkit.model.Digits.grouped(rest)).append(" more");
        return out.toString();
    }
}
