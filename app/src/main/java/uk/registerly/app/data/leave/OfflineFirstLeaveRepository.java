package uk.registerly.app.data.leave;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.dao.RosterDao;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.db.entity.PupilEntity;
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
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.security.DeviceIdentityStore;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.leave.LeaveDecision;
import uk.registerly.rules.leave.LeaveIssue;
import uk.registerly.rules.leave.LeaveOfAbsenceRules;
import uk.registerly.rules.leave.LeaveRequest;

/**
 * Leave of absence, offline first: a parent asks (LEAVE_REQUEST); the office sees each request
 * with the rules module's checks ({@link LeaveOfAbsenceRules}: in advance, the school's notice,
 * exceptional circumstances only, a refusal is final) and approves it — LEAVE_DECISION plus C for
 * every granted school session, in one batch — or refuses it with a note.
 *
 * <p>When a request was made is taken from the parent's phone clock; the server judges "in
 * advance" by when it received the request, so a request sent offline on the eve of the leave
 * may pass here and be rejected there (the rejection is shown with the sync's other rejections).
 */
@Singleton
public class OfflineFirstLeaveRepository implements LeaveRepository {
    private static final List<String> LEAVE_TYPES = Arrays.asList(EventType.LEAVE_REQUEST.name(),
            EventType.LEAVE_DECISION.name());
    /** Decisions the phone pulls carry no signature; the rules need one for their record. */
    private static final String THE_SCHOOL = "the school";

    private final JournalDao journalDao;
    private final EventJournal journal;
    private final RosterDao rosterDao;
    private final SchoolRulesLookup schools;
    private final ParentChildren children;
    private final DeviceIdentityStore identities;
    private final ReadModels readModels;
    private final Clock clock;

    @Inject
    public OfflineFirstLeaveRepository(RegisterlyDatabase database, SchoolRulesLookup schools, EventJournal journal,
                                       ParentChildren children, DeviceIdentityStore identities, ReadModels readModels,
                                       Clock clock) {
        this.journalDao = database.journal();
        this.journal = journal;
        this.rosterDao = database.roster();
        this.schools = schools;
        this.children = children;
        this.identities = identities;
        this.readModels = readModels;
        this.clock = clock;
    }

    @Override
    public LiveData<List<LeaveLine>> requests() {
        return readModels.recomputing(this::computeLines);
    }

    @Nullable
    @WorkerThread
    @Override
    public Integer noticeDays(String childId) {
        PupilEntity pupil = rosterDao.pupil(childId);
        SchoolRules rules = pupil == null ? null : schools.forSchool(pupil.schoolId);
        return rules == null ? null : new LeaveOfAbsenceRules(rules.policy()).noticeDays();
    }

    @WorkerThread
    @Override
    public Set<LeaveIssue> issuesBeforeSending(String childId, LocalDate from, LocalDate to) {
        PupilEntity pupil = rosterDao.pupil(childId);
        SchoolRules rules = pupil == null ? null : schools.forSchool(pupil.schoolId);
        if (rules == null || to.isBefore(from)) {
            return Collections.emptySet();
        }
        List<LeaveRequestState> all = LeaveRequestFolder.fold(journalDao.ofTypes(LEAVE_TYPES));
        LeaveRequest asked = new LeaveRequest(childId, rules.today(clock), from, to, true, "");
        // Exceptional or not is the head's judgement; the parent is shown the rest.
        return new LeaveOfAbsenceRules(rules.policy()).assess(asked, refusalsOf(childId, null, all, rules)).issues();
    }

    @WorkerThread
    @Override
    public JournalEventEntity request(String childId, LocalDate from, LocalDate to, Set<Session> sessions,
                                      String reason) {
        children.require(childId);
        if (to.isBefore(from)) {
            throw new ParentRequestRefused(ParentRequestRefused.Problem.DATES_REVERSED,
                    "The last day of the leave is before the first.");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_LEAVE_DAYS) {
            throw new ParentRequestRefused(ParentRequestRefused.Problem.LEAVE_TOO_LONG,
                    "A leave request covers at most " + MAX_LEAVE_DAYS + " days.");
        }
        if (sessions.isEmpty()) {
            throw new ParentRequestRefused(ParentRequestRefused.Problem.NO_SESSIONS,
                    "Choose the morning, the afternoon or both.");
        }
        if (reason == null || reason.trim().isEmpty()) {
            throw new ParentRequestRefused(ParentRequestRefused.Problem.REASON_REQUIRED,
                    "Say why the leave is needed: the head decides on the reason.");
        }
        return journal.record(EventType.LEAVE_REQUEST, EventPayloads.leaveRequest(childId, from, to, sessions,
                reason));
    }

