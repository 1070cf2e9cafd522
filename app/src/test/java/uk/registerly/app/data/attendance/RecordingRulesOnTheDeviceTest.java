package uk.registerly.app.data.attendance;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import android.app.Application;

import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.RecordingRefusedException;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.recording.ProblemCode;

/**
 * The rules module's RecordingRules run on the tablet before a register fact is written, as the
 * server runs them before it appends one (issue 12 item 2, device side): what the server would refuse
 * is refused here with the same code, and nothing is written.
 */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class RecordingRulesOnTheDeviceTest extends OnTheDevice {
    /** 09:30 in London: the morning register closed at 09:15. */
    private static final Instant AT_0930 = Instant.parse("2026-09-07T08:30:00Z");
    private static final String LEAVE = "1ea00000-0000-4000-8000-000000000001";

    @Test
    public void aMarkBeforeTheCloseIsWrittenAtTheTimeItWasMade() {
        data.enrolledAs(Role.TEACHER);

        JournalEventEntity mark = data.register.recordMark(TestSchool.AMARA, MONDAY, Session.AM, AttendanceCode.N);

        JsonObject payload = JsonParser.parseString(mark.payload).getAsJsonObject();
        assertEquals("REGISTER_MARK", mark.type);
        assertEquals("2026-09-07T08:52:00", payload.get("at").getAsString());
        assertEquals(1, database.journal().countPending());
    }

    @Test
    public void aMarkAfterTheCloseIsRefusedAsRegisterClosedAndTheAmendmentIsWrittenInstead() {
        data.enrolledAs(Role.TEACHER);
        data.clock.set(AT_0930);

        RecordingRefusedException closed = assertThrows(RecordingRefusedException.class,
                () -> data.register.recordMark(TestSchool.AMARA, MONDAY, Session.AM, AttendanceCode.N));

        assertEquals(ProblemCode.REGISTER_CLOSED, closed.code());
        assertTrue(closed.getMessage(), closed.getMessage().contains("closed at 09:15"));
        assertEquals(0, database.journal().countPending());
        JournalEventEntity amendment = data.register.recordAmendment(TestSchool.AMARA, MONDAY, Session.AM,
                AttendanceCode.N, "not in class at registration, register taken late");
        JsonObject payload = JsonParser.parseString(amendment.payload).getAsJsonObject();
        assertEquals("AMENDMENT", amendment.type);
        assertEquals(TestSchool.TEACHER_SIGNATURE, payload.get("by").getAsString());
        assertEquals("2026-09-07T09:30:00", payload.get("at").getAsString());
    }

    @Test
    public void yesterdaysRegisterIsClosedToo() {
        data.enrolledAs(Role.TEACHER);
        data.clock.set(Instant.parse("2026-09-08T07:52:00Z")); // Tuesday 08:52

        RecordingRefusedException closed = assertThrows(RecordingRefusedException.class,
                () -> data.register.recordMark(TestSchool.AMARA, MONDAY, Session.PM, AttendanceCode.N));

        assertEquals(ProblemCode.REGISTER_CLOSED, closed.code());
        assertEquals(0, database.journal().countPending());
    }

    /** The check reads "now" from the recording time source only: the seam the trusted clock drops into. */
    @Test
    public void theCheckJudgesByTheRecordingTimeNotTheDevicesClock() {
        data.enrolledAs(Role.TEACHER);
        OfflineFirstRegisterRepository afterClose = new OfflineFirstRegisterRepository(database, data.schools,
                data.journal, data.readModels, zone -> LocalDateTime.of(2026, 9, 7, 9, 30));

        RecordingRefusedException closed = assertThrows(RecordingRefusedException.class,
                () -> afterClose.recordMark(TestSchool.AMARA, MONDAY, Session.AM, AttendanceCode.N));

        assertEquals("the device's own clock says 08:52", ProblemCode.REGISTER_CLOSED, closed.code());
        assertEquals(0, database.journal().countPending());
    }

    @Test
    public void anAuthorisedCodeForADayOfRefusedLeaveIsRefusedAndNothingIsWritten() {
        refusedLeaveOnMonday();
        data.enrolledAs(Role.TEACHER);

        RecordingRefusedException refused = assertThrows(RecordingRefusedException.class,
                () -> data.register.recordMark(TestSchool.AMARA, MONDAY, Session.AM, AttendanceCode.M));

        assertEquals(ProblemCode.LEAVE_REFUSED, refused.code());
        assertTrue(refused.getMessage(), refused.getMessage().contains("needs an office amendment"));
        assertEquals(0, database.journal().countPending());
        // An unauthorised or present mark is the teacher's to make as ever.
        data.register.recordMark(TestSchool.AMARA, MONDAY, Session.AM, AttendanceCode.N);
        assertEquals(1, database.journal().countPending());
    }

    @Test
    public void theOfficeMayAmendRefusedLeaveWithAReasonButNeverToC() {
        refusedLeaveOnMonday();
        data.enrolledAs(Role.OFFICE);
        data.clock.set(AT_0930);

        RecordingRefusedException finalRefusal = assertThrows(RecordingRefusedException.class,
                () -> data.register.recordAmendment(TestSchool.AMARA, MONDAY, Session.AM, AttendanceCode.C,
                        "parent asked again"));
        assertEquals(ProblemCode.LEAVE_REFUSAL_FINAL, finalRefusal.code());
        assertEquals(0, database.journal().countPending());

        JournalEventEntity amendment = data.register.recordAmendment(TestSchool.AMARA, MONDAY, Session.AM,
                AttendanceCode.M, "hospital letter seen: appointment that morning");
        assertEquals("AMENDMENT", amendment.type);
        assertEquals(1, database.journal().countPending());
    }

    @Test
    public void aPupilNotYetAdmittedCannotBeMarked() {
        data.enrolledAs(Role.TEACHER);
        JsonObject late = TestSchool.pupil(TestSchool.AMARA, "P1001", "Amara", "Okafor", "3", TestSchool.CLASS_3A);
        late.addProperty("onRollFrom", "2026-09-14");
        data.rosterChanges.apply("PUPIL", late);

        RecordingRefusedException refused = assertThrows(RecordingRefusedException.class,
                () -> data.register.recordMark(TestSchool.AMARA, MONDAY, Session.AM, AttendanceCode.N));

        assertEquals(ProblemCode.NOT_ON_ROLL, refused.code());
        assertEquals(0, database.journal().countPending());
    }

    /** Amara's parent asked for leave on Monday; the office refused it (both pulled from the server). */
    private void refusedLeaveOnMonday() {
        database.journal().insertIfAbsent(new JournalEventEntity(LEAVE, JournalEventEntity.REMOTE, 1, "LEAVE_REQUEST",
                TestSchool.AMARA, null, null, EventPayloads.leaveRequest(TestSchool.AMARA, MONDAY, MONDAY,
                        EnumSet.of(Session.AM, Session.PM), "family wedding").toString(),
                "2026-08-20T09:00:00Z", 0L, "1-1", 1L));
        database.journal().insertIfAbsent(new JournalEventEntity("1ea00000-0000-4000-8000-000000000002",
                JournalEventEntity.REMOTE, 2, "LEAVE_DECISION", TestSchool.AMARA, null, LEAVE,
                EventPayloads.leaveRefused(TestSchool.AMARA, LEAVE, "not exceptional").toString(),
                "2026-08-21T09:00:00Z", 0L, "2-1", 2L));
    }
}
