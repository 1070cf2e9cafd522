package uk.registerly.app.data.calling;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.attendance.AttendanceRecordsRepository;
import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.dao.RosterDao;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.journal.EventJournal;
import uk.registerly.app.data.journal.EventPayloads.ContactOutcome;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.data.readmodel.ReadModels;
import uk.registerly.app.data.roster.Guardian;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.data.roster.SchoolRules;
import uk.registerly.app.data.roster.SchoolRulesLookup;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * {@link CallingRepository} over the journal and roster. A reason given on the phone is recorded
 * with the call, in one batch: the call REACHED and a REASON for each session it explains.
 */
@Singleton
public class OfflineFirstCallingRepository implements CallingRepository {
    private static final List<String> CONTACTS = Collections.singletonList(EventType.CONTACT_ATTEMPT.name());

    private final JournalDao journalDao;
    private final EventJournal journal;
    private final RosterDao roster;
    private final SchoolRulesLookup schools;
    private final AttendanceRecordsRepository records;
    private final ReadModels readModels;
    private final Clock clock;

    @Inject
    public OfflineFirstCallingRepository(RegisterlyDatabase database, SchoolRulesLookup schools,
                                         AttendanceRecordsRepository records, EventJournal journal,
                                         ReadModels readModels, Clock clock) {
        this.journalDao = database.journal();
        this.journal = journal;
        this.roster = database.roster();
        this.schools = schools;
        this.records = records;
        this.readModels = readModels;
        this.clock = clock;
    }

    @Override
    public LiveData<List<CallRow>> callingList(LiveData<?> tick) {
        return readModels.recomputing(this::compute, tick);
    }

    @Override
    @WorkerThread
    public JournalEventEntity recordCall(String pupilId, ContactOutcome outcome, @Nullable Guardian contact) {
        SchoolRules rules = rulesOf(pupilId);
        LocalDateTime now = rules.localNow(clock);
        return journal.record(EventType.CONTACT_ATTEMPT,
                EventPayloads.contactAttempt(pupilId, now.toLocalDate(), outcome, noteFor(contact), now));
    }

    @Override
    @WorkerThread
    public List<JournalEventEntity> recordReasonGiven(String pupilId, AttendanceCode code, @Nullable Guardian contact,
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
        SchoolRules rules = schools.deviceSchool();
        if (rules == null) {
            return Collections.emptyList();
        }
        LocalDateTime now = rules.localNow(clock);
        LocalDate today = now.toLocalDate();
        return CallingList.build(records.unexplainedAbsencesOn(today), ContactAttempts.on(today,
                journalDao.ofTypes(CONTACTS)), now, new CallingList.Lookup() {
                    @Nullable
                    @Override
                    public RegisterWindow window(RosterPupil pupil, Session session) {
                        SchoolRules school = schools.forSchool(pupil.schoolId);
                        return school == null ? null : school.registerWindow(session, pupil.yearGroup);
                    }

                    @Override
                    public boolean isSchoolSession(RosterPupil pupil, LocalDate date, Session session) {
                        SchoolRules school = schools.forSchool(pupil.schoolId);
                        return school != null && school.calendar().isSchoolSession(date, session);
                    }

                    @Override
                    public List<Guardian> contacts(RosterPupil pupil) {
                        return ReadModels.map(roster.guardiansOf(pupil.id), Guardian::of);
                    }
                });
    }

    /** Who was called, for the office's record (parents never receive call notes). */
    @Nullable
    private static String noteFor(@Nullable Guardian contact) {
        if (contact == null) {
            return null;
        }
        return contact.relationship == null ? contact.name : contact.name + " (" + contact.relationship + ")";
    }

    private SchoolRules rulesOf(String pupilId) {
        PupilEntity pupil = roster.pupil(pupilId);
        SchoolRules rules = pupil == null ? null : schools.forSchool(pupil.schoolId);
        if (rules == null) {
            throw new NotRecordableException("This pupil or the school's calendar is not on this device yet: sync first.");
        }
        return rules;
    }
}
