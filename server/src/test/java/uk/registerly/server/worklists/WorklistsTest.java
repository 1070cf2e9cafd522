package uk.registerly.server.worklists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.TestEvents;
import uk.registerly.server.testing.ServerTest;

/**
 * Figures and worklists come from the rules module over the pushed events. Today is Wednesday
 * 18 November 2026, 10:30; the demo term opened with an INSET day on Monday 2 November; registers
 * are late after 08:50 and close at 09:15.
 */
class WorklistsTest extends ServerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    private static void push(String token, List<ObjectNode> batch) {
        Response r = api.post("/api/v1/sync/push", token, TestEvents.batch(batch));
        assertEquals(200, r.status(), r.toString());
    }

    @Test
    void aLateArrivalAtTheGateTurnsTheTeachersNIntoL() {
        DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small());
        UUID pupil = school.classes().get(0).pupils().get(0);
        TestEvents e = new TestEvents();
        LocalDate tuesday = TODAY.minusDays(1);
        push(api.enrol(school.teacherCode()), List.of(e.mark(pupil, tuesday, "AM", "N"), e.mark(pupil, tuesday, "PM", "\\")));
        push(api.enrol(school.gateCode()), List.of(e.arrival(pupil, tuesday, 8, 57)));

        Response r = api.get("/api/v1/pupils/" + pupil + "/attendance?from=2026-11-16&to=2026-11-18",
                api.signInParent(school.parentInvitationCode()));
        assertEquals(200, r.status(), r.toString());
        JsonNode marks = r.body().get("marks");
        assertEquals(2, marks.size(), r.toString());
        assertEquals("L", marks.get(0).get("code").asText());
        assertEquals(7, marks.get(0).get("minutesLate").asInt());
        JsonNode figures = r.body().get("figures");
        assertEquals(2, figures.get("possibleSessions").asInt());
        assertEquals(1.0, figures.get("attendanceRate").asDouble());
        assertEquals(4, r.body().get("unmarked").size(), "Monday and today are not marked");
    }

    @Test
    void theCallingListHoldsUnexplainedAbsencesWithoutAParentReport() {
        DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small());
        List<UUID> pupils = school.classes().get(0).pupils();
        UUID unexplained = pupils.get(1);
        UUID reported = pupils.get(0);      // the demo parent's child
        UUID explained = pupils.get(2);
        UUID present = pupils.get(3);
        TestEvents e = new TestEvents();
        push(api.enrol(school.teacherCode()), List.of(e.mark(unexplained, TODAY, "AM", "N"),
                e.mark(reported, TODAY, "AM", "N"), e.mark(explained, TODAY, "AM", "N"), e.mark(present, TODAY, "AM", "/")));
        push(api.signInParent(school.parentInvitationCode()), List.of(e.absenceReport(reported, TODAY, TODAY, "ILLNESS")));
        String office = api.enrol(school.officeCode());
        ObjectNode contact = e.event("CONTACT_ATTEMPT", TestEvents.payload(unexplained));
        ((ObjectNode) contact.get("payload")).put("date", TODAY.toString()).put("outcome", "NO_ANSWER")
                .put("at", TODAY.atTime(9, 40).toString());
        push(office, List.of(e.reason(explained, TODAY, "AM", "M"), contact));

        Response r = api.get("/api/v1/worklists/first-day-calling", office);
        assertEquals(200, r.status(), r.toString());
        JsonNode calls = r.body().get("calls");
        assertEquals(1, calls.size(), r.toString());
        assertEquals(unexplained.toString(), calls.get(0).get("pupil").asText());
        assertEquals("AM", calls.get(0).get("session").asText());
        assertEquals("NO_ANSWER", calls.get(0).get("contactAttempts").get(0).get("outcome").asText());
        assertTrue(calls.get(0).get("guardians").get(0).hasNonNull("phone"));
    }

    @Test
    void theCallingListResolvesTodaysMarksFromEveryKindOfFactOfToday() {
        DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small());
        List<UUID> pupils = school.classes().get(0).pupils();
        UUID arrivedLate = pupils.get(0);
        UUID arrivalTakenBack = pupils.get(1);
        UUID amended = pupils.get(2);
        UUID absentYesterday = pupils.get(3);
        TestEvents e = new TestEvents();
        push(api.enrol(school.teacherCode()), List.of(e.mark(arrivedLate, TODAY, "AM", "N"),
                e.mark(arrivalTakenBack, TODAY, "AM", "N"), e.mark(amended, TODAY, "AM", "N"),
                e.mark(absentYesterday, TODAY.minusDays(1), "AM", "N"), e.mark(absentYesterday, TODAY, "AM", "/")));
        ObjectNode mistaken = e.arrival(arrivalTakenBack, TODAY, 8, 58);
        push(api.enrol(school.gateCode()), List.of(e.arrival(arrivedLate, TODAY, 8, 57), mistaken,
                e.withdrawal(mistaken, TODAY, 8, 59)));
        String office = api.enrol(school.officeCode());
        push(office, List.of(e.amendment(amended, TODAY, "AM", "I", "mother rang: flu", school.officeStaffSignature())));

        Response r = api.get("/api/v1/worklists/first-day-calling", office);
        assertEquals(200, r.status(), r.toString());
        JsonNode calls = r.body().get("calls");
        assertEquals(1, calls.size(), "only the pupil whose arrival was taken back is still N: " + r);
        assertEquals(arrivalTakenBack.toString(), calls.get(0).get("pupil").asText());
    }

    @Test
    void alertsComeFromTheRules() {
        DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small());
        List<UUID> pupils = school.classes().get(0).pupils();
        UUID overdue = pupils.get(0);
        UUID truant = pupils.get(1);
        UUID nearly = pupils.get(2);
        TestEvents e = new TestEvents();
        List<ObjectNode> batch = new ArrayList<>();
        batch.add(e.mark(overdue, LocalDate.of(2026, 11, 10), "AM", "N"));
        batch.add(e.mark(overdue, LocalDate.of(2026, 11, 10), "PM", "\\"));
        for (LocalDate d = LocalDate.of(2026, 11, 3); !d.isAfter(LocalDate.of(2026, 11, 9)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                batch.add(e.mark(truant, d, "AM", "N"));
                batch.add(e.mark(truant, d, "PM", "N"));
                if (d.isAfter(LocalDate.of(2026, 11, 3))) {
                    batch.add(e.mark(nearly, d, "AM", "G"));
                    batch.add(e.mark(nearly, d, "PM", "G"));
                }
            }
        }
        push(api.enrol(school.teacherCode()), batch);

        Response r = api.get("/api/v1/alerts", api.enrol(school.officeCode()));
        assertEquals(200, r.status(), r.toString());
        List<String> found = new ArrayList<>();
        for (JsonNode alert : r.body().get("alerts")) {
            String who = alert.get("pupil").asText();
            found.add((who.equals(overdue.toString()) ? "overdue:" : who.equals(truant.toString()) ? "truant:" : "nearly:")
                    + alert.get("type").asText());
            if (alert.get("type").asText().equals("PENALTY_THRESHOLD_APPROACHING")) {
                assertEquals(8, alert.get("sessions").asInt(), "four days of G");
            }
            if (alert.get("type").asText().equals("N_OVERDUE") && alert.get("pupil").asText().equals(overdue.toString())) {
                assertEquals("2026-11-17", alert.get("date").asText(), "the 5th school day after 10 November");
                assertEquals("2026-11-10", alert.get("of").asText());
            }
        }
        assertTrue(found.contains("overdue:N_OVERDUE"), found.toString());
        assertTrue(found.contains("truant:PENALTY_THRESHOLD"), found.toString());
        assertTrue(found.contains("nearly:PENALTY_THRESHOLD_APPROACHING"), found.toString());
        assertTrue(!found.contains("truant:PENALTY_THRESHOLD_APPROACHING"), "10 is reached, not approaching");
        assertTrue(found.contains("truant:SEVERE_ABSENCE"), found.toString());
        assertTrue(found.contains("overdue:SEVERE_ABSENCE"), "1 of 2 sessions absent is 50%: " + found);
    }
}
