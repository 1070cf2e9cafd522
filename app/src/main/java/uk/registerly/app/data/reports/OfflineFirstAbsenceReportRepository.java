package uk.registerly.app.data.reports;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.attendance.EvaluationExecutor;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.data.attendance.RecomputingLiveData;
import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.dao.RosterDao;
import uk.registerly.app.data.evidence.EvidenceStore;
import uk.registerly.app.data.journal.EventJournal;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.parents.ParentChildren;
import uk.registerly.app.data.parents.ParentRequestRefused;
import uk.registerly.app.data.roster.OfflineFirstRosterRepository;
import uk.registerly.app.data.roster.SchoolRules;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * Parents' absence reports, offline first. A parent reports, edits or cancels on the phone (each
 * a new event, for their own children only); the office sees open reports folded and merged
 * ({@link DuplicateReports}) and accepts each with one code, or declines it with a note. Nothing
 * is changed in place: every step is an event, and the sync sends them in order.
 */
@Singleton
public class OfflineFirstAbsenceReportRepository {
    /** The protocol's longest report (sync-protocol §4). */
    public static final int MAX_REPORT_DAYS = 31;
    private static final List<String> REPORT_TYPES = Arrays.asList(EventType.ABSENCE_REPORT.name(),
            EventType.ABSENCE_REPORT_UPDATED.name(), EventType.ABSENCE_REPORT_CANCELLED.name(),
            EventType.ABSENCE_REPORT_PROCESSED.name());

    private final JournalDao journalDao;
    private final EventJournal journal;
    private final RosterDao rosterDao;
    private final OfflineFirstRosterRepository roster;
    private final ParentChildren children;
    private final EvidenceStore evidence;
    private final Clock clock;
    private final Executor executor;

    @Inject
    public OfflineFirstAbsenceReportRepository(RegisterlyDatabase database, OfflineFirstRosterRepository roster,
                                               EventJournal journal, ParentChildren children,
                                               EvidenceStore evidence, Clock clock,
                                               @EvaluationExecutor Executor executor) {
        this.journalDao = database.journal();
        this.journal = journal;
        this.rosterDao = database.roster();
        this.roster = roster;
        this.children = children;
        this.evidence = evidence;
        this.clock = clock;
        this.executor = executor;
    }

    /**
     * Every report on the device as it stands, first made first: what the teacher's register
     * shows beside a pupil (the same fold as the inbox and the parent's list).
     */
    public LiveData<List<AbsenceReport>> reportsAsTheyStand() {
        return recomputing(this::fold);
    }

    // ---- Parent ----

    /** The parent's reports for their children, newest first, with whether each is still unsent. */
    public LiveData<List<ReportLine>> reports() {
        return recomputing(() -> {
            Map<String, PupilEntity> mine = new HashMap<>();
            for (PupilEntity child : children.filter(rosterDao.allPupils())) {
                mine.put(child.id, child);
            }
            List<AbsenceReport> reports = new ArrayList<>();
            List<String> eventIds = new ArrayList<>();
            for (AbsenceReport report : fold()) {
                if (mine.containsKey(report.pupilId)) {
                    reports.add(report);
                    eventIds.addAll(report.eventIds);
                }
            }
            Set<String> pending = eventIds.isEmpty() ? Collections.<String>emptySet()
                    : new HashSet<>(journalDao.pendingAmong(eventIds));
            List<ReportLine> lines = new ArrayList<>(reports.size());
            for (int i = reports.size() - 1; i >= 0; i--) {
                AbsenceReport report = reports.get(i);
                lines.add(new ReportLine(report, mine.get(report.pupilId),
                        !Collections.disjoint(pending, report.eventIds)));
            }
            return lines;
        });
    }

    /**
     * One ABSENCE_REPORT per chosen child, written together (all or none). A photo is stored
     * encrypted on the phone once per child (the server files evidence by child) and uploaded
     * by the sync before the reports that name it.
     *
     * @param photo a JPEG prepared by {@code EvidencePhotos}, or null
     */
    @WorkerThread
    public List<JournalEventEntity> report(AbsenceReportDraft draft, @Nullable byte[] photo) {
        if (draft.childIds.isEmpty()) {
            throw new ParentRequestRefused(ParentRequestRefused.Problem.NO_CHILD, "Choose at least one child.");
        }
        for (String child : draft.childIds) {
            check(child, draft);
        }
        List<EventJournal.Draft> events = new ArrayList<>();
        for (String child : draft.childIds) {
            String evidenceId = photo == null ? null : evidence.store(child, photo);
            events.add(new EventJournal.Draft(EventType.ABSENCE_REPORT, EventPayloads.absenceReport(child, draft.from,
                    draft.to, draft.sessions, draft.category, draft.note, evidenceId)));
        }
        return journal.recordTogether(events);
    }

