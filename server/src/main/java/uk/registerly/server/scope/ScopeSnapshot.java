package uk.registerly.server.scope;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What a device held under an earlier scope (pull_scopes, V31): its pupils and classes (null: every
 * one) and the one day whose facts it held (null: every day).
 */
public record ScopeSnapshot(Set<UUID> pupils, Set<UUID> classes, LocalDate day) {

    /** A device pulling with a cursor from before scopes: it was served the whole school. */
    public static final ScopeSnapshot WHOLE_SCHOOL = new ScopeSnapshot(null, null, null);

    /** A device whose earlier scope is not known: it is served its whole scope again. */
    public static final ScopeSnapshot NOTHING = new ScopeSnapshot(Set.of(), Set.of(), null);

    public ScopeSnapshot {
        pupils = pupils == null ? null : Set.copyOf(pupils);
        classes = classes == null ? null : Set.copyOf(classes);
    }
}
