package uk.registerly.server.sync;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.server.auth.Principal;

/**
 * What a batch's casework events refer to (issue 16): the earlier CASE_ACTIONs a withdrawal names and the letters
 * a LETTER_READ names, as {@link Referenced} (a letter as type LETTER_READ), and the guardians the batch's notices
 * name. None ever changes state, so nothing is locked; a batch without casework runs no query here.
 */
final class CaseworkReferences {

    private CaseworkReferences() {
    }

    /**
     * A letter is found only when it was addressed to a guardian the caller's account is linked to: a read
     * receipt is the addressee's ("a parent sees only their own letters"), and another guardian of the same
     * child reading it would be a receipt the letter's addressee never gave.
     */
    static Map<UUID, Referenced> load(Handle h, List<IncomingEvent> events, Principal caller) {
        Set<UUID> actions = new HashSet<>();
        Set<UUID> letters = new HashSet<>();
        for (IncomingEvent event : events) {
            if (event.payload() instanceof EventPayload.CaseActionFact fact && fact.withdraws() != null) {
                actions.add(fact.withdraws());
            } else if (event.payload() instanceof EventPayload.LetterRead read) {
                letters.add(read.letter());
            }
        }
        Map<UUID, Referenced> found = new HashMap<>();
        if (!actions.isEmpty()) {
            h.createQuery("""
                            select id, type, pupil_id as pupil, school_id, 'OPEN' as status from events
                            where id = any(:ids) and type = 'CASE_ACTION'""")
                    .bind("ids", actions.toArray(new UUID[0]))
                    .map(ConstructorMapper.of(Referenced.class))
                    .forEach(ref -> found.put(ref.id(), ref));
        }
        if (!letters.isEmpty()) {
            h.createQuery("""
                            select id, 'LETTER_READ' as type, pupil_id as pupil, school_id, 'OPEN' as status from letters
                            where id = any(:ids) and guardian_id in
                                (select guardian_id from parent_guardians where parent_id = :caller)""")
                    .bind("ids", letters.toArray(new UUID[0]))
                    .bind("caller", caller.actorId())
                    .map(ConstructorMapper.of(Referenced.class))
                    .forEach(ref -> found.put(ref.id(), ref));
        }
        return found;
    }

    /** A guardian of a pupil, as the roster links them (guardian_pupils). */
    public record GuardianOf(UUID guardian, UUID pupil) {
    }

    /**
     * Which of the guardians the batch's case actions name (a notice to improve or penalty notice "names the parent
     * it was issued to") are guardians of the action's pupil. The framework counts notices "per parent per child":
     * a notice to someone who is not the child's parent would be counted against nobody.
     */
    static Set<GuardianOf> guardiansNamed(Handle h, List<IncomingEvent> events) {
        Set<UUID> named = new HashSet<>();
        for (IncomingEvent event : events) {
            if (event.payload() instanceof EventPayload.CaseActionFact fact && fact.action().parent() != null) {
                UUID parent = CaseworkChecks.parentId(fact.action().parent());
                if (parent != null) {
                    named.add(parent);
                }
            }
        }
        if (named.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(h.createQuery("select guardian_id as guardian, pupil_id as pupil from guardian_pupils"
                        + " where guardian_id = any(:ids)")
                .bind("ids", named.toArray(new UUID[0]))
                .map(ConstructorMapper.of(GuardianOf.class))
                .list());
    }
}
