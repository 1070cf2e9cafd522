package uk.registerly.app.register;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import uk.registerly.app.R;
import uk.registerly.app.data.attendance.RegisterRow;
import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.testing.InstantLiveData;
import uk.registerly.app.testing.TestAbsenceReportRepository;
import uk.registerly.app.testing.TestDataLayer.MutableClock;
import uk.registerly.app.testing.TestDeparturesRepository;
import uk.registerly.app.testing.TestMarks;
import uk.registerly.app.testing.TestRegisterRepository;
import uk.registerly.app.testing.TestReports;
import uk.registerly.app.testing.TestRosterRepository;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.app.testing.TestSyncIndicator;
import uk.registerly.app.ui.Once;
import uk.registerly.app.ui.ScreenMessage;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * The register's view model on the plain JVM over in-memory repositories: which register it opens,
 * what one state carries, and which taps write what. Monday 7 September 2026 in London; the
 * register opens 08:40, is late after 08:50 and closes 09:15.
 */
public class RegisterViewModelTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);
    private static final RosterPupil ELSIE = TestSchool.rosterPupils().get(0);
    private static final RosterPupil AMARA = TestSchool.rosterPupils().get(1);
    private static final RosterPupil DANIEL = TestSchool.rosterPupils().get(2);

    @Rule
    public final InstantLiveData liveData = new InstantLiveData();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-09-07T07:42:00Z"));
    private TestRosterRepository roster;
    private TestRegisterRepository register;
    private TestAbsenceReportRepository reports;
    private TestSyncIndicator sync;
    private RegisterViewModel viewModel;
    private InstantLiveData.Values<RegisterUiState> state;
    private InstantLiveData.Values<Once<ScreenMessage>> messages;

    /** After the rule: LiveData needs its main thread before the doubles hold values. */
    @Before
    public void setUp() {
        roster = new TestRosterRepository().withTestSchool();
        register = new TestRegisterRepository();
        reports = new TestAbsenceReportRepository();
        sync = new TestSyncIndicator();
        // 3A this morning: Amara present, Daniel and Elsie not marked yet.
        register.send(TestSchool.CLASS_3A, MONDAY, Session.AM, Arrays.asList(
                new RegisterRow(ELSIE, null, false),
                new RegisterRow(AMARA, TestMarks.teachers(AMARA.id, MONDAY, Session.AM, AttendanceCode.PRESENT_AM), true),
                new RegisterRow(DANIEL, null, false)));
    }

    private void open() {
        viewModel = new RegisterViewModel(register, roster, reports, new TestDeparturesRepository(), sync, clock,
                Runnable::run);
        state = InstantLiveData.observe(viewModel.uiState());
        messages = InstantLiveData.observe(viewModel.messages());
    }

    @Test
    public void opensOnTheTeachersFirstClassTodayForTheSessionUnderWayWithEverythingInOneState() {
        open();

        RegisterUiState now = state.latest();
        assertEquals(new RegisterSelection(TestSchool.CLASS_3A, MONDAY, Session.AM), now.selection);
        assertEquals("3A", now.className());
        assertTrue(now.onToday);
        assertEquals("09:15", now.window.closes().toString());
        assertEquals(RegisterClock.Phase.ON_TIME, now.clock.phase());
        assertEquals(3, now.rows.size());
        assertEquals(Arrays.asList(ELSIE.id, DANIEL.id), now.remaining());
        assertTrue(now.offersMarkAll());
        assertEquals(RegisterUiState.Empty.NONE, now.empty());
    }

    @Test
    public void theRowsCarryTheParentsLiveReportsForTheSessionOnly() {
        reports.sendReports(new TestReports()
                .report("r-daniel", DANIEL.id, MONDAY, MONDAY, EnumSet.of(Session.AM), AbsenceCategory.ILLNESS)
                .report("r-elsie", ELSIE.id, MONDAY, MONDAY, EnumSet.of(Session.AM), AbsenceCategory.TRANSPORT)
                .cancelled("r-elsie", ELSIE.id)
                .report("r-amara", AMARA.id, MONDAY, MONDAY, EnumSet.of(Session.PM), AbsenceCategory.ILLNESS)
                .reports());
        open();

        RegisterUiState now = state.latest();
        assertEquals(AbsenceCategory.ILLNESS, now.row(DANIEL.id).reported.category);
        assertFalse(now.row(DANIEL.id).reported.accepted);
        assertNull("a cancelled report drops out", now.row(ELSIE.id).reported);
        assertNull("the afternoon's report is not this register's", now.row(AMARA.id).reported);
    }

    @Test
    public void whileTheRegisterIsOpenATapRecordsTheMarkAtOnceAndTheSameCodeAgainWritesNothing() {
        open();

        assertEquals(RegisterClock.Edit.MARK, viewModel.choose(DANIEL.id, AttendanceCode.N));
        assertEquals(RegisterClock.Edit.NONE, viewModel.choose(AMARA.id, AttendanceCode.PRESENT_AM));

        assertEquals(1, register.writes.written.size());
        assertEquals("REGISTER_MARK", register.writes.written.get(0).type);
        assertEquals(DANIEL.id, register.writes.written.get(0).pupilId);
        assertTrue(register.writes.written.get(0).payload.contains("\"code\":\"N\""));
    }

    @Test
    public void markAllRemainingPresentMarksOnlyThePupilsWithoutAMark() {
        open();

        viewModel.markAllRemainingPresent();

        assertEquals(2, register.writes.written.size());
        assertEquals(ELSIE.id, register.writes.written.get(0).pupilId);
        assertEquals(DANIEL.id, register.writes.written.get(1).pupilId);
        assertTrue(register.writes.written.get(1).payload.contains("\"code\":\"/\""));
    }

    @Test
    public void afterTheRegisterClosedATapOnAMarkedPupilAsksForTheAmendmentsReasonAndWritesNothingYet() {
        clock.set(Instant.parse("2026-09-07T08:30:00Z"));
        open();
        assertEquals(RegisterClock.Phase.CLOSED, state.latest().clock.phase());
        assertFalse("no mark-all once closed", state.latest().offersMarkAll());

        assertEquals(RegisterClock.Edit.AMEND, viewModel.choose(AMARA.id, AttendanceCode.N));
        assertTrue(register.writes.written.isEmpty());

        viewModel.amend(AMARA.id, AttendanceCode.N, "left for the dentist at 08:55");
        assertEquals("AMENDMENT", register.writes.written.get(0).type);
        assertEquals(ScreenMessage.of(R.string.register_amendment_recorded), messages.latest().take());
    }

    @Test
    public void aRefusedWriteComesBackAsTheDataLayersOwnWords() {
        register.writes.refuseWith("Only this pupil's class teacher records this; ask the office.");
        open();

        viewModel.choose(DANIEL.id, AttendanceCode.N);

        assertEquals(ScreenMessage.text("Only this pupil's class teacher records this; ask the office."),
                messages.latest().take());
        assertTrue(register.writes.written.isEmpty());
    }

    @Test
    public void theCountdownTicksIntoLateWithTheClock() {
        open();
        clock.set(Instant.parse("2026-09-07T07:55:00Z"));

        viewModel.tick();

        assertEquals(RegisterClock.Phase.LATE, state.latest().clock.phase());
    }

    @Test
    public void anotherDayAndSessionAreChosenFromTheSameState() {
        open();

        viewModel.selectSession(Session.PM);
        viewModel.selectDate(MONDAY.minusDays(3));

        assertEquals(new RegisterSelection(TestSchool.CLASS_3A, MONDAY.minusDays(3), Session.PM),
                state.latest().selection);
        assertFalse(state.latest().onToday);
        viewModel.selectToday();
        assertTrue(state.latest().onToday);
    }

    @Test
    public void beforeTheSchoolsCalendarArrivesTheScreenSaysSoAndOpensTheRegisterOnceItDoes() {
        roster.setRules(null);
        open();
        assertEquals(RegisterUiState.Empty.NO_CALENDAR, state.latest().empty());
        assertNull(state.latest().selection);

        roster.setRules(TestSchool.rules());

        assertEquals(RegisterUiState.Empty.NONE, state.latest().empty());
        assertEquals(TestSchool.CLASS_3A, state.latest().selection.classId);
    }

    @Test
    public void aTeacherWithoutClassesIsToldSo() {
        roster.setMyClasses(Collections.emptyList());
        open();

        assertEquals(RegisterUiState.Empty.NO_CLASSES, state.latest().empty());
        assertNull(state.latest().selection);
    }

    @Test
    public void theToolbarsBadgeIsTheSyncIndicatorsAndATapSyncsNow() {
        open();
        sync.send(3, null);

        assertEquals(3, InstantLiveData.observe(viewModel.syncBadge()).latest().pending);
        viewModel.syncNow();
        assertEquals(1, sync.syncNowTaps);
    }
}