    /**
     * The report's complete new content, while it is open. The photo stays unless a new one is
     * given ({@code newPhoto}) or it is removed ({@code removePhoto}).
     */
    @WorkerThread
    public JournalEventEntity update(String reportId, AbsenceReportDraft draft, @Nullable byte[] newPhoto,
                                     boolean removePhoto) {
        AbsenceReport report = openOwnReport(reportId);
        check(report.pupilId, draft);
        String evidenceId = newPhoto != null ? evidence.store(report.pupilId, newPhoto)
                : removePhoto ? null : report.evidenceId;
        return journal.record(EventType.ABSENCE_REPORT_UPDATED, EventPayloads.absenceReportUpdated(report.id,
                report.pupilId, draft.from, draft.to, draft.sessions, draft.category, draft.note, evidenceId));
    }

    @WorkerThread
    public JournalEventEntity cancel(String reportId) {
        AbsenceReport report = openOwnReport(reportId);
        return journal.record(EventType.ABSENCE_REPORT_CANCELLED,
                EventPayloads.absenceReportCancelled(report.pupilId, report.id));
    }

    /** One report as it stands now, or null when the device does not have it. */
    @Nullable
    @WorkerThread
    public AbsenceReport find(String reportId) {
        for (AbsenceReport report : fold()) {
            if (report.id.equals(reportId)) {
                return report;
            }
        }
        return null;
    }

    // ---- Office ----

    /** Open reports, duplicates merged, the oldest first: the office's inbox. */
    public LiveData<List<InboxItem>> inbox() {
        return recomputing(() -> {
            List<AbsenceReport> open = new ArrayList<>();
            for (AbsenceReport report : fold()) {
                if (report.isOpen()) {
                    open.add(report);
                }
            }
            List<InboxItem> items = new ArrayList<>();
            for (ReportGroup group : DuplicateReports.merge(open)) {
                PupilEntity pupil = rosterDao.pupil(group.pupilId());
                if (pupil != null) {
                    SchoolRules rules = roster.rulesForPupil(pupil);
                    items.add(new InboxItem(group, pupil, rules == null ? Collections.<SchoolSession>emptyList()
                            : new ArrayList<>(covered(group.reports, rules).keySet())));
                }
            }
            return items;
        });
    }

    /**
     * Accepts one absence, reported once or several times: ABSENCE_REPORT_PROCESSED (ACCEPTED,
     * {@code code}) for each report, then one REASON per school session they cover, each naming
     * the first report that covers it; all in one batch, as the protocol asks.
     */
    @WorkerThread
    public List<JournalEventEntity> accept(List<String> reportIds, AttendanceCode code) {
        List<AbsenceReport> reports = openReports(reportIds);
        PupilEntity pupil = pupilOf(reports);
        SchoolRules rules = requireRules(pupil);
        LocalDateTime now = rules.localNow(clock);
        List<EventJournal.Draft> drafts = new ArrayList<>();
        for (AbsenceReport report : reports) {
            drafts.add(new EventJournal.Draft(EventType.ABSENCE_REPORT_PROCESSED,
                    EventPayloads.absenceReportAccepted(report.pupilId, report.id, code)));
        }
        for (Map.Entry<SchoolSession, String> session : covered(reports, rules).entrySet()) {
            drafts.add(new EventJournal.Draft(EventType.REASON, EventPayloads.reason(pupil.id, session.getKey().date(),
                    session.getKey().session(), code, now, session.getValue())));
        }
        return journal.recordTogether(drafts);
    }

    /** Each school session the reports cover, in order, with the first report (by when made) that covers it. */
    private static Map<SchoolSession, String> covered(List<AbsenceReport> reports, SchoolRules rules) {
        Map<SchoolSession, String> reportOfSession = new java.util.TreeMap<>();
        for (AbsenceReport report : reports) {
            for (SchoolSession session : rules.schoolSessions(report.from, report.to, report.sessions)) {
                reportOfSession.putIfAbsent(session, report.id);
            }
        }
        return reportOfSession;
    }

