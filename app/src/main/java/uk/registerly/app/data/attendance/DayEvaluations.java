package uk.registerly.app.data.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.roster.SchoolRules;
import uk.registerly.app.data.roster.SchoolRulesLookup;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.evaluation.PupilEvaluation;

/**
 * Pupils evaluated by the rules with only one day's facts (cheap enough to run on every change):
 * the register's rows and the day's unexplained absences; and which pupils still have an unsent
 * fact that day.
 */
final class DayEvaluations {
    private final JournalDao journal;
    private final SchoolRulesLookup schools;

    DayEvaluations(JournalDao journal, SchoolRulesLookup schools) {
        this.journal = journal;
        this.schools = schools;
    }

    Map<PupilEntity, PupilEvaluation> evaluateOn(List<PupilEntity> pupils, LocalDate date) {
        Map<PupilEntity, PupilEvaluation> evaluations = new IdentityHashMap<>();
        if (pupils.isEmpty()) {
            return evaluations;
        }
        Map<String, List<JournalEventEntity>> byPupil = new HashMap<>();
        for (JournalEventEntity row : journal.factsOn(ids(pupils), date.toString())) {
            byPupil.computeIfAbsent(row.pupilId, k -> new ArrayList<>()).add(row);
        }
        for (PupilEntity pupil : pupils) {
            SchoolRules rules = schools.forSchool(pupil.schoolId);
            if (rules == null) {
                continue;
            }
            List<JournalEventEntity> rows = byPupil.get(pupil.id);
            evaluations.put(pupil, rules.evaluator().evaluatePupil(toRulesPupil(pupil),
                    JournalFacts.toFacts(rows == null ? Collections.<JournalEventEntity>emptyList() : rows), date));
        }
        return evaluations;
    }

    Set<String> unsentPupilsOn(List<PupilEntity> pupils, LocalDate date) {
        Set<String> unsent = new HashSet<>();
        if (pupils.isEmpty()) {
            return unsent;
        }
        List<String> factIds = new ArrayList<>();
        Map<String, String> pupilOfFact = new HashMap<>();
        for (JournalEventEntity fact : journal.factsOn(ids(pupils), date.toString())) {
            factIds.add(fact.id);
            pupilOfFact.put(fact.id, fact.pupilId);
        }
        if (!factIds.isEmpty()) {
            for (String id : journal.pendingAmong(factIds)) {
                unsent.add(pupilOfFact.get(id));
            }
        }
        return unsent;
    }

    static Pupil toRulesPupil(PupilEntity pupil) {
        return new Pupil(pupil.id, pupil.yearGroup, pupil.dateOfBirth == null ? null : LocalDate.parse(pupil.dateOfBirth));
    }

    private static List<String> ids(List<PupilEntity> pupils) {
        List<String> ids = new ArrayList<>(pupils.size());
        for (PupilEntity pupil : pupils) {
            ids.add(pupil.id);
        }
        return ids;
    }
}
