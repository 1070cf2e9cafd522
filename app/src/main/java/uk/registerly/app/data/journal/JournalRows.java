package uk.registerly.app.data.journal;

import androidx.annotation.Nullable;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The columns the journal indexes, read from an event's payload: whose it is, which day it is
 * about, and which earlier event it refers to. Used for own and pulled events alike.
 */
public final class JournalRows {
    private JournalRows() {
    }

    public static Keys keysOf(EventType type, JsonObject payload) {
        if (namesNoPupil(type)) {
            // School-wide: kept under no pupil, on the day of its time, as an older version kept it raw.
            return new Keys("", dayOf(text(payload, "at")), null);
        }
        String pupil = text(payload, "pupil");
        if (pupil == null) {
            throw new IllegalArgumentException(type + " needs a pupil");
        }
        switch (type) {
            case REGISTER_MARK:
            case REASON:
            case AMENDMENT:
                return new Keys(pupil, text(payload, "date"), text(payload, "report"));
            case ARRIVAL:
                return new Keys(pupil, dayOf(text(payload, "at")), null);
            case CONTACT_ATTEMPT:
                return new Keys(pupil, text(payload, "date"), null);
            case ABSENCE_REPORT:
                return new Keys(pupil, null, null);
            case ABSENCE_REPORT_UPDATED:
            case ABSENCE_REPORT_CANCELLED:
            case ABSENCE_REPORT_PROCESSED:
                return new Keys(pupil, null, text(payload, "report"));
            case LEAVE_REQUEST:
                return new Keys(pupil, null, null);
            case LEAVE_DECISION:
                return new Keys(pupil, null, text(payload, "request"));
            case EARLY_DEPARTURE:
            case RETURNED:
            case ROLL_CALL_ACCOUNTED:
                // The day of its time, no reference: the keys an older version gave the raw row (keysOfUnknown),
                // so its rows and this version's are found by the same queries. A tick's roll call is in its payload.
                return new Keys(pupil, dayOf(text(payload, "at")), null);
            case PARENT_NOTIFIED:
                return new Keys(pupil, text(payload, "date"), null);
            case CASE_ACTION:
            case LETTER_READ:
                // The day of its time, no reference (a withdrawal's refersTo stays in the payload): the keys an
                // older version gave the raw row (keysOfUnknown), so both are found by the same queries.
                return new Keys(pupil, dayOf(text(payload, "at")), null);
            case ARRIVAL_WITHDRAWN:
                // Always on the arrival's own day (the server refuses it otherwise): read with that day's facts.
                return new Keys(pupil, dayOf(text(payload, "at")), text(payload, "arrival"));
            default:
                throw new IllegalArgumentException("unknown type " + type);
        }
    }

    /** ROLL_CALL_STARTED, ROLL_CALL_ENDED and SPOT_CHECK name no pupil (sync-protocol §4). */
    public static boolean namesNoPupil(EventType type) {
        return type == EventType.ROLL_CALL_STARTED || type == EventType.ROLL_CALL_ENDED
                || type == EventType.SPOT_CHECK;
    }

    /**
     * The keys of an event whose type this version does not know (a newer app's, kept raw): by the
     * conventions every type follows — its pupil, the day it is about ({@code date}, or the day of
     * {@code at}), the event it refers to ({@code report}, {@code request} or {@code arrival}) — so
     * a later version that knows the type finds it by the same keys.
     */
    public static Keys keysOfUnknown(@Nullable String pupil, JsonObject payload) {
        String owner = text(payload, "pupil");
        String date = text(payload, "date");
        String ref = text(payload, "report");
        if (ref == null) {
            ref = text(payload, "request");
        }
        if (ref == null) {
            ref = text(payload, "arrival");
        }
        return new Keys(owner != null ? owner : pupil == null ? "" : pupil,
                date != null ? date : dayOf(text(payload, "at")), ref);
    }

    @Nullable
    private static String dayOf(@Nullable String localDateTime) {
        return localDateTime == null || localDateTime.length() < 10 ? null : localDateTime.substring(0, 10);
    }

    @Nullable
    static String text(JsonObject payload, String field) {
        JsonElement value = payload.get(field);
        return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
    }

    /** Pupil, day and reference of one event. */
    public static final class Keys {
        public final String pupilId;
        @Nullable
        public final String factDate;
        @Nullable
        public final String refId;

        Keys(String pupilId, @Nullable String factDate, @Nullable String refId) {
            this.pupilId = pupilId;
            this.factDate = factDate;
            this.refId = refId;
        }
    }
}
