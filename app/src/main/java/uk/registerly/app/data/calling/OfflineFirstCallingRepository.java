package uk.registerly.app.data.calling;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.attendance.EvaluationExecutor;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.data.attendance.OfflineFirstAttendanceRepository;
import uk.registerly.app.data.attendance.RecomputingLiveData;
import uk.registerly.app.data.db.entity.GuardianEntity;
import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.dao.RosterDao;
import uk.registerly.app.data.journal.EventJournal;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.EventPayloads.ContactOutcome;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.roster.OfflineFirstRosterRepository;
import uk.registerly.app.data.roster.SchoolRules;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * The office's first-day calling list and its outcomes (CONTACT_ATTEMPT, sync-protocol §4).
 * A reason given on the phone is recorded with the call, in one batch: the call REACHED and a
 * REASON for each session it explains.
 */
@Singleton
public class OfflineFirstCallingRepository {
    private static final List<String> CONTACTS = Collections.singletonList(EventType.CONTACT_ATTEMPT.name());

    private final JournalDao journalDao;
    private final EventJournal journal;
    private final RosterDao rosterDao;
    private final OfflineFirstRosterRepository roster;
    private final OfflineFirstAttendanceRepository attendance;
    private final Clock clock;
    private final Executor executor;

    @Inject
    public OfflineFirstCallingRepository(RegisterlyDatabase database, OfflineFirstRosterRepository roster,
                                         OfflineFirstAttendanceRepository attendance, EventJournal journal, Clock clock,
                                         @EvaluationExecutor Executor executor) {
        this.journalDao = database.journal();
        this.journal = journal;
        this.rosterDao = database.roster();
        this.roster = roster;
        this.attendance = attendance;
        this.clock = clock;
        this.executor = executor;
    }

    /**
     * Today's calling list, recomputed on every journal or roster change and whenever
     * {@code tick} emits (registers close as time passes, with nothing written).
     */
    public LiveData<List<CallRow>> callingList(LiveData<?> tick) {
        return new RecomputingLiveData<>(executor, this::compute, journalDao.observeVersion(), roster.changes(), tick);
    }

    /** A call that did not establish a reason: no answer, a message left, or a home visit flagged. */
    @WorkerThread
    public JournalEventEntity recordCall(String pupilId, ContactOutcome outcome, @Nullable GuardianEntity contact) {
        SchoolRules rules = rulesOf(pupilId);
        LocalDateTime now = rules.localNow(clock);
        return journal.record(EventType.CONTACT_ATTEMPT,
                EventPayloads.contactAttempt(pupilId, now.toLocalDate(), outcome, noteFor(contact), now));
    }

    /** The parent gave a reason on the phone: the call (REACHED) and a REASON per session, together. */
    @WorkerThread
    public List<JournalEventEntity> recordReasonGiven(String pupilId, AttendanceCode code,
                                                      @Nullable GuardianEntity contact,
                                                      List<SchoolSession> sessions) {
        SchoolRules rules = rulesOf(pupilId);
        LocalDateTime now = rules.localNow(clock);
        List<EventJournal.Draft> drafts = new ArrayList<>();
        drafts.add(new EventJournal.Draft(EventType.CONTACT_ATTEMPT, EventPayloads.contactAttempt(pupilId,
                now.toLocalDate(), ContactOutcome.REACHED, noteFor(contact), now)));
        for (SchoolSession session : sessions) {
            drafts.add(new EventJournal.Draft(EventType.REASON, EventPayloads.reason(pupilId, session.date(),
                    session.session(), code, now, null)));
        }
        return journal.recordTogether(drafts);
    }

    private List<CallRow> compute() {
        SchoolRules rules = roster.defaultRules();
        if (rules == null) {
            return Collections.emptyList();
        }
        LocalDateTime now = rules.localNow(clock);
        LocalDate today = now.toLocalDate();
        Map<String, List<ContactAttempt>> attempts = new HashMap<>();
        for (JournalEventEntity call : journalDao.ofTypes(CONTACTS)) {
            if (today.toString().equals(call.factDate)) {
                JsonObject payload = JsonParser.parseString(call.payload).getAsJsonObject();
                attempts.computeIfAbsent(call.pupilId, k -> new ArrayList<>()).add(new ContactAttempt(
                        ContactOutcome.valueOf(payload.get("outcome").getAsString()),
                        payload.has("note") ? payload.get("note").getAsString() : null,
                        LocalDateTime.parse(payload.get("at").getAsString())));
            }
        }
        return CallingList.build(attendance.unexplainedAbsencesOn(today), attempts, now, new CallingList.Lookup() {
            @Nullable
            @Override
            public RegisterWindow window(PupilEntity pupil, Session session) {
                SchoolRules school = roster.rulesForPupil(pupil);
                return school == null ? null : school.registerWindow(session, pupil.yearGroup);
            }

            @Override
            public boolean isSchoolSession(PupilEntity pupil, LocalDate date, Session session) {
                SchoolRules school = roster.rulesForPupil(pupil);
                return school != null && school.calendar().isSchoolSession(date, session);
            }

            @Override
            public List<GuardianEntity> contacts(PupilEntity pupil) {
                return rosterDao.guardiansOf(pupil.id);
            }
        });
    }

    /** Who was called, for the office's record (parents never receive call notes). */
    @Nullable
    private static String noteFor(@Nullable GuardianEntity contact) {
        if (contact == null) {
            return null;
        }
        return contact.relationship == null ? contact.name : contact.name + " (" + contact.relationship + ")";
    }

    private SchoolRules rulesOf(String pupilId) {
        PupilEntity pupil = rosterDao.pupil(pupilId);
        SchoolRules rules = pupil == null ? null : roster.rulesForPupil(pupil);
        if (rules == null) {
            throw new NotRecordableException("This pupil or the school's calendar is not on this device yet: sync first.");
        }
        return rules;
    }
}
