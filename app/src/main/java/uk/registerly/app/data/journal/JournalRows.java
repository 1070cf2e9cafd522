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
            case ARRIVAL_WITHDRAWN:
                // Always on the arrival's own day (the server refuses it otherwise): read with that day's facts.
                return new Keys(pupil, dayOf(text(payload, "at")), text(payload, "arrival"));
            default:
                throw new IllegalArgumentException("unknown type " + type);
        }
    }

    @Nullable
    private static String dayOf(@Nullable String localDateTime) {
        return localDateTime == null || localDateTime.length() < 10 ? null : localDateTime.substring(0, 10);
    }

    @Nullable
    static String text(JsonObject payload, String field) {
        JsonElement value = payload.get(field);
        return value == null || value.isJsonNull() ? null : value.getAsString();
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
