package uk.registerly.app.data.journal;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.time.LocalDateTime;
import java.util.Map;

import uk.registerly.rules.casework.CaseAction;
import uk.registerly.rules.casework.CaseActionDocument;

/**
 * The payloads of issue 16's events (docs/sync-protocol.md §4): CASE_ACTION is the rules module's
 * CaseActionDocument with the pupil, so the device writes exactly what the server reads back with the same checks.
 */
public final class CaseworkPayloads {
    private static final Gson GSON = new Gson();

    private CaseworkPayloads() {
    }

    /** The action's payload; its id is the journal's (the event's envelope), not the one it was checked with. */
    public static JsonObject caseAction(CaseAction action) {
        JsonObject p = EventPayloads.pupil(action.pupil());
        for (Map.Entry<String, Object> field : CaseActionDocument.toMap(action).entrySet()) {
            JsonElement value = GSON.toJsonTree(field.getValue());
            p.add(field.getKey(), value);
        }
        return p;
    }

    /** LETTER_READ: the parent opened letter {@code letter} (its id from the pupil's letters list) at {@code at}. */
    public static JsonObject letterRead(String pupil, String letter, LocalDateTime at) {
        JsonObject p = EventPayloads.pupil(pupil);
        p.addProperty("letter", letter);
        p.addProperty("at", EventPayloads.time(at));
        return p;
    }
}
