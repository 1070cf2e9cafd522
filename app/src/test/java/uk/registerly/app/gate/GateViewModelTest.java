package uk.registerly.app.gate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import uk.registerly.app.R;
import uk.registerly.app.data.attendance.ArrivalRow;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.testing.InstantLiveData;
import uk.registerly.app.testing.TestArrivalsRepository;
import uk.registerly.app.testing.TestDataLayer.MutableClock;
import uk.registerly.app.testing.TestRosterRepository;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.app.testing.TestSyncIndicator;
import uk.registerly.app.ui.ScreenMessage;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * The late gate's view model on the plain JVM over in-memory repositories: a card or a name
 * becomes one arrival with its mark, the undo lasts ten seconds, a reason goes with one pupil.
 * Monday 7 September 2026 at 09:05 in London (late after 08:50, closed 09:15).
 */
public class GateViewModelTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);
    private static final RosterPupil DANIEL = TestSchool.rosterPupils().get(2);

    @Rule
    public final InstantLiveData liveData = new InstantLiveData();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-09-07T08:05:00Z"));
    private TestRosterRepository roster;
    private TestArrivalsRepository arrivals;
    private GateViewModel viewModel;
    private InstantLiveData.Values<GateUiState> state;

    @Before
    public void setUp() {
        roster = new TestRosterRepository().withTestSchool();
        arrivals = new TestArrivalsRepository(clock);
        viewModel = new GateViewModel(arrivals, roster, new TestSyncIndicator(), clock, Runnable::run);
        state = InstantLiveData.observe(viewModel.uiState());
    }

    @Test
    public void aScannedCardIsOneArrivalAtOnceWithItsMarkAndTenSecondsToUndo() {
        viewModel.onCardScanned(PupilCardCodec.encode(TestSchool.SCHOOL, DANIEL.id));

        assertEquals(Collections.singletonList("ARRIVAL"), arrivals.writes.types());
        assertEquals(DANIEL.id, arrivals.writes.written.get(0).pupilId);
        GateResult result = state.latest().result;
        assertEquals(GateResult.Kind.RECORDED, result.kind);
        assertEquals("Daniel Singh", result.pupilName);
        assertEquals(AttendanceCode.L, result.code);
        assertEquals(15, result.minutesLate);
        assertEquals(10, state.latest().undoSecondsLeft);
        assertTrue(state.latest().offersUndo());
    }

    @Test
    public void theSameCardHeldUpAgainIsStillOneArrival() {
        String card = PupilCardCodec.encode(TestSchool.SCHOOL, DANIEL.id);
        viewModel.onCardScanned(card);
        clock.advanceSeconds(2);
        viewModel.onCardScanned(card);

        assertEquals(1, arrivals.writes.written.size());
    }

    @Test
    public void anotherSchoolsCardIsRefusedAndWritesNothing() {
        viewModel.onCardScanned(PupilCardCodec.encode("5c400000-0000-4000-8000-000000000001", DANIEL.id));

        assertEquals(GateResult.Kind.REFUSED, state.latest().result.kind);
        assertEquals(ScreenMessage.of(R.string.gate_refused_other_school), state.latest().result.message);
        assertTrue(arrivals.writes.written.isEmpty());
    }

    @Test
    public void beforeTheSchoolsCalendarArrivesEveryScanIsRefused() {
        roster.setRules(null);

        viewModel.onCardScanned(PupilCardCodec.encode(TestSchool.SCHOOL, DANIEL.id));

        assertEquals(ScreenMessage.of(R.string.gate_no_calendar), state.latest().result.message);
        assertTrue(arrivals.writes.written.isEmpty());
    }

    @Test
    public void anUndoWithinTenSecondsWithdrawsTheArrivalAndLaterOneIsTooLate() {
        viewModel.onCardScanned(PupilCardCodec.encode(TestSchool.SCHOOL, DANIEL.id));
        clock.advanceSeconds(4);
        viewModel.tick();
        assertEquals(6, state.latest().undoSecondsLeft);

        viewModel.undo();

        assertEquals(Arrays.asList("ARRIVAL", "ARRIVAL_WITHDRAWN"), arrivals.writes.types());
        assertEquals(GateResult.Kind.UNDONE, state.latest().result.kind);
        assertFalse(state.latest().offersUndo());

        viewModel.onCardScanned(PupilCardCodec.encode(TestSchool.SCHOOL, TestSchool.AMARA));
        clock.advanceSeconds(11);
        viewModel.undo();
        assertEquals(GateResult.Kind.UNDO_TOO_LATE, state.latest().result.kind);
        assertEquals(3, arrivals.writes.written.size());
    }

    @Test
    public void aReasonGoesWithTheNextArrivalOnlyAndIsThenCleared() {
        viewModel.setReason("  With a parent or carer ");
        assertEquals("With a parent or carer", state.latest().reason);

        viewModel.onCardScanned(PupilCardCodec.encode(TestSchool.SCHOOL, DANIEL.id));
        viewModel.onCardScanned(PupilCardCodec.encode(TestSchool.SCHOOL, TestSchool.AMARA));

        assertTrue(arrivals.writes.written.get(0).payload.contains("\"reason\":\"With a parent or carer\""));
        assertFalse(arrivals.writes.written.get(1).payload.contains("reason"));
        assertNull(state.latest().reason);
    }

    @Test
    public void aPupilFoundByNameArrivesWhenPickedAndTheSearchEmpties() {
        viewModel.search("dan");
        assertEquals(Collections.singletonList(DANIEL), state.latest().searchResults);

        viewModel.arrive(DANIEL);

        assertEquals(DANIEL.id, arrivals.writes.written.get(0).pupilId);
        assertTrue(state.latest().searchResults.isEmpty());
        assertEquals("Daniel Singh", state.latest().result.pupilName);
    }

    @Test
    public void aFailedArrivalShowsTheDataLayersWordsOnThePanel() {
        arrivals.writes.refuseWith("This pupil is not on this device's roll.");

        viewModel.arrive(DANIEL);

        assertEquals(GateResult.Kind.REFUSED, state.latest().result.kind);
        assertEquals(ScreenMessage.text("This pupil is not on this device's roll."), state.latest().result.message);
    }

    @Test
    public void theDaysListCountsArrivalsButNotUndoneOnes() {
        arrivals.send(MONDAY, Arrays.asList(
                new ArrivalRow("a1", DANIEL, LocalDateTime.of(2026, 9, 7, 9, 5), null, null, false, true),
                new ArrivalRow("a2", TestSchool.rosterPupils().get(1), LocalDateTime.of(2026, 9, 7, 9, 4), null,
                        null, true, false)));

        assertEquals(2, state.latest().arrivals.size());
        assertEquals(1, state.latest().arrivedCount());
    }
}