    @WorkerThread
    @Override
    public List<JournalEventEntity> approve(String requestId, boolean exceptional) {
        LeaveRequestState request = openRequest(requestId);
        PupilEntity pupil = rosterDao.pupil(request.pupilId);
        SchoolRules rules = requireRules(pupil);
        LeaveChecks checks = checksOf(request, LeaveRequestFolder.fold(journalDao.ofTypes(LEAVE_TYPES)), rules);
        if (!checks.mayBeGranted(exceptional)) {
            List<LeaveIssue> blocking = new ArrayList<>();
            for (LeaveIssue issue : checks.issues(exceptional)) {
                if (issue.isBlocking()) {
                    blocking.add(issue);
                }
            }
            throw new NotRecordableException("Leave cannot be granted: " + blocking
                    + " (leave is granted only in advance, in exceptional circumstances, and a refusal is final).");
        }
        LocalDateTime now = rules.localNow(clock);
        List<EventJournal.Draft> drafts = new ArrayList<>();
        drafts.add(new EventJournal.Draft(EventType.LEAVE_DECISION,
                EventPayloads.leaveApproved(request.pupilId, request.id)));
        for (SchoolSession session : rules.schoolSessions(request.from, request.to, request.sessions)) {
            drafts.add(new EventJournal.Draft(EventType.REASON, EventPayloads.reason(request.pupilId, session.date(),
                    session.session(), AttendanceCode.C, now, null)));
        }
        return journal.recordTogether(drafts);
    }

    @WorkerThread
    @Override
    public JournalEventEntity refuse(String requestId, String note) {
        if (note == null || note.trim().isEmpty()) {
            throw new NotRecordableException("Say why leave is refused: the parent sees this note.");
        }
        LeaveRequestState request = openRequest(requestId);
        return journal.record(EventType.LEAVE_DECISION,
                EventPayloads.leaveRefused(request.pupilId, request.id, note));
    }

    private List<LeaveLine> computeLines() {
        DeviceIdentity identity = identities.current();
        boolean parent = identity != null && identity.role() == DeviceIdentity.Role.PARENT;
        Set<String> mine = children.ids();
        List<LeaveRequestState> all = LeaveRequestFolder.fold(journalDao.ofTypes(LEAVE_TYPES));
        List<String> eventIds = new ArrayList<>();
        for (LeaveRequestState request : all) {
            eventIds.addAll(request.eventIds);
        }
        Set<String> pending = eventIds.isEmpty() ? Collections.<String>emptySet()
                : new HashSet<>(journalDao.pendingAmong(eventIds));
        List<LeaveLine> lines = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            LeaveRequestState request = all.get(i);
            if (parent && !mine.contains(request.pupilId)) {
                continue;
            }
            PupilEntity pupil = rosterDao.pupil(request.pupilId);
            if (pupil == null) {
                continue;
            }
            SchoolRules rules = schools.forSchool(pupil.schoolId);
            lines.add(new LeaveLine(request, RosterPupil.of(pupil), rules == null ? null : checksOf(request, all, rules),
                    !Collections.disjoint(pending, request.eventIds)));
        }
        return lines;
    }

    private LeaveChecks checksOf(LeaveRequestState request, List<LeaveRequestState> all, SchoolRules rules) {
        LeaveOfAbsenceRules leave = new LeaveOfAbsenceRules(rules.policy());
        List<LeaveDecision> refusals = refusalsOf(request.pupilId, request.id, all, rules);
        LocalDate requestedOn = request.requestedAt.atZone(rules.zone()).toLocalDate();
        return new LeaveChecks(
                leave.assess(asRules(request, requestedOn, true), refusals),
                leave.assess(asRules(request, requestedOn, false), refusals),
                leave.noticeDays());
    }

    /** The pupil's refused requests other than {@code except}: a refusal is final for its dates. */
    private static List<LeaveDecision> refusalsOf(String pupilId, @Nullable String except,
                                                  List<LeaveRequestState> all, SchoolRules rules) {
        return LeaveRefusals.of(pupilId, except, all, rules);
    }

    private static LeaveRequest asRules(LeaveRequestState request, LocalDate requestedOn, boolean exceptional) {
        return new LeaveRequest(request.pupilId, requestedOn, request.from, request.to, exceptional, request.reason);
    }

    private LeaveRequestState openRequest(String requestId) {
        for (LeaveRequestState request : LeaveRequestFolder.fold(journalDao.ofTypes(LEAVE_TYPES))) {
            if (request.id.equals(requestId)) {
                if (!request.isOpen()) {
                    throw new NotRecordableException("This request was already decided; a decision is final.");
                }
                return request;
            }
        }
        throw new IllegalArgumentException("no leave request " + requestId + " on this device");
    }

    private SchoolRules requireRules(@Nullable PupilEntity pupil) {
        SchoolRules rules = pupil == null ? null : schools.forSchool(pupil.schoolId);
        if (rules == null) {
            throw new NotRecordableException("The school's calendar has not reached this device yet: sync first.");
        }
        return rules;
    }
}
