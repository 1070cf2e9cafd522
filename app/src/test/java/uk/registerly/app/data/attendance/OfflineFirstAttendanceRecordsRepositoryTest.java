package uk.registerly.app.data.attendance;

import static org.junit.Assert.assertEquals;

import android.app.Application;

import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.testing.InMemoryDataLayer;
import uk.registerly.app.testing.TestDataLayer;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * Pupils' records as the rules evaluate the local journal: the day's unexplained absences.
 * Monday 7 September 2026 at Millbrook-style registers (late after 08:50, closed 09:15).
 */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class OfflineFirstAttendanceRecordsRepositoryTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);
    /** 08:52 in London (BST). */
    private static final Instant AT_0852 = Instant.parse("2026-09-07T07:52:00Z");

    @Rule
    public final InMemoryDataLayer device = new InMemoryDataLayer(AT_0852);
    private RegisterlyDatabase database;
    private TestDataLayer data;

    @Before
    public void setUp() {
        database = device.database;
        data = device.data;
    }

    @Test
    public void theFirstDayCallingListHasTheDaysUnexplainedAbsences() {
        data.enrolledAs(Role.TEACHER);
        data.register.recordMark(TestSchool.DANIEL, MONDAY, Session.AM, AttendanceCode.N);
        data.register.recordMark(TestSchool.AMARA, MONDAY, Session.AM, AttendanceCode.PRESENT_AM);

        List<MarkedPupil> calls = data.records.unexplainedAbsencesOn(MONDAY);

        assertEquals(1, calls.size());
        assertEquals(TestSchool.DANIEL, calls.get(0).pupil.id);
    }
}
