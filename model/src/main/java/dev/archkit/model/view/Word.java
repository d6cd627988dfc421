package dev.archkit.model.view;

/**
 * A member of one of the language's fixed word sets (an engine, a runtime, a protocol). Each such
 * set is an enum implementing this; {@link #parse} finds the member for the word the model holds.
 */
public interface Word {

    /** The word as written in a .arch file. */
    String id();

    /** The member whose word is {@code id}, or null (absent, or not of this set). */
    static <E extends Enum<E> & Word> E parse(Class<E> type, String id) {
        if (id == null) return null;
        for (E e : type.getEnumConstants()) if (e.id().equals(id)) return e;
        return null;
    }
}
