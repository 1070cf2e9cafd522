package uk.registerly.server.worklists;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.marks.FactType;
import uk.registerly.server.http.Json;

/** Reads the register facts of the event log as the rules module's {@link AttendanceFact}s. */
final class RegisterFacts {

    /** A pupil as the worklists show them: the rules' view plus name and class for the office. */
    record PupilRow(UUID id, String firstName, String lastName, String yearGroup, LocalDate dateOfBirth, UUID classId,
                    String className) {

        Pupil forRules() {
            return new Pupil(id.toString(), yearGroup, dateOfBirth);
        }
    }

    private RegisterFacts() {
    }

    static List<PupilRow> pupils(Handle h, UUID school, UUID onlyPupil, LocalDate onRollOn) {
        return h.createQuery("""
                        select p.id, p.first_name, p.last_name, p.year_group, p.date_of_birth, p.class_id, c.name as class_name
                        from pupils p left join classes c on c.id = p.class_id
                        where p.school_id = :school and (cast(:pupil as uuid) is null or p.id = :pupil)
                          and (p.on_roll_from is null or p.on_roll_from <= :day)
                          and (p.on_roll_until is null or p.on_roll_until >= :day)
                        order by p.last_name, p.first_name, p.id""")
                .bind("school", school).bind("pupil", onlyPupil).bind("day", onRollOn)
                .map((rs, c) -> new PupilRow(rs.getObject("id", UUID.class), rs.getString("first_name"),
                        rs.getString("last_name"), rs.getString("year_group"),
                        rs.getObject("date_of_birth", LocalDate.class), rs.getObject("class_id", UUID.class),
                        rs.getString("class_name")))
                .list();
    }

    /** Every register fact of a school (or of one pupil). */
    static List<AttendanceFact> facts(Handle h, UUID school, UUID onlyPupil) {
        List<AttendanceFact> facts = new ArrayList<>();
        h.createQuery("""
                        select id, type, pupil_id, payload::text as payload from events
                        where school_id = :school and (cast(:pupil as uuid) is null or pupil_id = :pupil)
                          and type in ('REGISTER_MARK', 'ARRIVAL', 'REASON', 'AMENDMENT', 'ARRIVAL_WITHDRAWN')""")
                .bind("school", school).bind("pupil", onlyPupil)
                .map((rs, c) -> facts.add(toFact(rs.getString("id"), FactType.valueOf(rs.getString("type")),
                        rs.getString("pupil_id"), Json.parse(rs.getString("payload")))))
                .list();
        return facts;
    }

    private static AttendanceFact toFact(String id, FactType type, String pupil, JsonNode p) {
        AttendanceFact.Builder b = AttendanceFact.builder(type).id(id).pupil(pupil)
                .at(LocalDateTime.parse(p.get("at").asText()));
        if (type == FactType.ARRIVAL_WITHDRAWN) {
            b.withdrawnArrival(p.get("arrival").asText()).reason(p.hasNonNull("reason") ? p.get("reason").asText() : null);
        } else if (type != FactType.ARRIVAL) {
            b.session(LocalDate.parse(p.get("date").asText()), Session.parse(p.get("session").asText()))
                    .code(AttendanceCode.parse(p.get("code").asText()));
        }
        if (type == FactType.AMENDMENT) {
            b.reason(p.get("reason").asText()).by(p.get("by").asText());
        }
        return b.build();
    }
}
