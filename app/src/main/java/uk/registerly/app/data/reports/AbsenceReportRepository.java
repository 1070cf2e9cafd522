package uk.registerly.app.data.reports;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import java.util.List;

import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * Parents' absence reports, each read from the one fold of the stream ({@link AbsenceReportFolder}):
 * a parent reports, edits or cancels for their own children; the office accepts a report (once,
 * however many times it was reported) with a code or declines it with a note; the teacher's register
 * shows which pupils are reported. Every step is a new event. Implemented by
 * {@link OfflineFirstAbsenceReportRepository}.
 */
public interface AbsenceReportRepository {
    /** The protocol's longest report (sync-protocol §4). */
    int MAX_REPORT_DAYS = 31;

    /** Every report on the device as it stands, first made first: what the teacher's register shows. */
    LiveData<List<AbsenceReport>> reportsAsTheyStand();

    // ---- Parent ----

    /** The parent's reports for their children, newest first, with whether each is still unsent. */
    LiveData<List<ReportLine>> reports();

    /**
     * One ABSENCE_REPORT per chosen child, written together (all or none). A photo is stored
     * encrypted on the phone once per child (the server files evidence by child) and uploaded
     * by the sync before the reports that name it.
     *
     * @param photo a JPEG prepared by {@code EvidencePhotos}, or null
     */
    @WorkerThread
    List<JournalEventEntity> report(AbsenceReportDraft draft, @Nullable byte[] photo);

    /**
     * The report's complete new content, while it is open. The photo stays unless a new one is
     * given ({@code newPhoto}) or it is removed ({@code removePhoto}).
     */
    @WorkerThread
    JournalEventEntity update(String reportId, AbsenceReportDraft draft, @Nullable byte[] newPhoto,
                              boolean removePhoto);

    /** Withdraws an open report. */
    @WorkerThread
    JournalEventEntity cancel(String reportId);

    // ---- Office ----

    /** Open reports, duplicates merged, the oldest first: the office's inbox. */
    LiveData<List<InboxItem>> inbox();

    /**
     * Accepts one absence, reported once or several times: ABSENCE_REPORT_PROCESSED (ACCEPTED,
     * {@code code}) for each report, then one REASON per school session they cover, each naming
     * the first report that covers it; all in one batch, as the protocol asks.
     */
    @WorkerThread
    List<JournalEventEntity> accept(List<String> reportIds, AttendanceCode code);

    /** Declines each report with the office's note (shown to the parent). */
    @WorkerThread
    List<JournalEventEntity> decline(List<String> reportIds, String note);
}
