package uk.registerly.app.data.casework;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.rules.casework.CaseAction;
import uk.registerly.rules.casework.CaseActionDocument;
import uk.registerly.rules.document.InvalidDocumentException;

/**
 * CASE_ACTION journal rows as the rules module's CaseActions, read with its CaseActionDocument (the server's reader).
 * A row it cannot read (a newer app's field) is left out of the case rather than break the pupil's record.
 */
final class CaseActionRows {
    private static final Gson GSON = new Gson();
    private static final Type MAP = new TypeToken<Map<String, Object>>() { }.getType();

    private CaseActionRows() {
    }

    static List<CaseAction> read(List<JournalEventEntity> rows) {
        List<CaseAction> actions = new ArrayList<>(rows.size());
        for (JournalEventEntity row : rows) {
            JsonObject payload = JsonParser.parseString(row.payload).getAsJsonObject();
            payload.remove("pupil");
            Map<String, Object> fields = GSON.fromJson(payload, MAP);
            try {
                actions.add(CaseActionDocument.fromMap(row.id, row.pupilId, fields));
            } catch (InvalidDocumentException unreadable) {
                // Not this version's document: the server holds it, the office's worklist (server-side) counts it.
            }
        }
        return actions;
    }
}
