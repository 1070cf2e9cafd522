package uk.registerly.server.roster;

import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.registerly.server.http.Json;

/** Appends the full new state of a changed roster entity, for devices to pull. */
public final class RosterChanges {

    private RosterChanges() {
    }

    public static void record(Handle handle, UUID schoolId, RosterKind kind, UUID entityId, UUID pupilId, Object data) {
        handle.createUpdate("""
                        insert into roster_changes (school_id, pupil_id, kind, entity_id, data)
                        values (:school, :pupil, :kind, :entity, cast(:data as jsonb))""")
                .bind("school", schoolId)
                .bind("pupil", pupilId)
                .bind("kind", kind.name())
                .bind("entity", entityId)
                .bind("data", Json.write(data))
                .execute();
    }
}
