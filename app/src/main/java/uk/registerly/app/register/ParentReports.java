package uk.registerly.app.register;

import androidx.annotation.Nullable;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.registerly.app.data.db.JournalEventEntity;
import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.rules.calendar.Session;

/**
 * Which pupils a parent has reported absent for one session, from the absence-report events the
 * teacher's tablet pulls (sync-protocol §4): a report as last updated, unless the parent cancelled
 * it or the office declined it. The register shows it on the row so the teacher marks N knowing the
 * office has a reason coming, instead of chasing the pupil.
 */
public final class ParentReports {
    /** The absence-report types to observe, in one place for the view model. */
    public static final EventType[] TYPES = {EventType.ABSENCE_REPORT, EventType.ABSENCE_REPORT_UPDATED,
            EventType.ABSENCE_REPORT_CANCELLED, EventType.ABSENCE_REPORT_PROCESSED};

    private ParentReports() {
    }

    /** A report that covers the session: its category, and whether the office has accepted it yet. */
    public static final class Reported {
        public final AbsenceCategory category;
        public final boolean accepted;

        Reported(AbsenceCategory category, boolean accepted) {
            this.category = category;
            this.accepted = accepted;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Reported && ((Reported) o).category == category && ((Reported) o).accepted == accepted;
        }

        @Override
        public int hashCode() {
            return category.hashCode() * 31 + (accepted ? 1 : 0);
        }
    }

    /**
     * Pupils with a live report covering {@code date}'s {@code session}.
     *
     * @param events the report events in the order the device stored them
     */
    public static Map<String, Reported> covering(List<JournalEventEntity> events, LocalDate date, Session session) {
        Map<String, JsonObject> content = new LinkedHashMap<>();
        Map<String, String> pupilOf = new HashMap<>();
        Map<String, Boolean> accepted = new HashMap<>();
        for (JournalEventEntity event : events) {
            JsonObject payload = JsonParser.parseString(event.payload).getAsJsonObject();
            switch (EventType.valueOf(event.type)) {
                case ABSENCE_REPORT:
                    content.put(event.id, payload);
                    pupilOf.put(event.id, event.pupilId);
                    break;
                case ABSENCE_REPORT_UPDATED:
                    if (content.containsKey(event.refId)) {
                        content.put(event.refId, payload);
                    }
                    break;
                case ABSENCE_REPORT_CANCELLED:
                    content.remove(event.refId);
                    break;
                case ABSENCE_REPORT_PROCESSED:
                    if ("ACCEPTED".equals(text(payload, "outcome"))) {
                        accepted.put(event.refId, true);
                    } else {
                        content.remove(event.refId);
                    }
                    break;
                default:
                    break;
            }
        }
        Map<String, Reported> covering = new HashMap<>();
        for (Map.Entry<String, JsonObject> report : content.entrySet()) {
            JsonObject p = report.getValue();
            if (covers(p, date, session)) {
                covering.put(pupilOf.get(report.getKey()), new Reported(category(p),
                        Boolean.TRUE.equals(accepted.get(report.getKey()))));
            }
        }
        return Collections.unmodifiableMap(covering);
    }

    private static boolean covers(JsonObject report, LocalDate date, Session session) {
        LocalDate from = LocalDate.parse(text(report, "from"));
        LocalDate to = LocalDate.parse(text(report, "to"));
        if (date.isBefore(from) || date.isAfter(to)) {
            return false;
        }
        for (JsonElement s : report.getAsJsonArray("sessions")) {
            if (session.name().equals(s.getAsString())) {
                return true;
            }
        }
        return false;
    }

    private static AbsenceCategory category(JsonObject report) {
        try {
            return AbsenceCategory.valueOf(text(report, "category"));
        } catch (IllegalArgumentException e) {
            return AbsenceCategory.OTHER; // a category a newer server knows: still a report
        }
    }

    @Nullable
    private static String text(JsonObject p, String field) {
        JsonElement value = p.get(field);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }
}
