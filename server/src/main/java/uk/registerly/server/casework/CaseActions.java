package uk.registerly.server.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.rules.casework.CaseAction;
import uk.registerly.rules.casework.CaseActionDocument;
import uk.registerly.server.http.Json;

/** The CASE_ACTION events of a school (or one pupil), read back as the rules module's CaseActions. */
public final class CaseActions {

    /** A stored CASE_ACTION: its id, pupil and payload (the CaseActionDocument plus the pupil). */
    public record Row(UUID id, UUID pupilId, String payload) {
    }

    private CaseActions() {
    }

    public static List<CaseAction> of(Handle h, UUID school, UUID onlyPupil) {
        List<CaseAction> actions = new ArrayList<>();
        String sql = """
                select id, pupil_id, payload::text as payload from events
                where school_id = :school and type = 'CASE_ACTION'""" + (onlyPupil == null ? "" : " and pupil_id = :pupil")
                + " order by tx_id, position";
        var query = h.createQuery(sql).bind("school", school);
        if (onlyPupil != null) {
            query.bind("pupil", onlyPupil);
        }
        for (Row row : query.map(ConstructorMapper.of(Row.class)).list()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> payload = Json.MAPPER.convertValue(Json.parse(row.payload()), Map.class);
            payload.remove("pupil");
            // Every stored payload passed the same reader when it was pushed.
            actions.add(CaseActionDocument.fromMap(row.id().toString(), row.pupilId().toString(), payload));
        }
        return actions;
    }
}
