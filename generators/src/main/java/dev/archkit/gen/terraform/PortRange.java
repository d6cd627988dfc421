package dev.archkit.gen.terraform;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/** A range of ports, from and to inclusive, as one security group rule admits it. */
record PortRange(int from, int to) {

    /** The fewest ranges that cover the ports exactly, in order. */
    static List<PortRange> of(SortedSet<Integer> ports) {
        List<PortRange> out = new ArrayList<>();
        for (int p : ports) {
            PortRange last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.to() == p - 1) out.set(out.size() - 1, new PortRange(last.from(), p));
            else out.add(new PortRange(p, p));
        }
        return out;
    }

    /** "8080" or "8000-8999". */
    String text() {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }
}
