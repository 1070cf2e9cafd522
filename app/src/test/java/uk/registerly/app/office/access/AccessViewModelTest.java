package uk.registerly.app.office.access;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import uk.registerly.app.data.access.ParentAccountLine;
import uk.registerly.app.data.roster.SchoolClass;
import uk.registerly.app.testing.InstantLiveData;
import uk.registerly.app.testing.TestAccessRepository;
import uk.registerly.app.testing.TestDataLayer.MutableClock;
import uk.registerly.app.testing.TestRosterRepository;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.app.testing.TestStaffRepository;

/** The office's cover and parents' accounts on the plain JVM: assign, revoke, the server's refusals, offline. */
public class AccessViewModelTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);
    private static final SchoolClass FOUR_A = new SchoolClass(TestSchool.CLASS_4A, "4A", "4");

    @Rule
    public final InstantLiveData liveData = new InstantLiveData();

    private final TestAccessRepository access = new TestAccessRepository();
    private AccessViewModel viewModel;
    private InstantLiveData.Values<AccessUiState> state;

    @Before
    public void setUp() {
        access.parents.add(new ParentAccountLine("9a7e0000-0000-4000-8000-000000000077",
                Arrays.asList("Grace Singh"), false));
        viewModel = new AccessViewModel(access, new TestRosterRepository().withTestSchool(),
                new TestStaffRepository().send(TestStaffRepository.BEN), new MutableClock(
                Instant.parse("2026-09-07T07:42:00Z")), Runnable::run);
        state = InstantLiveData.observe(viewModel.uiState());
    }

    @Test
    public void opensWithTheServersListsAndAssignsACover() {
        assertFalse(state.latest().loading);
        assertEquals(1, state.latest().parents.size());
        assertTrue(state.latest().covers.isEmpty());

        viewModel.assignCover(FOUR_A, TestStaffRepository.BEN, MONDAY, MONDAY.plusDays(4));

        assertEquals("assign " + TestSchool.CLASS_4A + " " + TestStaffRepository.BEN.id + " 2026-09-07 2026-09-11",
                access.calls.get(0));
        assertEquals(1, state.latest().covers.size());
        assertTrue(state.latest().message.startsWith("Cover assigned: Ben Okoro takes 4A"));

        viewModel.revokeCover(state.latest().covers.get(0));
        assertTrue(state.latest().covers.get(0).revoked);
    }

    @Test
    public void nothingIsSentWithoutAClassOrWithTheDaysReversedAndTheServersRefusalIsShown() {
        viewModel.assignCover(null, TestStaffRepository.BEN, MONDAY, MONDAY);
        assertEquals("Choose a class and a member of staff.", state.latest().message);
        viewModel.assignCover(FOUR_A, TestStaffRepository.BEN, MONDAY, MONDAY.minusDays(1));
        assertEquals("The last day of a cover cannot be before its first.", state.latest().message);
        assertTrue(access.calls.isEmpty());

        access.refuse("Ben Okoro already covers 4A on 2026-09-07");
        viewModel.assignCover(FOUR_A, TestStaffRepository.BEN, MONDAY, MONDAY);
        assertEquals("Ben Okoro already covers 4A on 2026-09-07", state.latest().message);
        assertTrue(state.latest().covers.isEmpty());
    }

    @Test
    public void aParentsAccountIsRevokedAndOfflineIsSaid() {
        viewModel.revokeParent(state.latest().parents.get(0));
        assertTrue(state.latest().parents.get(0).revoked);

        access.offline(true);
        viewModel.refresh();
        assertEquals("This tablet cannot reach the school's server. Try again when it is online.",
                state.latest().message);
        assertEquals("what was listed stays", 1, state.latest().parents.size());
    }
}
