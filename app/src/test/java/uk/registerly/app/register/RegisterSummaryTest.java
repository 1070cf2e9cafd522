package uk.registerly.app.register;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.Test;

import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.rules.codes.AttendanceCode;

/** The counts under the register, and what "mark all remaining present" would mark. */
public class RegisterSummaryTest {
    private static RegisterRowModel row(String id, AttendanceCode code) {
        return new RegisterRowModel(id, "Pupil " + id, "P" + id, "3", code, null, null, null, false, null);
    }

    @Test
    public void lateIsPresentActivitiesArePresentEveryAbsenceIsAbsentAndTheRestAreNeither() {
        List<RegisterRowModel> rows = Arrays.asList(row("1", AttendanceCode.PRESENT_AM), row("2", AttendanceCode.L),
                row("3", AttendanceCode.V), row("4", AttendanceCode.N), row("5", AttendanceCode.I),
                row("6", AttendanceCode.U), row("7", AttendanceCode.Y2), row("8", null));

        RegisterSummary summary = RegisterSummary.of(rows);

        assertEquals(3, summary.present);
        assertEquals(1, summary.late);
        assertEquals(3, summary.absent);
        assertEquals(1, summary.unmarked);
    }

    @Test
    public void markAllMarksOnlyPupilsWithoutAMark() {
        List<RegisterRowModel> rows = Arrays.asList(row("1", AttendanceCode.N), row("2", null), row("3", null));

        assertEquals(Arrays.asList("2", "3"), RegisterRowModel.unmarked(rows));
        assertEquals(Collections.emptyList(), RegisterRowModel.unmarked(Collections.singletonList(row("1", AttendanceCode.N))));
    }

    @Test
    public void initialsTakeTheFirstLetterOfEachNameWhateverItsScript() {
        assertEquals("AO", RegisterRowModel.initials("amara", "Okafor"));
        assertEquals("ÉÖ", RegisterRowModel.initials("élodie", "Öztürk"));
        assertEquals("O", RegisterRowModel.initials("Oluwaseun", " "));
    }

    @Test
    public void rowsWithTheSameContentAreEqualSoTheListDoesNotRebindThem() {
        RegisterRowModel reported = new RegisterRowModel("1", "A B", "AB", "3", AttendanceCode.N, null, null,
                new ParentReports.Reported(AbsenceCategory.ILLNESS, false), true, null);
        RegisterRowModel same = new RegisterRowModel("1", "A B", "AB", "3", AttendanceCode.N, null, null,
                new ParentReports.Reported(AbsenceCategory.ILLNESS, false), true, null);
        RegisterRowModel sent = new RegisterRowModel("1", "A B", "AB", "3", AttendanceCode.N, null, null,
                new ParentReports.Reported(AbsenceCategory.ILLNESS, false), false, null);

        assertEquals(reported, same);
        assertEquals(reported.hashCode(), same.hashCode());
        assertEquals(false, reported.equals(sent));
    }
}
