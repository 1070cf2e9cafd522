package uk.registerly.app.data.reports;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.dao.RosterDao;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.evidence.EvidenceStore;
import uk.registerly.app.data.journal.EventJournal;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.data.parents.ParentChildren;
import uk.registerly.app.data.parents.ParentRequestRefused;
import uk.registerly.app.data.readmodel.ReadModels;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.data.roster.SchoolRules;
import uk.registerly.app.data.roster.SchoolRulesLookup;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * {@link AbsenceReportRepository} over the journal, offline first: nothing is changed in place;
 * every step is an event, and the sync sends them in order.
 */
@Singleton
public class OfflineFirstAbsenceReportRepository implements AbsenceReportRepository {
    private static final List<String> REPORT_TYPES = Arrays.asList(EventType.ABSENCE_REPORT.name(),
            EventType.ABSENCE_REPORT_UPDATED.name(), EventType.ABSENCE_REPORT_CANCELLED.name(),
            EventType.ABSENCE_REPORT_PROCESSED.name());

    private final JournalDao journalDao;
    private final EventJournal journal;
    private final RosterDao roster;
    private final SchoolRulesLookup schools;
    private final ParentChildren children;
    private final ReportDraftChecks checks;
    private final EvidenceStore evidence;
    private final ReadModels readModels;
    private final Clock clock;

    @Inject
    public OfflineFirstAbsenceReportRepository(RegisterlyDatabase database, SchoolRulesLookup schools,
                                               EventJournal journal, ParentChildren children, EvidenceStore evidence,
                                               ReadModels readModels, Clock clock) {
        this.journalDao = database.journal();
        this.journal = journal;
        this.roster = database.roster();
        this.schools = schools;
        this.children = children;
        this.checks = new ReportDraftChecks(children, roster, schools);
        this.evidence = evidence;
        this.readModels = readModels;
        this.clock = clock;
    }

    @Override
    public LiveData<List<AbsenceReport>> reportsAsTheyStand() {
        return readModels.recomputing(this::fold);
    }

    // ---- Parent ----

