package uk.registerly.server.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.ServerTest;
import uk.registerly.server.testing.TestEvents;

/**
 * GET /api/v1/exports/marks/changes: the marks changed since a cursor, for MIS connectors (issue 17,
 * item 4) — every register fact once, in pull's order, never one behind a cursor already handed out, with
 * amendments and withdrawals, each change carrying the session's mark as it stands.
 */
class MarksFeedTest extends ServerTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 17);
    private static final String REGISTER_TYPES =
            "('REGISTER_MARK', 'ARRIVAL', 'REASON', 'AMENDMENT', 'ARRIVAL_WITHDRAWN')";

    private final TestEvents events = new TestEvents();
    private DemoSchool school;
    private String office;
    private String teacher;
    private String gate;
    private UUID pupil;

    @BeforeEach
    void demoSchoolWithAHistory() {
        school = server.demoSchools().create(DemoSchoolOptions.small().withHistorySchoolDays(3));
        office = api.enrol(school.officeCode());
        teacher = api.enrol(school.teacherCode());
        gate = api.enrol(school.gateCode());
        pupil = school.parentChildren().get(0);
    }

    private void accepted(String token, ObjectNode... batch) {
        Response r = api.post("/api/v1/sync/push", token, TestEvents.batch(batch));
        assertEquals(200, r.status(), r.toString());
        for (JsonNode result : r.body().get("results")) {
            assertEquals("ACCEPTED", result.get("status").asText(), r.toString());
        }
    }

    private JsonNode page(String since, int limit) {
        Response r = api.get("/api/v1/exports/marks/changes?since=" + since + "&limit=" + limit, office);
        assertEquals(200, r.status(), r.toString());
        return r.body();
    }

    /** Every change from {@code since} to the end, following next page by page. */
    private List<JsonNode> follow(String since, int limit, String[] reached) {
        List<JsonNode> all = new ArrayList<>();
        String cursor = since;
        for (int pages = 0; pages < 10_000; pages++) {
            JsonNode page = page(cursor, limit);
            page.get("changes").forEach(all::add);
            cursor = page.get("next").asText();
            if (!page.get("hasMore").asBoolean()) {
                break;
            }
        }
        reached[0] = cursor;
        return all;
    }

    private Set<String> registerEventIds() {
        return new HashSet<>(server.database().jdbi().withHandle(h -> h.createQuery(
                        "select id::text from events where school_id = :s and type in " + REGISTER_TYPES)
                .bind("s", school.schoolId()).mapTo(String.class).list()));
    }

    private static List<JsonNode> about(List<JsonNode> changes, ObjectNode event) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode c : changes) {
            if (c.get("event").asText().equals(event.get("id").asText())) {
                found.add(c);
            }
        }
        return found;
    }

    @Test
    void followingNextInSmallPagesServesEveryRegisterFactOnceInCursorOrder() {
        String[] reached = new String[1];
        List<JsonNode> changes = follow("0", 7, reached);
        Set<String> seen = new HashSet<>();
        String previous = null;
        for (JsonNode c : changes) {
            seen.add(c.get("event").asText());
            String cursor = c.get("cursor").asText();
            if (previous != null) {
                assertTrue(order(previous) <= order(cursor), previous + " then " + cursor);
            }
            previous = cursor;
            assertTrue(uk.registerly.rules.pupil.Upn.isValid(c.get("upn").asText()), c.toString());
        }
        // Every register fact but those of closed sessions (none in this history) appears, and no other.
        Set<String> stored = registerEventIds();
        assertTrue(stored.size() > 7, "the history spans several pages");
        assertEquals(stored, seen);
        JsonNode end = page(reached[0], 7);
        assertEquals(0, end.get("changes").size());
        assertEquals(reached[0], end.get("next").asText(), "at the end the cursor stays where it is");
        assertFalse(end.get("hasMore").asBoolean());
    }

    private static double order(String cursor) {
        String[] parts = cursor.split("-");
        return Long.parseLong(parts[0]) * 1e6 + Long.parseLong(parts[1]);
    }

    @Test
    void anAmendmentAndAnArrivalsWithdrawalArriveAfterTheCursorWithTheSessionsMarkAsItStands() {
        String[] reached = new String[1];
        follow("0", 1000, reached);
        String start = reached[0];

        ObjectNode mark = events.mark(pupil, TUESDAY, "PM", "N");
        accepted(teacher, mark);
        ObjectNode amendment = events.amendment(pupil, TUESDAY, "PM", "M", "Dentist letter seen", school.officeStaffSignature());
        accepted(office, amendment);
        List<JsonNode> changes = follow(start, 1000, reached);
        assertEquals(2, changes.size(), changes.toString());
        JsonNode amended = about(changes, amendment).get(0);
        assertEquals("AMENDMENT", amended.get("change").asText());
        assertEquals(TUESDAY.toString(), amended.get("date").asText());
        assertEquals("PM", amended.get("session").asText());
        assertEquals("M", amended.get("code").asText());
        assertTrue(amended.get("amended").asBoolean());
        assertEquals("M", about(changes, mark).get(0).get("code").asText(), "the mark as it stands now");

        String afterAmendment = reached[0];
        ObjectNode wrongCard = events.arrival(pupil, TUESDAY, 13, 40);
        accepted(gate, wrongCard);
        ObjectNode withdrawal = events.withdrawal(wrongCard, TUESDAY, 13, 45);
        accepted(gate, withdrawal);
        changes = follow(afterAmendment, 1000, reached);
        assertEquals(List.of(wrongCard.get("id").asText(), withdrawal.get("id").asText()),
                changes.stream().map(c -> c.get("event").asText()).distinct().toList());
        for (JsonNode c : about(changes, withdrawal)) {
            assertEquals("ARRIVAL_WITHDRAWN", c.get("change").asText());
            assertTrue(c.get("withdrawn").asBoolean());
            assertEquals(TUESDAY.toString(), c.get("date").asText());
        }
        assertFalse(about(changes, withdrawal).isEmpty(), "a withdrawal names the sessions it touches");
    }

    @Test
    void aFactOfATransactionStillRunningBehindItIsNotServedUntilNothingCanLandBehindTheCursor() {
        String[] reached = new String[1];
        follow("0", 1000, reached);
        String start = reached[0];
        ObjectNode later = events.mark(pupil, TUESDAY, "PM", "/");
        try (Handle older = server.database().jdbi().open()) {
            older.begin();
            older.createQuery("select pg_current_xact_id()::text").mapTo(String.class).one(); // holds a transaction id
            accepted(teacher, later); // commits after the older transaction began
            JsonNode page = page(start, 1000);
            assertEquals(0, page.get("changes").size(), "served only once nothing older is still running");
            assertEquals(start, page.get("next").asText());
            older.rollback();
        }
        // Other tests' transactions may hold the horizon a moment longer: wait on the condition, generously.
        List<JsonNode> changes = List.of();
        for (int tries = 0; tries < 600 && changes.isEmpty(); tries++) {
            changes = follow(start, 1000, reached);
            if (changes.isEmpty()) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        assertEquals(1, about(changes, later).size(), changes.toString());
    }

    @Test
    void aBadCursorOrLimitIsRefusedAndOtherRolesMayNotRead() {
        assertEquals(400, api.get("/api/v1/exports/marks/changes?since=yesterday", office).status());
        assertEquals(400, api.get("/api/v1/exports/marks/changes?limit=0", office).status());
        assertEquals(400, api.get("/api/v1/exports/marks/changes?limit=1001", office).status());
        assertEquals(403, api.get("/api/v1/exports/marks/changes", teacher).status());
        assertEquals(403, api.get("/api/v1/exports/marks/changes", gate).status());
    }
}
