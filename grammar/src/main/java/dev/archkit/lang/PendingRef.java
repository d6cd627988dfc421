package dev.archkit.lang;

import dev.archkit.model.Value;
import dev.archkit.model.schema.Type;

/** A reference read while building, and the kinds it may name: checked by {@link Resolver} once every file is read. */
record PendingRef(Value.Ref ref, Type type) { }
