package uk.registerly.server.sync;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * What a batch's casework events refer to (issue 16): the earlier CASE_ACTIONs a withdrawal names and the letters
 * a LETTER_READ names, as {@link Referenced} (a letter as type LETTER_READ). Neither ever changes state, so
 * nothing is locked; a batch without casework runs no query here.
 */
final class CaseworkReferences {

    private CaseworkReferences() {
    }

    static Map<UUID, Referenced> load(Handle h, List<IncomingEvent> events) {
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
                            where id = any(:ids)""")
                    .bind("ids", letters.toArray(new UUID[0]))
                    .map(ConstructorMapper.of(Referenced.class))
                    .forEach(ref -> found.put(ref.id(), ref));
        }
        return found;
    }
}
