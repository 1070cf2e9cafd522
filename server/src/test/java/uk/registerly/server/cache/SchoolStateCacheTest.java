package uk.registerly.server.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.school.SchoolSetup;
import uk.registerly.server.school.SchoolSetups;
import uk.registerly.server.testing.ServerTest;
import uk.registerly.server.testing.TestEvents;

/** The cache keeps what it evaluated while nothing new was written, and holds no more facts than allowed. */
class SchoolStateCacheTest extends ServerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    @Test
    void withNothingNewTheSameEvaluationIsServedAndAPushAdvancesOnlyItsPupil() {
        DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small().withHistorySchoolDays(5));
        SchoolStateCache cache = new SchoolStateCache(1_000_000);
        EvaluatedSchool first = current(cache, school);
        assertSame(first, current(cache, school), "nothing new in the log: the same evaluation");
        assertTrue(first.facts() > 0);

        var pupil = school.classes().get(0).pupils().get(0);
        var untouched = school.classes().get(1).pupils().get(0);
        var r = api.post("/api/v1/sync/push", api.enrol(school.teacherCode()),
                TestEvents.batch(new TestEvents().mark(pupil, TODAY, "AM", "N")));
        assertEquals(200, r.status(), r.toString());
        EvaluatedSchool second = current(cache, school);
        assertNotSame(first, second);
        assertEquals(first.facts() + 1, second.facts());
        assertTrue(second.reached().compareTo(first.reached()) > 0, "the cursor moved on");
        assertSame(first.pupil(untouched).orElseThrow(), second.pupil(untouched).orElseThrow(),
                "a pupil without new facts is not evaluated again");
        assertNotSame(first.pupil(pupil).orElseThrow(), second.pupil(pupil).orElseThrow());
    }

    @Test
    void theLeastRecentlyUsedSchoolsAreEvictedOnceTheFactsHeldPassTheLimit() {
        List<DemoSchool> schools = List.of(
                server.demoSchools().create(DemoSchoolOptions.small().withHistorySchoolDays(5)),
                server.demoSchools().create(DemoSchoolOptions.small().withHistorySchoolDays(5)),
                server.demoSchools().create(DemoSchoolOptions.small().withHistorySchoolDays(5)));
        long perSchool = current(new SchoolStateCache(1_000_000), schools.get(0)).facts();
        SchoolStateCache cache = new SchoolStateCache(2 * perSchool);
        schools.forEach(s -> current(cache, s));
        assertEquals(2, cache.schools(), "the eldest of three equal schools went");
        assertTrue(cache.facts() <= 2 * perSchool);
        SchoolStateCache none = new SchoolStateCache(0);
        EvaluatedSchool evaluated = current(none, schools.get(0));
        assertEquals(perSchool, evaluated.facts(), "a school larger than the budget is still answered");
        assertEquals(0, none.schools(), "and not kept");
    }

    private static EvaluatedSchool current(SchoolStateCache cache, DemoSchool school) {
        return server.database().jdbi().withHandle(h -> {
            SchoolSetup setup = new SchoolSetups().current(h, school.schoolId());
            return cache.current(h, setup, TODAY);
        });
    }
}
