package dev.archkit.model;

/**
 * Where something was written: file, 1-based line and column, and the length of the
 * token it points at (for the caret line under it).
 */
public record Location(String file, int line, int column, int length) implements Comparable<Location> {

    public static final Location UNKNOWN = new Location("<unknown>", 0, 0, 0);

    public Location {
        if (file == null) file = "<unknown>";
        if (length < 0) length = 0;
    }

    public static Location of(String file, int line, int column) {
        return new Location(file, line, column, 1);
    }

    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public int compareTo(Location o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        if (c != 0) return c;
        return Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return isKnown() ? file + ":" + line + ":" + column : file;
    }
}
