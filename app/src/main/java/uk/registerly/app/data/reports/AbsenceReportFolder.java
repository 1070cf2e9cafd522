package uk.registerly.app.data.reports;

import androidx.annotation.Nullable;

import com.google.gson.JsonArray;
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
import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.JournalOrder;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * Folds absence-report events (ABSENCE_REPORT and its _UPDATED, _CANCELLED, _PROCESSED
 * follow-ups, own and pulled) into reports as they stand, in the order they were first made.
 * Follow-ups apply in {@link JournalOrder#RECORDED}; the first cancellation or processing closes a
 * report and later changes to a closed report are ignored, as the server refuses them. A follow-up
 * naming another pupil, or whose report is not on the device (yet), is ignored. This is the only
 * fold of the stream: the parent's list, the office's inbox and the teacher's register all read it.
 */
public final class AbsenceReportFolder {
    private AbsenceReportFolder() {
    }

    /** Reports in the order they were first made. */
    public static List<AbsenceReport> fold(List<JournalEventEntity> events) {
        List<JournalEventEntity> ordered = new ArrayList<>(events);
        ordered.sort(JournalOrder.RECORDED);
        Map<String, Draft> reports = new LinkedHashMap<>();
        // Reports first: a follow-up pulled before its report was stored (clocks differ between
        // devices) must still apply to it.
        for (JournalEventEntity event : ordered) {
            if (EventType.ABSENCE_REPORT.name().equals(event.type)) {
                reports.put(event.id, new Draft(event, JsonParser.parseString(event.payload).getAsJsonObject()));
            }
        }
        for (JournalEventEntity event : ordered) {
            EventType type = EventType.valueOf(event.type);
            if (type == EventType.ABSENCE_REPORT) {
                continue;
            }
            JsonObject payload = JsonParser.parseString(event.payload).getAsJsonObject();
            Draft report = event.refId == null ? null : reports.get(event.refId);
            if (report == null || report.status != AbsenceReport.Status.OPEN
                    || !report.pupilId.equals(event.pupilId)) {
                continue;
            }
            report.eventIds.add(event.id);
            switch (type) {
                case ABSENCE_REPORT_UPDATED:
                    report.content(payload);
                    break;
                case ABSENCE_REPORT_CANCELLED:
                    report.status = AbsenceReport.Status.CANCELLED;
                    break;
                case ABSENCE_REPORT_PROCESSED:
                    if ("ACCEPTED".equals(text(payload, "outcome"))) {
                        report.status = AbsenceReport.Status.ACCEPTED;
                        report.code = AttendanceCode.fromSymbol(text(payload, "code"));
                    } else {
                        report.status = AbsenceReport.Status.DECLINED;
                        report.declineNote = text(payload, "note");
                    }
                    break;
                default:
                    break;
            }
        }
        List<AbsenceReport> folded = new ArrayList<>(reports.size());
        for (Draft draft : reports.values()) {
            folded.add(draft.build());
        }
        return folded;
    }

    /** A report being folded. */
    private static final class Draft {
        final String id;
        final String pupilId;
        final Instant reportedAt;
        final boolean own;
        final List<String> eventIds = new ArrayList<>();
        LocalDate from;
        LocalDate to;
        Set<Session> sessions;
        AbsenceCategory category;
        String note;
        String evidenceId;
        AbsenceReport.Status status = AbsenceReport.Status.OPEN;
        AttendanceCode code;
        String declineNote;

        Draft(JournalEventEntity event, JsonObject payload) {
            this.id = event.id;
            this.pupilId = event.pupilId;
            this.reportedAt = Instant.parse(event.deviceTime);
            this.own = event.isLocal();
            eventIds.add(event.id);
            content(payload);
        }

        void content(JsonObject payload) {
            from = LocalDate.parse(text(payload, "from"));
            to = LocalDate.parse(text(payload, "to"));
            sessions = EnumSet.noneOf(Session.class);
            JsonArray names = payload.getAsJsonArray("sessions");
            for (JsonElement name : names) {
                sessions.add(Session.valueOf(name.getAsString()));
            }
            category = category(text(payload, "category"));
            note = text(payload, "note");
            evidenceId = text(payload, "evidence");
        }

        AbsenceReport build() {
            return new AbsenceReport(id, pupilId, from, to, sessions, category, note, evidenceId, status, code,
                    declineNote, reportedAt, eventIds, own);
        }
    }

    /** A category a newer server may add is shown as OTHER rather than hiding the report. */
    private static AbsenceCategory category(@Nullable String name) {
        try {
            return AbsenceCategory.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return AbsenceCategory.OTHER;
        }
    }

    @Nullable
    private static String text(JsonObject payload, String field) {
        JsonElement value = payload.get(field);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }
}
