package uk.registerly.app.data.calling;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventPayloads.ContactOutcome;
import uk.registerly.app.data.journal.JournalOrder;

/**
 * The one fold of the CONTACT_ATTEMPT stream: a day's calls by pupil, in the order they were
 * recorded ({@link JournalOrder#RECORDED}). Calls are facts of their own (nothing refers to one),
 * so nothing closes or replaces them.
 */
final class ContactAttempts {
    private ContactAttempts() {
    }

    static Map<String, List<ContactAttempt>> on(LocalDate day, List<JournalEventEntity> calls) {
        List<JournalEventEntity> ordered = new ArrayList<>(calls);
        ordered.sort(JournalOrder.RECORDED);
        Map<String, List<ContactAttempt>> byPupil = new LinkedHashMap<>();
        for (JournalEventEntity call : ordered) {
            if (day.toString().equals(call.factDate)) {
                JsonObject payload = JsonParser.parseString(call.payload).getAsJsonObject();
                byPupil.computeIfAbsent(call.pupilId, k -> new ArrayList<>()).add(new ContactAttempt(
                        ContactOutcome.valueOf(payload.get("outcome").getAsString()),
                        payload.has("note") ? payload.get("note").getAsString() : null,
                        LocalDateTime.parse(payload.get("at").getAsString())));
            }
        }
        return byPupil;
    }
}
