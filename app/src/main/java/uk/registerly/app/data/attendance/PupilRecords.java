package uk.registerly.app.data.attendance;

import androidx.annotation.WorkerThread;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.roster.SchoolRules;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.marks.AttendanceFact;

/**
 * Some pupils evaluated from their own facts only: one read of the journal by {@code pupil_id} (its
 * index) for the batch, then the rules' {@code evaluatePupil} for each. The rules evaluate a school
 * pupil by pupil ({@code Evaluator.evaluate} does exactly this per pupil), so a batch's result is each
 * pupil's evaluation in the whole school's.
 */
public final class PupilRecords {
    private final JournalDao journal;

    public PupilRecords(JournalDao journal) {
        this.journal = journal;
    }

    /** Each pupil's evaluation, in the order given; keep a batch well under SQLite's 999 parameters. */
    @WorkerThread
    public Map<String, PupilEvaluation> evaluate(List<PupilEntity> pupils, SchoolRules rules, LocalDate asOf) {
        Map<String, List<AttendanceFact>> facts = new HashMap<>();
        List<String> ids = new ArrayList<>(pupils.size());
        for (PupilEntity pupil : pupils) {
            ids.add(pupil.id);
            facts.put(pupil.id, new ArrayList<>());
        }
        for (JournalEventEntity row : journal.factsFor(ids)) {
            facts.get(row.pupilId).add(JournalFacts.toFact(row));
        }
        Map<String, PupilEvaluation> evaluated = new LinkedHashMap<>();
        for (PupilEntity pupil : pupils) {
            evaluated.put(pupil.id, rules.evaluator().evaluatePupil(DayEvaluations.toRulesPupil(pupil),
                    facts.get(pupil.id), asOf));
        }
        return evaluated;
    }
}
