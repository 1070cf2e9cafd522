package uk.registerly.app.data.leave;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.JournalOrder;
import uk.registerly.rules.calendar.Session;

/**
 * Folds LEAVE_REQUEST and LEAVE_DECISION events into requests, in {@link JournalOrder#RECORDED};
 * the first decision is final, and one naming another pupil or an unknown request is ignored.
 * The only fold of the stream: the parent's list and the office's worklist both read it.
 */
public final class LeaveRequestFolder {
    private LeaveRequestFolder() {
    }

    /** Requests in the order they were made. */
    public static List<LeaveRequestState> fold(List<JournalEventEntity> events) {
        List<JournalEventEntity> ordered = new ArrayList<>(events);
        ordered.sort(JournalOrder.RECORDED);
        Map<String, Draft> requests = new LinkedHashMap<>();
        // Requests first, so a decision stored before its request (device clocks differ) still applies.
        for (JournalEventEntity event : ordered) {
            if (EventType.LEAVE_REQUEST.name().equals(event.type)) {
                requests.put(event.id, new Draft(event, JsonParser.parseString(event.payload).getAsJsonObject()));
            }
        }
        for (JournalEventEntity event : ordered) {
            JsonObject payload = JsonParser.parseString(event.payload).getAsJsonObject();
            if (EventType.LEAVE_DECISION.name().equals(event.type)) {
                Draft request = event.refId == null ? null : requests.get(event.refId);
                if (request != null && request.status == LeaveRequestState.Status.OPEN
                        && request.pupilId.equals(event.pupilId)) {
                    request.status = "APPROVED".equals(text(payload, "decision"))
                            ? LeaveRequestState.Status.APPROVED : LeaveRequestState.Status.REFUSED;
                    request.note = text(payload, "note");
                    request.eventIds.add(event.id);
                }
            }
        }
        List<LeaveRequestState> folded = new ArrayList<>();
        for (Draft draft : requests.values()) {
            folded.add(new LeaveRequestState(draft.id, draft.pupilId, draft.from, draft.to, draft.sessions,
                    draft.reason, draft.requestedAt, draft.status, draft.note, draft.eventIds));
        }
        return folded;
    }

    private static final class Draft {
        final String id;
        final String pupilId;
        final LocalDate from;
        final LocalDate to;
        final Set<Session> sessions = EnumSet.noneOf(Session.class);
        final String reason;
        final Instant requestedAt;
        final List<String> eventIds = new ArrayList<>();
        LeaveRequestState.Status status = LeaveRequestState.Status.OPEN;
        String note;

        Draft(JournalEventEntity event, JsonObject payload) {
            id = event.id;
            pupilId = event.pupilId;
            from = LocalDate.parse(text(payload, "from"));
            to = LocalDate.parse(text(payload, "to"));
            for (JsonElement session : payload.getAsJsonArray("sessions")) {
                sessions.add(Session.valueOf(session.getAsString()));
            }
            reason = text(payload, "reason");
            requestedAt = Instant.parse(event.deviceTime);
            eventIds.add(event.id);
        }
    }

    private static String text(JsonObject payload, String field) {
        JsonElement value = payload.get(field);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }
}
