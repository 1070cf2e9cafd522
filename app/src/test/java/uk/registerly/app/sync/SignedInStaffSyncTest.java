package uk.registerly.app.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import android.app.Application;

import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.network.NetworkTimeouts;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.security.SignedInStaff;
import uk.registerly.app.testing.AcceptingServer;
import uk.registerly.app.testing.MockServerDevice;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * Each event records the member of staff signed in with their PIN (issue 13, section 2): the
 * journal row keeps their id, the push sends it as the envelope's {@code staffId}, and an
 * amendment is signed with their "Name, Position", not typed.
 */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class SignedInStaffSyncTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);
    private static final String BEN = "be200000-0000-4000-8000-000000000005";

    @Rule
    public final MockServerDevice device = new MockServerDevice(Role.TEACHER, Instant.parse("2026-09-07T07:52:00Z"),
            NetworkTimeouts.DEFAULT);

    @Test
    public void theSignedInTeacherTravelsWithEachEventAndSignsTheAmendment() {
        AcceptingServer server = new AcceptingServer();
        device.server.setDispatcher(server);
        device.data.staff.signIn(new SignedInStaff(TestSchool.TEACHER, "Alice Patel", "Class Teacher"),
                device.data.clock.millis());

        JournalEventEntity mark = device.data.register.recordMark(TestSchool.AMARA, MONDAY, Session.AM,
                AttendanceCode.N);
        JournalEventEntity amendment = device.data.register.recordAmendment(TestSchool.AMARA, MONDAY, Session.AM,
                AttendanceCode.PRESENT_AM, "Arrived with the register still open");
        assertEquals(TestSchool.TEACHER, mark.staffId);
        assertEquals("Alice Patel, Class Teacher", JsonParser.parseString(amendment.payload).getAsJsonObject()
                .get("by").getAsString());

        assertEquals(SyncResult.Status.IDLE, device.data.syncEngine(device.context, NetworkTimeouts.DEFAULT)
                .syncUntilIdle().status);
        Map<String, String> sent = staffIdsPushed(server);
        assertEquals(TestSchool.TEACHER, sent.get(mark.id));
        assertEquals(TestSchool.TEACHER, sent.get(amendment.id));
    }

    @Test
    public void someoneWhoDoesNotTeachTheClassCannotMarkItOnTheTeachersTablet() {
        device.data.staff.signIn(new SignedInStaff(BEN, "Ben Okoro", "Teaching Assistant"), device.data.clock.millis());
        assertThrows(NotRecordableException.class, () -> device.data.register.recordMark(TestSchool.AMARA, MONDAY,
                Session.AM, AttendanceCode.N));
        assertEquals(0, device.database.journal().countPending());
    }

    @Test
    public void withNobodySignedInTheEnvelopeNamesNoOne() {
        AcceptingServer server = new AcceptingServer();
        device.server.setDispatcher(server);
        JournalEventEntity mark = device.data.register.recordMark(TestSchool.AMARA, MONDAY, Session.AM,
                AttendanceCode.N);
        assertNull(mark.staffId);
        device.data.syncEngine(device.context, NetworkTimeouts.DEFAULT).syncUntilIdle();
        Map<String, String> sent = staffIdsPushed(server);
        assertTrue(sent.containsKey(mark.id));
        assertNull(sent.get(mark.id));
        assertFalse(String.join("", server.bodies).contains("staffId"));
    }

    /** Each pushed event's id and its envelope's staffId (null when left out). */
    private static Map<String, String> staffIdsPushed(AcceptingServer server) {
        Map<String, String> staffIds = new HashMap<>();
        for (String body : server.bodies) {
            if (body == null || !body.contains("\"events\"")) {
                continue;
            }
            JsonElement events = JsonParser.parseString(body).getAsJsonObject().get("events");
            if (events == null || !events.isJsonArray()) {
                continue;
            }
            for (JsonElement element : (JsonArray) events) {
                JsonObject event = element.getAsJsonObject();
                staffIds.put(event.get("id").getAsString(),
                        event.has("staffId") ? event.get("staffId").getAsString() : null);
            }
        }
        return staffIds;
    }
}
