package uk.registerly.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.ServerTest;

/**
 * The interleaving that breaks a cursor over sequence numbers or transaction ids alone, made to
 * happen on purpose: transaction A writes first but commits last, B writes later and commits first.
 * A device pulling between B's commit and A's must not move its cursor past A's row.
 */
class CursorNeverSkipsTest extends ServerTest {

    @Test
    void aRowCommittedLateBehindALaterCommitIsStillPulled() {
        DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small());
        String office = api.enrol(school.officeCode());
        String cursor = drain(office, "0", new ArrayList<>());
        UUID pupil = school.allPupils().get(0);

        try (Handle a = server.database().jdbi().open(); Handle b = server.database().jdbi().open()) {
            a.begin();
            UUID first = insert(a, school.schoolId(), pupil);   // A takes the older transaction id
            b.begin();
            UUID second = insert(b, school.schoolId(), pupil);
            b.commit();                                           // B is visible first

            List<String> seen = new ArrayList<>();
            String during = drain(office, cursor, seen);
            assertEquals(List.of(), seen, "B must wait while the older transaction A is open");
            assertEquals(cursor, during, "the cursor must not move past A's future row");

            a.commit();
            String after = drain(office, during, seen);
            assertEquals(List.of(first.toString(), second.toString()), seen, "A then B: nothing skipped");
            assertTrue(Cursor.parse(after).compareTo(Cursor.parse(during)) > 0);
        }
    }

    @Test
    void aRolledBackTransactionNeitherBlocksNorLeavesAGap() {
        DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small());
        String office = api.enrol(school.officeCode());
        String cursor = drain(office, "0", new ArrayList<>());
        UUID pupil = school.allPupils().get(0);
        try (Handle a = server.database().jdbi().open(); Handle b = server.database().jdbi().open()) {
            a.begin();
            insert(a, school.schoolId(), pupil);
            b.begin();
            UUID kept = insert(b, school.schoolId(), pupil);
            b.commit();
            a.rollback();
            List<String> seen = new ArrayList<>();
            drain(office, cursor, seen);
            assertEquals(List.of(kept.toString()), seen);
        }
    }

    private static UUID insert(Handle h, UUID school, UUID pupil) {
        UUID id = UUID.randomUUID();
        h.createUpdate("""
                        insert into events (id, school_id, pupil_id, device_id, device_seq, type, payload, device_time)
                        values (:id, :school, :pupil, :device, 1, 'REGISTER_MARK',
                                jsonb_build_object('pupil', cast(:pupil as text), 'date', '2026-11-17', 'session', 'AM',
                                                   'code', '/', 'at', '2026-11-17T08:50'),
                                now())""")
                .bind("id", id).bind("school", school).bind("pupil", pupil).bind("device", UUID.randomUUID())
                .execute();
        return id;
    }

    private static String drain(String token, String cursor, List<String> seen) {
        while (true) {
            Response page = api.get("/api/v1/sync/pull?since=" + cursor + "&limit=500", token);
            assertEquals(200, page.status(), page.toString());
            for (JsonNode event : page.body().get("events")) {
                seen.add(event.get("id").asText());
            }
            cursor = page.text("next");
            if (!page.body().get("hasMore").asBoolean()) {
                return cursor;
            }
        }
    }
}
