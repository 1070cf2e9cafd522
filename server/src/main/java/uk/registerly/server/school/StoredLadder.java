package uk.registerly.server.school;

import java.util.Map;
import org.jdbi.v3.core.Handle;
import uk.registerly.rules.ladder.AttendanceLadder;
import uk.registerly.rules.ladder.LadderDocument;
import uk.registerly.rules.policy.SchoolPolicy;
import uk.registerly.server.http.Json;

/**
 * A school's own attendance ladder, when it has saved one (issue 16: "a school can edit its own (office,
 * server-side, versioned)"): the latest version in school_ladders (V60), else its preset's.
 */
public final class StoredLadder {

    private StoredLadder() {
    }

    /** The policy with the school's latest saved ladder in place of its preset's (unchanged if none). */
    static SchoolPolicy apply(Handle h, java.util.UUID school, SchoolPolicy policy) {
        String document = h.createQuery("""
                        select document::text from school_ladders where school_id = :school
                        order by version desc limit 1""")
                .bind("school", school).mapTo(String.class).findOne().orElse(null);
        if (document == null) {
            return policy;
        }
        AttendanceLadder ladder = LadderDocument.fromMap(Json.MAPPER.convertValue(Json.parse(document), Map.class));
        return policy.toBuilder().attendanceLadder(ladder).build();
    }
}
