package uk.registerly.app.data.attendance;

import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.dao.RosterDao;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.readmodel.ReadModels;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.data.roster.SchoolRules;
import uk.registerly.app.data.roster.SchoolRulesLookup;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.AttendanceEvaluation;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.marks.EffectiveMark;

/** {@link AttendanceRecordsRepository}: the rules' {@code Evaluator} over the local journal and roster, off the main thread. */
@Singleton
public class OfflineFirstAttendanceRecordsRepository implements AttendanceRecordsRepository {
    private final JournalDao journal;
    private final RosterDao roster;
    private final SchoolRulesLookup schools;
    private final DayEvaluations evaluations;
    private final ReadModels readModels;
    private final Clock clock;

    @Inject
    public OfflineFirstAttendanceRecordsRepository(RegisterlyDatabase database, SchoolRulesLookup schools,
                                                   ReadModels readModels, Clock clock) {
        this.journal = database.journal();
        this.roster = database.roster();
        this.schools = schools;
        this.evaluations = new DayEvaluations(journal, schools);
        this.readModels = readModels;
        this.clock = clock;
    }

    @Override
    public LiveData<PupilEvaluation> pupilRecord(String pupilId) {
        return readModels.recomputing(() -> evaluatePupil(pupilId));
    }

    /** The pupil's record evaluated now, for a read model that adds to it (the case, issue 16); null while unknown. */
    @WorkerThread
    @androidx.annotation.Nullable
    public PupilEvaluation evaluatePupil(String pupilId) {
        PupilEntity pupil = roster.pupil(pupilId);
        SchoolRules rules = pupil == null ? null : schools.forSchool(pupil.schoolId);
        if (rules == null) {
            return null;
        }
        return rules.evaluator().evaluatePupil(DayEvaluations.toRulesPupil(pupil),
                JournalFacts.toFacts(journal.factsFor(Collections.singletonList(pupilId))), rules.today(clock));
    }

    @Override
    public LiveData<AttendanceEvaluation> schoolEvaluation() {
        return readModels.recomputing(this::evaluateSchool);
    }

    /**
     * Every pupil on the device evaluated now, for a read model that groups them (the office's figures, issue 18);
     * null while the device's school is unknown.
     */
    @WorkerThread
    @androidx.annotation.Nullable
    public AttendanceEvaluation evaluateSchool() {
        SchoolRules rules = schools.deviceSchool();
        if (rules == null) {
            return null;
        }
        List<Pupil> pupils = new ArrayList<>();
        for (PupilEntity pupil : roster.allPupils()) {
            pupils.add(DayEvaluations.toRulesPupil(pupil));
        }
        return rules.evaluator().evaluate(pupils, JournalFacts.toFacts(journal.allFacts()), rules.today(clock));
    }

    @Override
    @WorkerThread
    public List<MarkedPupil> unexplainedAbsencesOn(LocalDate date) {
        List<PupilEntity> pupils = roster.allPupils();
        Map<PupilEntity, PupilEvaluation> evaluated = evaluations.evaluateOn(pupils, date);
        List<MarkedPupil> absent = new ArrayList<>();
        for (PupilEntity pupil : pupils) {
            PupilEvaluation evaluation = evaluated.get(pupil);
            for (EffectiveMark mark : evaluation == null ? Collections.<EffectiveMark>emptyList() : evaluation.marks()) {
                if (mark.session().date().equals(date)
                        && (mark.code() == AttendanceCode.N || mark.code() == AttendanceCode.U)) {
                    absent.add(new MarkedPupil(RosterPupil.of(pupil), mark));
                }
            }
        }
        return absent;
    }
}
