package uk.registerly.app.data.casework;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.attendance.OfflineFirstAttendanceRecordsRepository;
import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.dao.RosterDao;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.journal.CaseworkPayloads;
import uk.registerly.app.data.journal.EventJournal;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.data.readmodel.ReadModels;
import uk.registerly.app.data.roster.SchoolRules;
import uk.registerly.app.data.roster.SchoolRulesLookup;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.rules.casework.CaseAction;
import uk.registerly.rules.casework.CaseworkRules;
import uk.registerly.rules.casework.StaffMember;
import uk.registerly.rules.document.InvalidDocumentException;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.ladder.AttendanceLadder;

/**
 * {@link CaseHistoryRepository} over the journal: the pupil's CASE_ACTION rows read with the rules module's
 * CaseActionDocument ({@link CaseActionRows}) and judged by its CaseworkRules with the school's ladder (the policy
 * preset the SCHOOL row names) against the pupil's record evaluated to date.
 */
@Singleton
public class OfflineFirstCaseHistoryRepository implements CaseHistoryRepository {
    private final JournalDao journalDao;
    private final RosterDao roster;
    private final EventJournal journal;
    private final SchoolRulesLookup schools;
    private final OfflineFirstAttendanceRecordsRepository records;
    private final ReadModels readModels;
    private final Clock clock;

    @Inject
    public OfflineFirstCaseHistoryRepository(RegisterlyDatabase database, EventJournal journal,
                                             SchoolRulesLookup schools, OfflineFirstAttendanceRecordsRepository records,
                                             ReadModels readModels, Clock clock) {
        this.journalDao = database.journal();
        this.roster = database.roster();
        this.journal = journal;
        this.schools = schools;
        this.records = records;
        this.readModels = readModels;
        this.clock = clock;
    }

    @Override
    public LiveData<PupilCase> pupilCase(String pupilId) {
        return readModels.recomputing(() -> compute(pupilId));
    }

    @Nullable
    @WorkerThread
    PupilCase compute(String pupilId) {
        SchoolRules rules = rulesOf(pupilId);
        PupilEvaluation evaluation = rules == null ? null : records.evaluatePupil(pupilId);
        if (evaluation == null) {
            return null;
        }
        AttendanceLadder ladder = rules.policy().attendanceLadder();
        List<CaseAction> history = CaseActionRows.read(journalDao.ofTypeFor(pupilId, EventType.CASE_ACTION.name()));
        return new PupilCase(new CaseworkRules(ladder).assess(evaluation, history), ladder.stages());
    }

    @Override
    @WorkerThread
    public JournalEventEntity record(CaseActionDraft draft) {
        DeviceIdentity identity = journal.writer(EventType.CASE_ACTION);
        SchoolRules rules = rulesOf(draft.pupilId);
        if (rules == null) {
            throw new NotRecordableException("This pupil or the school's set-up is not on this tablet yet: sync first.");
        }
        StaffMember by = signer(journal.actingSignature(identity));
        LocalDateTime now = rules.localNow(clock).truncatedTo(ChronoUnit.SECONDS);
        CaseAction action = CaseActionForm.check(draft, rules.policy().attendanceLadder(), by, now);
        return journal.append(EventType.CASE_ACTION, CaseworkPayloads.caseAction(action));
    }

    /** The signer as the server checks it: "Name, Position" of the staff member signed in, else the tablet's own. */
    @Nullable
    static StaffMember signer(@Nullable String signature) {
        try {
            return signature == null ? null : StaffMember.parse(signature);
        } catch (InvalidDocumentException notASignature) {
            return null;
        }
    }

    @Nullable
    private SchoolRules rulesOf(String pupilId) {
        PupilEntity pupil = roster.pupil(pupilId);
        return pupil == null ? null : schools.forSchool(pupil.schoolId);
    }
}
