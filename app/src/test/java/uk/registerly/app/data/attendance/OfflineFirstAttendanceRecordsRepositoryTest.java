package uk.registerly.app.data.attendance;

import static org.junit.Assert.assertEquals;

import android.app.Application;

import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * Pupils' records as the rules evaluate the local journal: the day's unexplained absences.
 */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class OfflineFirstAttendanceRecordsRepositoryTest extends OnTheDevice {
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
