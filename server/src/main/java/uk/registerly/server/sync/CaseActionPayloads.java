package uk.registerly.server.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.registerly.rules.casework.CaseAction;
import uk.registerly.rules.casework.CaseActionDocument;
import uk.registerly.rules.document.InvalidDocumentException;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.Json;
import uk.registerly.server.http.JsonFields;

/**
 * Reads a CASE_ACTION payload with the rules module's CaseActionDocument, so the server and the app refuse the
 * same payloads with the same words. The payload is the document plus the event's {@code pupil}.
 */
final class CaseActionPayloads {

    /** Stands for the event's id while the payload is read: the id is the envelope's, checked there. */
    private static final String THIS_EVENT = "this-event";

    private CaseActionPayloads() {
    }

    static EventPayload.CaseActionFact parse(UUID pupil, JsonFields f) {
        ObjectNode document = ((ObjectNode) f.node()).deepCopy();
        document.remove("pupil");
        CaseAction action;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = Json.MAPPER.convertValue(document, Map.class);
            action = CaseActionDocument.fromMap(THIS_EVENT, pupil.toString(), map);
        } catch (InvalidDocumentException e) {
            throw ApiException.badRequest(e.problems().stream().map(p -> f.name(p.toString()))
                    .collect(Collectors.joining("; ")));
        }
        UUID withdraws = null;
        if (action.refersTo() != null) {
            try {
                withdraws = UUID.fromString(action.refersTo());
            } catch (IllegalArgumentException e) {
                throw f.invalid("refersTo", "must be the id (a UUID) of an earlier CASE_ACTION of this pupil");
            }
        }
        return new EventPayload.CaseActionFact(pupil, action, withdraws);
    }

    /** A CaseAction read back from a stored event, under its own id. */
    static CaseAction read(UUID id, UUID pupil, Map<String, Object> payload) {
        payload.remove("pupil");
        return CaseActionDocument.fromMap(id.toString(), pupil.toString(), payload);
    }
}