    /** Declines each report with the office's note (shown to the parent). */
    @WorkerThread
    public List<JournalEventEntity> decline(List<String> reportIds, String note) {
        if (note == null || note.trim().isEmpty()) {
            throw new NotRecordableException("Say why the report is declined: the parent sees this note.");
        }
        List<EventJournal.Draft> drafts = new ArrayList<>();
        for (AbsenceReport report : openReports(reportIds)) {
            drafts.add(new EventJournal.Draft(EventType.ABSENCE_REPORT_PROCESSED,
                    EventPayloads.absenceReportDeclined(report.pupilId, report.id, note)));
        }
        return journal.recordTogether(drafts);
    }

    // ---- checks ----

    private void check(String child, AbsenceReportDraft draft) {
        children.require(child);
        if (draft.to.isBefore(draft.from)) {
            throw new ParentRequestRefused(ParentRequestRefused.Problem.DATES_REVERSED,
                    "The last day of the absence is before the first.");
        }
        if (ChronoUnit.DAYS.between(draft.from, draft.to) + 1 > MAX_REPORT_DAYS) {
            throw new ParentRequestRefused(ParentRequestRefused.Problem.REPORT_TOO_LONG,
                    "A report covers at most " + MAX_REPORT_DAYS + " days; send another for the rest.");
        }
        if (draft.sessions.isEmpty()) {
            throw new ParentRequestRefused(ParentRequestRefused.Problem.NO_SESSIONS,
                    "Choose the morning, the afternoon or both.");
        }
        PupilEntity pupil = rosterDao.pupil(child);
        SchoolRules rules = pupil == null ? null : roster.rulesForPupil(pupil);
        if (rules == null) {
            throw new ParentRequestRefused(ParentRequestRefused.Problem.CALENDAR_MISSING,
                    "The school's calendar has not reached this phone yet: connect to the internet once.");
        }
        if (rules.schoolSessions(draft.from, draft.to, draft.sessions).isEmpty()) {
            throw new ParentRequestRefused(ParentRequestRefused.Problem.NO_SCHOOL_SESSIONS,
                    "There is no school on those days.");
        }
    }

    private AbsenceReport openOwnReport(String reportId) {
        AbsenceReport report = find(reportId);
        if (report == null) {
            throw new IllegalArgumentException("no report " + reportId + " on this device");
        }
        children.require(report.pupilId);
        if (!report.isOpen()) {
            throw new ParentRequestRefused(ParentRequestRefused.Problem.REPORT_CLOSED,
                    "The school has already dealt with this report, so it can no longer be changed.");
        }
        return report;
    }

    private List<AbsenceReport> openReports(List<String> reportIds) {
        Map<String, AbsenceReport> all = new HashMap<>();
        for (AbsenceReport report : fold()) {
            all.put(report.id, report);
        }
        List<AbsenceReport> reports = new ArrayList<>();
        for (String id : reportIds) {
            AbsenceReport report = all.get(id);
            if (report == null) {
                throw new IllegalArgumentException("no report " + id + " on this device");
            }
            if (!report.isOpen()) {
                throw new NotRecordableException("This report was already " + report.status.name().toLowerCase(
                        java.util.Locale.ROOT) + ".");
            }
            reports.add(report);
        }
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("no report to process");
        }
        return reports;
    }

    private PupilEntity pupilOf(List<AbsenceReport> reports) {
        String pupilId = reports.get(0).pupilId;
        for (AbsenceReport report : reports) {
            if (!report.pupilId.equals(pupilId)) {
                throw new IllegalArgumentException("reports of different pupils are decided separately");
            }
        }
        PupilEntity pupil = rosterDao.pupil(pupilId);
        if (pupil == null) {
            throw new NotRecordableException("This pupil is not on this device's roll.");
        }
        return pupil;
    }

    private SchoolRules requireRules(PupilEntity pupil) {
        SchoolRules rules = roster.rulesForPupil(pupil);
        if (rules == null) {
            throw new NotRecordableException("The school's calendar has not reached this device yet: sync first.");
        }
        return rules;
    }

    @WorkerThread
    private List<AbsenceReport> fold() {
        return AbsenceReportFolder.fold(journalDao.ofTypes(REPORT_TYPES));
    }

    /** Recomputed on journal and roster changes, including deliveries (a line stops being "unsent"). */
    private <T> LiveData<T> recomputing(java.util.function.Supplier<T> compute) {
        return new RecomputingLiveData<>(executor, compute, journalDao.observeVersion(), roster.changes());
    }
}
