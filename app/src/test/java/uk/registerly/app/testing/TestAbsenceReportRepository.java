package uk.registerly.app.testing;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;

import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.reports.AbsenceReport;
import uk.registerly.app.data.reports.AbsenceReportDraft;
import uk.registerly.app.data.reports.AbsenceReportRepository;
import uk.registerly.app.data.reports.InboxItem;
import uk.registerly.app.data.reports.ReportLine;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * An in-memory {@link AbsenceReportRepository}: the test sends the reports as they stand, the
 * parent's lines and the inbox; every decision and report is kept in {@link #writes}.
 */
public final class TestAbsenceReportRepository implements AbsenceReportRepository {
    public final FakeWrites writes = new FakeWrites();
    private final MutableLiveData<List<AbsenceReport>> asTheyStand =
            new MutableLiveData<>(Collections.<AbsenceReport>emptyList());
    private final MutableLiveData<List<ReportLine>> lines = new MutableLiveData<>(Collections.<ReportLine>emptyList());
    private final MutableLiveData<List<InboxItem>> inbox = new MutableLiveData<>(Collections.<InboxItem>emptyList());

    public void sendReports(List<AbsenceReport> reports) {
        asTheyStand.setValue(reports);
    }

    public void sendInbox(List<InboxItem> items) {
        inbox.setValue(items);
    }

    public void sendLines(List<ReportLine> parentsLines) {
        lines.setValue(parentsLines);
    }

    @Override
    public LiveData<List<AbsenceReport>> reportsAsTheyStand() {
        return asTheyStand;
    }

    @Override
    public LiveData<List<ReportLine>> reports() {
        return lines;
    }

    @Override
    public List<JournalEventEntity> report(AbsenceReportDraft draft, @Nullable byte[] photo) {
        writes.check();
        List<JournalEventEntity> rows = new ArrayList<>();
        for (String child : draft.childIds) {
            rows.add(writes.write(EventType.ABSENCE_REPORT, EventPayloads.absenceReport(child, draft.from, draft.to,
                    draft.sessions, draft.category, draft.note, null)));
        }
        return rows;
    }

    @Override
    public JournalEventEntity update(String reportId, AbsenceReportDraft draft, @Nullable byte[] newPhoto,
                                     boolean removePhoto) {
        return writes.write(EventType.ABSENCE_REPORT_UPDATED, EventPayloads.absenceReportUpdated(reportId,
                draft.childIds.iterator().next(), draft.from, draft.to, draft.sessions, draft.category, draft.note,
                null));
    }

    @Override
    public JournalEventEntity cancel(String reportId) {
        return writes.write(EventType.ABSENCE_REPORT_CANCELLED, EventPayloads.absenceReportCancelled(
                pupilOf(reportId), reportId));
    }

    @Override
    public LiveData<List<InboxItem>> inbox() {
        return inbox;
    }

    @Override
    public List<JournalEventEntity> accept(List<String> reportIds, AttendanceCode code) {
        return processed(reportIds, id -> EventPayloads.absenceReportAccepted(pupilOf(id), id, code));
    }

    @Override
    public List<JournalEventEntity> decline(List<String> reportIds, String note) {
        return processed(reportIds, id -> EventPayloads.absenceReportDeclined(pupilOf(id), id, note));
    }

    /** One ABSENCE_REPORT_PROCESSED per report, all or none. */
    private List<JournalEventEntity> processed(List<String> reportIds, Function<String, JsonObject> payloadOf) {
        writes.check();
        List<JournalEventEntity> rows = new ArrayList<>();
        for (String id : reportIds) {
            rows.add(writes.write(EventType.ABSENCE_REPORT_PROCESSED, payloadOf.apply(id)));
        }
        return rows;
    }

    private String pupilOf(String reportId) {
        for (InboxItem item : inbox.getValue()) {
            for (AbsenceReport report : item.group.reports) {
                if (report.id.equals(reportId)) {
                    return report.pupilId;
                }
            }
        }
        for (AbsenceReport report : asTheyStand.getValue()) {
            if (report.id.equals(reportId)) {
                return report.pupilId;
            }
        }
        throw new IllegalArgumentException("no report " + reportId + " sent to this double");
    }
}
