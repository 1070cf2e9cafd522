package uk.registerly.app.register;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.junit.Test;

import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.codes.CountsAs;

/** The codes a class teacher records: what the register sees at registration, never a decision that authorises an absence. */
public class TeacherCodesTest {
    @Test
    public void oneTapIsPresentForTheSessionAbsentAndLate() {
        assertEquals(Arrays.asList(AttendanceCode.PRESENT_AM, AttendanceCode.N, AttendanceCode.L),
                TeacherCodes.oneTap(Session.AM));
        assertEquals(Arrays.asList(AttendanceCode.PRESENT_PM, AttendanceCode.N, AttendanceCode.L),
                TeacherCodes.oneTap(Session.PM));
    }

    @Test
    public void theMenuHoldsTheApprovedActivitiesTheSchoolItselfRuns() {
        assertEquals(Arrays.asList(AttendanceCode.V, AttendanceCode.P, AttendanceCode.W, AttendanceCode.B),
                TeacherCodes.other());
        for (AttendanceCode code : TeacherCodes.other()) {
            assertEquals(code + " counts as attendance", CountsAs.ATTENDANCE, code.countsAs());
        }
    }

    @Test
    public void noCodeThatAuthorisesOrJudgesAnAbsenceIsTheTeachers() {
        Set<AttendanceCode> teachers = EnumSet.noneOf(AttendanceCode.class);
        teachers.addAll(TeacherCodes.all(Session.AM));
        teachers.addAll(TeacherCodes.all(Session.PM));
        for (AttendanceCode code : AttendanceCode.values()) {
            if (code.countsAs() == CountsAs.AUTHORISED_ABSENCE || !code.isPossible()) {
                assertFalse(code + " is the office's", teachers.contains(code));
            }
        }
        // Of the unauthorised codes only the provisional N: G and O follow enquiries, U follows from an arrival.
        for (AttendanceCode code : new AttendanceCode[] {AttendanceCode.G, AttendanceCode.O, AttendanceCode.U}) {
            assertFalse(code + " is not chosen in the register", teachers.contains(code));
        }
        assertFalse("the local authority arranges K", teachers.contains(AttendanceCode.K));
    }

    @Test
    public void aMorningPresentMarkIsNotRecordedInTheAfternoon() {
        assertTrue(TeacherCodes.mayRecord(AttendanceCode.PRESENT_AM, Session.AM));
        assertFalse(TeacherCodes.mayRecord(AttendanceCode.PRESENT_AM, Session.PM));
        assertTrue(TeacherCodes.mayRecord(AttendanceCode.V, Session.PM));
        assertFalse(TeacherCodes.mayRecord(AttendanceCode.I, Session.AM));
    }
}
