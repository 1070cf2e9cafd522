package uk.registerly.app.data.leave;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import android.app.Application;

import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.data.parents.ParentRequestRefused;
import uk.registerly.app.testing.FollowUpDataLayer;
import uk.registerly.app.testing.LiveDataValues;
import uk.registerly.app.testing.TestDatabases;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.leave.LeaveIssue;

/**
 * Leave requests and decisions with the rules module's checks (Millbrook asks 28 days' notice).
 * Monday 7 September 2026 in London.
 */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class OfflineFirstLeaveRepositoryTest {
    private static final Set<Session> BOTH = EnumSet.allOf(Session.class);
    private static final LocalDate WED_14_OCT = LocalDate.of(2026, 10, 14);

    private RegisterlyDatabase database;
    private FollowUpDataLayer layer;

    @Before
    public void setUp() {
        database = TestDatabases.inMemory(ApplicationProvider.getApplicationContext());
        layer = new FollowUpDataLayer(database, Instant.parse("2026-09-07T09:00:00Z"));
    }

    @After
    public void tearDown() {
        database.close();
    }

    private JournalEventEntity pulledRequest(LocalDate from, LocalDate to, LocalDateTime askedAt) {
        return layer.pulled.add(EventType.LEAVE_REQUEST, EventPayloads.leaveRequest(TestSchool.AMARA, from, to, BOTH,
                "Grandmother's funeral in Lagos"), askedAt);
    }

    @Test
    public void aParentAsksForTheirChildOnlyAndIsToldOfShortNoticeBeforeSending() {
        layer.parentOf(Collections.singletonMap(TestSchool.AMARA, TestSchool.SCHOOL));

        assertEquals(Integer.valueOf(28), layer.leave.noticeDays(TestSchool.AMARA));
        assertEquals(EnumSet.of(LeaveIssue.SHORT_NOTICE), layer.leave.issuesBeforeSending(TestSchool.AMARA,
                LocalDate.of(2026, 9, 21), LocalDate.of(2026, 9, 22)));
        assertEquals(EnumSet.of(LeaveIssue.NOT_IN_ADVANCE), layer.leave.issuesBeforeSending(TestSchool.AMARA,
                LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 8)));
        assertTrue(layer.leave.issuesBeforeSending(TestSchool.AMARA, WED_14_OCT, WED_14_OCT).isEmpty());

        layer.leave.request(TestSchool.AMARA, WED_14_OCT, WED_14_OCT.plusDays(1), BOTH, "Funeral abroad");
        ParentRequestRefused other = assertThrows(ParentRequestRefused.class, () -> layer.leave.request(
                TestSchool.FINN, WED_14_OCT, WED_14_OCT, BOTH, "Funeral abroad"));
        ParentRequestRefused noReason = assertThrows(ParentRequestRefused.class, () -> layer.leave.request(
                TestSchool.AMARA, WED_14_OCT, WED_14_OCT, BOTH, " "));

        assertEquals(ParentRequestRefused.Problem.NOT_YOUR_CHILD, other.problem);
        assertEquals(ParentRequestRefused.Problem.REASON_REQUIRED, noReason.problem);
        List<LeaveLine> mine = LiveDataValues.latest(layer.leave.requests());
        assertEquals(1, mine.size());
        assertTrue(mine.get(0).unsent);
        assertEquals(LeaveRequestState.Status.OPEN, mine.get(0).request.status);
    }

    @Test
    public void approvalNeedsTheHeadsJudgementAndWritesCForEachGrantedSchoolSession() {
        layer.office();
        // Asked on Monday 7 September for Friday 9 to Monday 12 October: in advance, 32 days' notice.
        JournalEventEntity request = pulledRequest(LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 12),
                LocalDateTime.of(2026, 9, 7, 8, 0));

        LeaveChecks checks = LiveDataValues.latest(layer.leave.requests()).get(0).checks;
        assertEquals(EnumSet.of(LeaveIssue.NOT_EXCEPTIONAL), checks.issues(false));
        assertFalse(checks.mayBeGranted(false));
        assertTrue(checks.issues(true).isEmpty());
        assertThrows(NotRecordableException.class, () -> layer.leave.approve(request.id, false));

        List<JournalEventEntity> written = layer.leave.approve(request.id, true);

        assertEquals("LEAVE_DECISION", written.get(0).type);
        assertEquals(request.id, written.get(0).refId);
        assertEquals("Friday and Monday, both sessions: no weekend", 5, written.size());
        for (JournalEventEntity reason : written.subList(1, 5)) {
            assertEquals("REASON", reason.type);
            assertTrue(reason.payload, reason.payload.contains("\"code\":\"C\""));
        }
        assertEquals(LeaveRequestState.Status.APPROVED,
                LiveDataValues.latest(layer.leave.requests()).get(0).request.status);
        assertThrows("a decision is final", NotRecordableException.class, () -> layer.leave.refuse(request.id, "No"));
    }

    @Test
    public void leaveAskedOnTheDayCannotBeGrantedAndARefusalIsFinalForThoseDates() {
        layer.office();
        JournalEventEntity late = pulledRequest(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 8),
                LocalDateTime.of(2026, 9, 7, 7, 30));
        assertEquals(EnumSet.of(LeaveIssue.NOT_IN_ADVANCE),
                LiveDataValues.latest(layer.leave.requests()).get(0).checks.issues(true));
        assertThrows(NotRecordableException.class, () -> layer.leave.approve(late.id, true));
        assertThrows("a refusal needs a note", NotRecordableException.class, () -> layer.leave.refuse(late.id, ""));

        layer.leave.refuse(late.id, "Leave is granted in advance only.");
        JournalEventEntity again = pulledRequest(LocalDate.of(2026, 9, 8), LocalDate.of(2026, 9, 9),
                LocalDateTime.of(2026, 9, 7, 7, 50));

        LeaveLine second = LiveDataValues.latest(layer.leave.requests()).get(0);
        assertEquals(again.id, second.request.id);
        assertTrue(second.checks.issues(true).contains(LeaveIssue.PREVIOUSLY_REFUSED));
        assertFalse(second.checks.mayBeGranted(true));
    }
}
