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
        return type.cast(Members.BY_WORD.get(type).get(id));
    }

    /** Each word set's members by word, built once per enum (read for every value of a large model). */
    final class Members {
        private Members() { }

        static final ClassValue<java.util.Map<String, Object>> BY_WORD = new ClassValue<>() {
            @Override
            protected java.util.Map<String, Object> computeValue(Class<?> type) {
                java.util.Map<String, Object> m = new java.util.HashMap<>();
                for (Object e : type.getEnumConstants()) m.put(((Word) e).id(), e);
                return java.util.Map.copyOf(m);
            }
        };
    }
}
