package uk.registerly.rules.leave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.policy.SchoolPresets;

class LeaveOfAbsenceRulesTest {
    private static final LeaveOfAbsenceRules MILLBROOK = new LeaveOfAbsenceRules(SchoolPresets.millbrook());
    private static final LeaveOfAbsenceRules WENLOCK = new LeaveOfAbsenceRules(SchoolPresets.wenlock());

    private static LeaveRequest request(String requestedOn, String first, boolean exceptional) {
        return new LeaveRequest("p1", LocalDate.parse(requestedOn), LocalDate.parse(first),
                LocalDate.parse(first).plusDays(2), exceptional, "family funeral abroad");
    }

    @Test
    void anExceptionalRequestWithFourWeeksNoticeHasNoIssues() {
        LeaveAssessment a = MILLBROOK.assess(request("2026-10-01", "2026-10-29", true), Collections.emptyList());
        assertTrue(a.issues().isEmpty());
        assertTrue(a.mayBeGranted());
    }

    @Test
    void shortNoticeIsFlaggedButLeftToTheHead() {
        LeaveAssessment a = MILLBROOK.assess(request("2026-10-02", "2026-10-29", true), Collections.emptyList());
        assertEquals(EnumSet.of(LeaveIssue.SHORT_NOTICE), a.issues());
        assertTrue(a.mayBeGranted());
    }

    @Test
    void wenlockAsksForTwoWeeksNotFour() {
        assertEquals(14, WENLOCK.noticeDays());
        assertTrue(WENLOCK.assess(request("2026-10-15", "2026-10-29", true), Collections.emptyList())
                .issues().isEmpty());
    }

    @Test
    void leaveThatIsNotExceptionalCannotBeGranted() {
        LeaveRequest holiday = request("2026-06-01", "2026-10-29", false);
        assertFalse(MILLBROOK.assess(holiday, Collections.emptyList()).mayBeGranted());
        assertThrows(IllegalStateException.class,
                () -> MILLBROOK.grant(holiday, Collections.emptyList(), "Head", LocalDate.parse("2026-06-02")));
    }

    @Test
    void leaveIsGrantedInAdvanceOnly() {
        assertTrue(MILLBROOK.assess(request("2026-10-29", "2026-10-29", true), Collections.emptyList())
                .issues().contains(LeaveIssue.NOT_IN_ADVANCE));
    }

    @Test
    void aRefusalIsFinalAndLeaveTakenAfterItIsG() {
        LeaveRequest first = request("2026-09-01", "2026-10-29", true);
        LeaveDecision refused = MILLBROOK.refuse(first, "Head", LocalDate.parse("2026-09-03"));
        LeaveRequest again = request("2026-09-10", "2026-10-30", true);
        LeaveAssessment a = MILLBROOK.assess(again, Collections.singletonList(refused));
        assertTrue(a.issues().contains(LeaveIssue.PREVIOUSLY_REFUSED));
        assertFalse(a.mayBeGranted());
        assertSame(AttendanceCode.G, refused.codeForAbsenceOn(LocalDate.parse("2026-10-30")));
    }

    @Test
    void grantedLeaveIsCodedCOnItsDaysOnly() {
        LeaveDecision granted = MILLBROOK.grant(request("2026-09-01", "2026-10-29", true), Collections.emptyList(),
                "Head", LocalDate.parse("2026-09-02"));
        assertSame(AttendanceCode.C, granted.codeForAbsenceOn(LocalDate.parse("2026-10-31")));
        assertNull(granted.codeForAbsenceOn(LocalDate.parse("2026-11-01")));
    }
}
