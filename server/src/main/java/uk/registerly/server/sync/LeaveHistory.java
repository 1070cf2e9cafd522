package uk.registerly.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.leave.LeaveAssessment;
import uk.registerly.rules.leave.LeaveDecision;
import uk.registerly.rules.leave.LeaveOfAbsenceRules;
import uk.registerly.rules.leave.LeaveRequest;
import uk.registerly.server.http.Json;

/**
 * The leave requests and decisions of the pupils a batch touches, as the rules module's leave types,
 * so its rules decide: leave is granted only in advance, a refusal is final (no later request for
 * the same dates may be granted), and an absence on refused dates is G, never C.
 */
final class LeaveHistory {

    private final Map<UUID, LeaveRequest> requests = new HashMap<>();
    private final Map<String, List<LeaveDecision>> decisionsByPupil = new HashMap<>();

    /** Reads the stored requests and decisions of {@code pupils}, oldest first. */
    void load(Handle h, Collection<UUID> pupils, Function<UUID, ZoneId> zoneOfPupil,
              Function<UUID, LeaveOfAbsenceRules> rulesOfPupil) {
        if (pupils.isEmpty()) {
            return;
        }
        List<LeaveRow> rows = h.createQuery("""
                        select e.id, e.type, e.pupil_id, e.ref_id, e.payload::text as payload, e.received_at,
                               coalesce(s.name || ', ' || s.position, 'the school office') as signed
                        from events e left join devices d on d.id = e.device_id left join staff s on s.id = d.staff_id
                        where e.pupil_id = any(:pupils) and e.type in ('LEAVE_REQUEST', 'LEAVE_DECISION')
                        order by e.tx_id, e.position""")
                .bind("pupils", pupils.toArray(new UUID[0]))
                .map(ConstructorMapper.of(LeaveRow.class))
                .list();
        for (LeaveRow row : rows) {
            LocalDate received = LocalDate.ofInstant(row.receivedAt(), zoneOfPupil.apply(row.pupilId()));
            JsonNode payload = Json.parse(row.payload());
            if (row.type() == EventType.LEAVE_REQUEST) {
                request(row.id(), row.pupilId(), received, payload);
            } else {
                decision(row.refId(), payload.get("decision").asText(), row.signed(), received,
                        rulesOfPupil.apply(row.pupilId()));
            }
        }
    }

    /** A stored leave request or decision, with the "Name, Position" of whoever decided. */
    public record LeaveRow(UUID id, EventType type, UUID pupilId, UUID refId, String payload, Instant receivedAt,
                           String signed) {
    }

    void request(UUID id, UUID pupil, LocalDate requestedOn, JsonNode payload) {
        // Whether the circumstances are exceptional is the head's judgement, given by approving.
        requests.put(id, new LeaveRequest(pupil.toString(), requestedOn, LocalDate.parse(payload.get("from").asText()),
                LocalDate.parse(payload.get("to").asText()), true, payload.get("reason").asText()));
    }

    void decision(UUID requestId, String decision, String by, LocalDate on, LeaveOfAbsenceRules rules) {
        LeaveRequest request = requests.get(requestId);
        if (request == null) {
            return;
        }
        List<LeaveDecision> earlier = decisionsByPupil.computeIfAbsent(request.pupil(), k -> new ArrayList<>());
        if ("REFUSED".equals(decision)) {
            earlier.add(rules.refuse(request, by, on));
        } else if (rules.assess(request, earlier).mayBeGranted()) {
            earlier.add(rules.grant(request, earlier, by, on));
        }
    }

    /** The rules' assessment of granting request {@code id}; null when the request is not known here. */
    LeaveAssessment assessGrant(UUID id, LeaveOfAbsenceRules rules) {
        LeaveRequest request = requests.get(id);
        if (request == null) {
            return null;
        }
        return rules.assess(request, decisionsByPupil.getOrDefault(request.pupil(), List.of()));
    }

    /** The pupil's decided leave, as the rules' recording check takes it (only refusals matter there). */
    List<LeaveDecision> decisions(String pupil) {
        return decisionsByPupil.getOrDefault(pupil, List.of());
    }
}