    /** Recomputed on journal and roster changes, including deliveries (a line stops being "unsent"). */
    @Override
    public LiveData<List<ReportLine>> reports() {
        return readModels.recomputing(() -> {
            Map<String, RosterPupil> mine = new HashMap<>();
            for (PupilEntity child : children.filter(roster.allPupils())) {
                mine.put(child.id, RosterPupil.of(child));
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

    @Override
    @WorkerThread
    public List<JournalEventEntity> report(AbsenceReportDraft draft, @Nullable byte[] photo) {
        if (draft.childIds.isEmpty()) {
            throw new ParentRequestRefused(ParentRequestRefused.Problem.NO_CHILD, "Choose at least one child.");
        }
        for (String child : draft.childIds) {
            checks.check(child, draft);
        }
        List<EventJournal.Draft> events = new ArrayList<>();
        for (String child : draft.childIds) {
            String evidenceId = photo == null ? null : evidence.store(child, photo);
            events.add(new EventJournal.Draft(EventType.ABSENCE_REPORT, EventPayloads.absenceReport(child, draft.from,
                    draft.to, draft.sessions, draft.category, draft.note, evidenceId)));
        }
        return journal.recordTogether(events);
    }

    @Override
    @WorkerThread
    public JournalEventEntity update(String reportId, AbsenceReportDraft draft, @Nullable byte[] newPhoto,
                                     boolean removePhoto) {
        AbsenceReport report = openOwnReport(reportId);
        checks.check(report.pupilId, draft);
        String evidenceId = newPhoto != null ? evidence.store(report.pupilId, newPhoto)
                : removePhoto ? null : report.evidenceId;
        return journal.record(EventType.ABSENCE_REPORT_UPDATED, EventPayloads.absenceReportUpdated(report.id,
                report.pupilId, draft.from, draft.to, draft.sessions, draft.category, draft.note, evidenceId));
    }

    @Override
    @WorkerThread
    public JournalEventEntity cancel(String reportId) {
        AbsenceReport report = openOwnReport(reportId);
        return journal.record(EventType.ABSENCE_REPORT_CANCELLED,
                EventPayloads.absenceReportCancelled(report.pupilId, report.id));
    }

    // ---- Office ----

    @Override
    public LiveData<List<InboxItem>> inbox() {
        return readModels.recomputing(() -> {
            List<AbsenceReport> open = new ArrayList<>();
            for (AbsenceReport report : fold()) {
                if (report.isOpen()) {
                    open.add(report);
                }
            }
            List<InboxItem> items = new ArrayList<>();
            for (ReportGroup group : DuplicateReports.merge(open)) {
                PupilEntity pupil = roster.pupil(group.pupilId());
                if (pupil != null) {
                    SchoolRules rules = schools.forSchool(pupil.schoolId);
                    items.add(new InboxItem(group, RosterPupil.of(pupil), rules == null
                            ? Collections.<SchoolSession>emptyList()
                            : new ArrayList<>(covered(group.reports, rules).keySet())));
                }
            }
            return items;
        });
    }

    @Override
    @WorkerThread
    public List<JournalEventEntity> accept(List<String> reportIds, AttendanceCode code) {
        List<AbsenceReport> reports = openReports(reportIds);
        String pupilId = pupilOf(reports);
        SchoolRules rules = requireRules(pupilId);
        LocalDateTime now = rules.localNow(clock);
        List<EventJournal.Draft> drafts = new ArrayList<>();
        for (AbsenceReport report : reports) {
            drafts.add(new EventJournal.Draft(EventType.ABSENCE_REPORT_PROCESSED,
                    EventPayloads.absenceReportAccepted(report.pupilId, report.id, code)));
        }
        for (Map.Entry<SchoolSession, String> session : covered(reports, rules).entrySet()) {
            drafts.add(new EventJournal.Draft(EventType.REASON, EventPayloads.reason(pupilId, session.getKey().date(),
                    session.getKey().session(), code, now, session.getValue())));
        }
        return journal.recordTogether(drafts);
    }

    @Override
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

    /** The one fold of the stream, over every report event this device holds. */
    @WorkerThread
    private List<AbsenceReport> fold() {
        return AbsenceReportFolder.fold(journalDao.ofTypes(REPORT_TYPES));
    }

    /** Each school session the reports cover, in order, with the first report (by when made) that covers it. */
    private static Map<SchoolSession, String> covered(List<AbsenceReport> reports, SchoolRules rules) {
        Map<SchoolSession, String> reportOfSession = new TreeMap<>();
        for (AbsenceReport report : reports) {
            for (SchoolSession session : rules.schoolSessions(report.from, report.to, report.sessions)) {
                reportOfSession.putIfAbsent(session, report.id);
            }
        }
        return reportOfSession;
    }

    private AbsenceReport openOwnReport(String reportId) {
        AbsenceReport report = null;
        for (AbsenceReport candidate : fold()) {
            if (candidate.id.equals(reportId)) {
                report = candidate;
            }
        }
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
                throw new NotRecordableException("This report was already "
                        + report.status.name().toLowerCase(Locale.ROOT) + ".");
            }
            reports.add(report);
        }
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("no report to process");
        }
        return reports;
    }

    /** The one pupil all the reports are about (reports of different pupils are decided separately). */
    private String pupilOf(List<AbsenceReport> reports) {
        String pupilId = reports.get(0).pupilId;
        for (AbsenceReport report : reports) {
            if (!report.pupilId.equals(pupilId)) {
                throw new IllegalArgumentException("reports of different pupils are decided separately");
            }
        }
        if (roster.pupil(pupilId) == null) {
            throw new NotRecordableException("This pupil is not on this device's roll.");
        }
        return pupilId;
    }

    private SchoolRules requireRules(String pupilId) {
        PupilEntity pupil = roster.pupil(pupilId);
        SchoolRules rules = pupil == null ? null : schools.forSchool(pupil.schoolId);
        if (rules == null) {
            throw new NotRecordableException("The school's calendar has not reached this device yet: sync first.");
        }
        return rules;
    }
}
