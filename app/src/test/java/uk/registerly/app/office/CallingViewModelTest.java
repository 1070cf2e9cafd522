package uk.registerly.app.office;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import uk.registerly.app.data.attendance.MarkedPupil;
import uk.registerly.app.data.calling.CallRow;
import uk.registerly.app.data.calling.CallingList;
import uk.registerly.app.data.journal.EventPayloads.ContactOutcome;
import uk.registerly.app.data.roster.Guardian;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.testing.InstantLiveData;
import uk.registerly.app.testing.TestCallingRepository;
import uk.registerly.app.testing.TestMarks;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.app.ui.Once;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * First-day calling's view model on the plain JVM: an outcome is about the contact last dialled
 * (else the next to try), a reason given explains the day's sessions, and the list is asked for
 * again as registers close. Daniel is N this morning at 09:30; his mother, then his father.
 */
public class CallingViewModelTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);
    private static final RosterPupil DANIEL = TestSchool.rosterPupils().get(2);
    private static final Guardian GRACE = new Guardian(TestSchool.GRACE, "Grace Singh", "Mother", null, "07700 900123");
    private static final Guardian HARJ = new Guardian(TestSchool.HARJ, "Harj Singh", "Father", null, "07700 900456");

    @Rule
    public final InstantLiveData liveData = new InstantLiveData();

    private TestCallingRepository calling;
    private CallingViewModel viewModel;
    private InstantLiveData.Values<Once<String>> errors;

    @Before
    public void setUp() {
        calling = new TestCallingRepository();
        calling.send(Collections.singletonList(danielsRow()));
        viewModel = new CallingViewModel(calling, Runnable::run);
        InstantLiveData.observe(viewModel.rows());
        errors = InstantLiveData.observe(viewModel.errors());
    }

    /** Daniel's row as the calling list builds it at 09:30, his register closed at 09:15. */
    private static CallRow danielsRow() {
        MarkedPupil absent = new MarkedPupil(DANIEL, TestMarks.teachers(DANIEL.id, MONDAY, Session.AM,
                AttendanceCode.N));
        return CallingList.build(Collections.singletonList(absent), Collections.emptyMap(),
                LocalDateTime.of(2026, 9, 7, 9, 30), new CallingList.Lookup() {
                    @Override
                    public RegisterWindow window(RosterPupil pupil, Session session) {
                        return TestSchool.rules().registerWindow(session, pupil.yearGroup);
                    }

                    @Override
                    public boolean isSchoolSession(RosterPupil pupil, LocalDate date, Session session) {
                        return true;
                    }

                    @Override
                    public List<Guardian> contacts(RosterPupil pupil) {
                        return Arrays.asList(GRACE, HARJ);
                    }
                }).get(0);
    }

    private CallRow row() {
        return viewModel.rows().getValue().get(0);
    }

    @Test
    public void anOutcomeIsAboutTheContactLastDialledElseTheNextToTry() {
        assertEquals("the mother first", GRACE, viewModel.callee(row()));
        viewModel.dialling(row(), HARJ);

        viewModel.record(row(), ContactOutcome.NO_ANSWER);
        viewModel.record(row(), ContactOutcome.MESSAGE_LEFT);

        assertEquals(Arrays.asList(HARJ, GRACE), calling.callees);
        assertEquals(Arrays.asList("CONTACT_ATTEMPT", "CONTACT_ATTEMPT"), calling.writes.types());
    }

    @Test
    public void aHomeVisitFlaggedNamesNoContact() {
        viewModel.record(row(), ContactOutcome.HOME_VISIT_FLAGGED);

        assertNull(calling.callees.get(0));
        assertTrue(calling.writes.written.get(0).payload.contains("HOME_VISIT_FLAGGED"));
    }

    @Test
    public void aReasonGivenOnThePhoneExplainsTheMorningAndTheAfternoonStillToCome() {
        viewModel.reasonGiven(row(), AttendanceCode.I);

        assertEquals(Arrays.asList("CONTACT_ATTEMPT", "REASON", "REASON"), calling.writes.types());
        assertEquals(GRACE, calling.callees.get(0));
        assertTrue(calling.writes.written.get(2).payload.contains("\"session\":\"PM\""));
    }

    @Test
    public void aRefusedCallComesBackAsTheDataLayersWords() {
        calling.writes.refuseWith("The office records this, not a teacher's device (CONTACT_ATTEMPT).");

        viewModel.record(row(), ContactOutcome.NO_ANSWER);

        assertEquals("The office records this, not a teacher's device (CONTACT_ATTEMPT).", errors.latest().take());
    }

    @Test
    public void theSelectedPupilFollowsTheListAndTheListIsAskedForAgainAsTimePasses() {
        InstantLiveData.Values<CallRow> selected = InstantLiveData.observe(viewModel.selected());
        viewModel.select(DANIEL.id);
        assertEquals(DANIEL, selected.latest().pupil);

        int before = calling.asked;
        viewModel.refresh();
        assertEquals(before + 1, calling.asked);

        calling.send(Collections.<CallRow>emptyList());
        assertNull("Daniel left the list (a reason arrived)", selected.latest());
    }
}
