package uk.registerly.benchmarks.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.registerly.rules.evaluation.AttendanceEvaluation;
import uk.registerly.rules.evaluation.Evaluator;
import uk.registerly.rules.evaluation.PupilEvaluation;

/** The benchmark's data must be what it claims: a full, realistic year, the same for a seed. */
class SchoolYearGeneratorTest {

    @Test
    void theBenchmarkYearHas190SchoolDays() {
        assertEquals(190, SchoolYearGenerator.calendar2026to27().schoolDays().size());
    }

    @Test
    void theSameSeedGivesTheSameFacts() {
        assertEquals(SchoolYearGenerator.generate(20, 7).facts, SchoolYearGenerator.generate(20, 7).facts);
    }

    @Test
    void everyPupilHasAMarkForEverySessionAndMostArePresent() {
        SchoolYear year = SchoolYearGenerator.generate(30, 20260902L);
        AttendanceEvaluation evaluation = new Evaluator(year.policy, year.calendar)
                .evaluate(year.pupils, year.facts, year.asOf);
        for (PupilEvaluation pupil : evaluation.pupils()) {
            assertTrue(pupil.unmarked().isEmpty());
            assertEquals(380, pupil.figures().possibleSessions());
            assertTrue(pupil.figures().attendanceRate().toDouble() > 0.85, pupil.figures().attendanceRate()::toString);
        }
    }

    @Test
    void aFullSchoolHasAboutSixHundredThousandFacts() {
        int facts = SchoolYearGenerator.generate(1500, 20260902L).facts.size();
        assertTrue(facts > 580_000 && facts < 620_000, "facts: " + facts);
    }

    @Test
    void thePlainPassSeesEverySession() {
        SchoolYear year = SchoolYearGenerator.generate(10, 3);
        int sessions = 0;
        for (int count : RulesEvaluationBenchmark.PlainPass.countLatestCodes(year.facts)) {
            sessions += count;
        }
        assertEquals(10 * 380, sessions);
    }
}
