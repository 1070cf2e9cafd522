package uk.registerly.app.office;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import uk.registerly.app.data.leave.LeaveLine;
import uk.registerly.app.data.leave.LeaveRequestState;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.testing.InstantLiveData;
import uk.registerly.app.testing.TestLeaveRepository;
import uk.registerly.app.testing.TestReports;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;

/**
 * The office's leave requests on the plain JVM: undecided first, the head's judgement given per
 * request and passed with the approval, a refusal with its note.
 */
public class OfficeLeaveViewModelTest {
    private static final RosterPupil AMARA = TestSchool.rosterPupils().get(1);
    private static final RosterPupil DANIEL = TestSchool.rosterPupils().get(2);

    @Rule
    public final InstantLiveData liveData = new InstantLiveData();

    private TestLeaveRepository leave;
    private OfficeLeaveViewModel viewModel;

    @Before
    public void setUp() {
        leave = new TestLeaveRepository();
        // Newest first, as the repository lists them: Daniel's (refused), then Amara's (undecided).
        List<LeaveRequestState> requests = new TestReports()
                .leaveRequest("leave-amara", AMARA.id, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6),
                        EnumSet.allOf(Session.class))
                .leaveRequest("leave-daniel", DANIEL.id, LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 16),
                        EnumSet.allOf(Session.class))
                .leaveRefused("leave-daniel", DANIEL.id)
                .leaveRequests();
        List<LeaveLine> lines = new ArrayList<>();
        lines.add(new LeaveLine(requests.get(1), DANIEL, null, false));
        lines.add(new LeaveLine(requests.get(0), AMARA, null, true));
        leave.send(lines);
        viewModel = new OfficeLeaveViewModel(leave, Runnable::run);
        InstantLiveData.observe(viewModel.selected());
    }

    @Test
    public void undecidedRequestsComeFirstAndAreTheOpenList() {
        List<LeaveLine> lines = InstantLiveData.observe(viewModel.lines()).latest();
        List<LeaveLine> open = InstantLiveData.observe(viewModel.openRequests()).latest();

        assertEquals("leave-amara", lines.get(0).request.id);
        assertEquals("leave-daniel", lines.get(1).request.id);
        assertEquals(1, open.size());
        assertEquals("leave-amara", open.get(0).request.id);
    }

    @Test
    public void theHeadsJudgementGoesWithTheApprovalAndStartsUnsaidForAnotherRequest() {
        InstantLiveData.Values<Boolean> exceptional = InstantLiveData.observe(viewModel.exceptional());
        viewModel.select("leave-amara");
        viewModel.setExceptional(true);

        viewModel.approve(viewModel.selected().getValue());

        assertEquals("LEAVE_DECISION", leave.writes.written.get(0).type);
        assertTrue(leave.lastApprovalExceptional);
        viewModel.select("leave-daniel");
        assertFalse(exceptional.latest());
    }

    @Test
    public void aRefusalCarriesTheOfficesNote() {
        viewModel.select("leave-amara");

        viewModel.refuse(viewModel.selected().getValue(), "Term-time holidays are not exceptional.");

        assertTrue(leave.writes.written.get(0).payload.contains("Term-time holidays are not exceptional."));
    }
}
