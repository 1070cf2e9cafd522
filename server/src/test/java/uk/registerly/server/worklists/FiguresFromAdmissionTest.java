package uk.registerly.server.worklists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.ServerTest;
import uk.registerly.server.testing.TestEvents;

/**
 * The server's persistent and severe absence count over the same range as the device's: the school year to
 * date from the pupil's admission (rules: PupilEvaluation.schoolYearFigures; issue 12, item 6). Today is
 * Wednesday 18 November 2026; the demo term opened on Monday 2 November.
 */
class FiguresFromAdmissionTest extends ServerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    @Test
    void absencesRecordedBeforeAPupilsAdmissionDoNotMakeThemPersistentlyAbsent() {
        DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small());
        List<UUID> pupils = school.classes().get(0).pupils();
        UUID joiner = pupils.get(0);
        UUID stayer = pupils.get(1);
        TestEvents e = new TestEvents();
        List<ObjectNode> marks = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 11, 3); day.isBefore(TODAY); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            boolean admitted = !day.isBefore(LocalDate.of(2026, 11, 16));
            for (String session : List.of("AM", "PM")) {
                marks.add(e.mark(joiner, day, session, admitted ? (session.equals("AM") ? "/" : "\\") : "N"));
                marks.add(e.mark(stayer, day, session, admitted ? (session.equals("AM") ? "/" : "\\") : "N"));
            }
        }
        Response pushed = api.post("/api/v1/sync/push", api.enrol(school.teacherCode()), TestEvents.batch(marks));
        assertEquals(200, pushed.status(), pushed.toString());
        // The MIS corrects the joiner's admission date to Monday 16 November (their earlier marks were a mistake).
        server.database().jdbi().useHandle(h -> h.createUpdate(
                        "update pupils set on_roll_from = date '2026-11-16' where id = :id")
                .bind("id", joiner).execute());

        Response r = api.get("/api/v1/alerts", api.enrol(school.officeCode()));
        assertEquals(200, r.status(), r.toString());
        boolean stayerAbsent = false;
        for (JsonNode alert : r.body().get("alerts")) {
            String type = alert.get("type").asText();
            if (type.endsWith("_ABSENCE")) {
                assertFalse(alert.get("pupil").asText().equals(joiner.toString()),
                        "counted from admission the joiner attended every session: " + alert);
                stayerAbsent |= alert.get("pupil").asText().equals(stayer.toString());
            }
        }
        assertTrue(stayerAbsent, "the pupil on roll all along is persistently absent: " + r);
    }
}
