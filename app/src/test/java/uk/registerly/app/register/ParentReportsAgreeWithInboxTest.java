package uk.registerly.app.register;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import android.app.Application;

import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.gson.JsonObject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.JournalRows;
import uk.registerly.app.data.reports.AbsenceReport;
import uk.registerly.app.data.reports.InboxItem;
import uk.registerly.app.testing.FollowUpDataLayer;
import uk.registerly.app.testing.LiveDataValues;
import uk.registerly.app.testing.TestDatabases;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * The teacher's register and the office's inbox read the same fold of a report's events, so they
 * say the same about it however the events were stored: a pull stores a page in one millisecond,
 * and a tablet's clock can be set back between two pulls.
 */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class ParentReportsAgreeWithInboxTest {
    private static final LocalDate MON = LocalDate.of(2026, 9, 7);
    private static final String REPORT = "ab000000-0000-4000-8000-000000000001";
    /** When the pull stored the page (this tablet's clock). */
    private static final long PULLED_AT = 1_788_766_320_000L;

    private RegisterlyDatabase database;
    private FollowUpDataLayer layer;
    private long cursor;

    @Before
    public void setUp() {
        database = TestDatabases.inMemory(ApplicationProvider.getApplicationContext());
        layer = new FollowUpDataLayer(database, Instant.parse("2026-09-07T07:52:00Z")).office();
    }

    @After
    public void tearDown() {
        database.close();
    }

    /** A pulled event, written at {@code deviceTime} on its device and stored here at {@code storedAt}. */
    private void pulled(String id, EventType type, JsonObject payload, String deviceTime, long storedAt) {
        JournalRows.Keys keys = JournalRows.keysOf(type, payload);
        cursor++;
        database.journal().insertIfAbsent(new JournalEventEntity(id, JournalEventEntity.REMOTE, cursor, type.name(),
                keys.pupilId, keys.factDate, keys.refId, payload.toString(), deviceTime, 0L, "1-" + cursor, storedAt));
    }

    private void report(long storedAt) {
        pulled(REPORT, EventType.ABSENCE_REPORT, EventPayloads.absenceReport(TestSchool.DANIEL, MON, MON,
                EnumSet.of(Session.AM), AbsenceCategory.ILLNESS, "temperature", null), "2026-09-07T06:00:00Z", storedAt);
    }

    private void cancellation(long storedAt) {
        pulled("ab000000-0000-4000-8000-000000000002", EventType.ABSENCE_REPORT_CANCELLED,
                EventPayloads.absenceReportCancelled(TestSchool.DANIEL, REPORT), "2026-09-07T06:10:00Z", storedAt);
    }

    /** What the register shows on Monday morning's rows, as its view model reads it. */
    private Map<String, ParentReports.Reported> register() {
        return ParentReports.covering(LiveDataValues.latest(layer.reports.reportsAsTheyStand()), MON, Session.AM);
    }

    /** Pupils with an open report covering Monday morning in the office's inbox. */
    private Set<String> inbox() {
        Set<String> pupils = new HashSet<>();
        for (InboxItem item : LiveDataValues.latest(layer.reports.inbox())) {
            for (AbsenceReport report : item.group.reports) {
                if (report.covers(MON, Session.AM)) {
                    pupils.add(report.pupilId);
                }
            }
        }
        return pupils;
    }

    /** The register's "reported" (not yet accepted) rows are exactly the inbox's open reports. */
    private void assertRegisterAndInboxAgree(Set<String> open) {
        Set<String> reportedOpen = new HashSet<>();
        for (Map.Entry<String, ParentReports.Reported> row : register().entrySet()) {
            if (!row.getValue().accepted) {
                reportedOpen.add(row.getKey());
            }
        }
        assertEquals("inbox", open, inbox());
        assertEquals("register", open, reportedOpen);
    }

    @Test
    public void aReportAndItsCancellationStoredInTheSameMillisecondAreGoneFromBoth() {
        report(PULLED_AT);
        cancellation(PULLED_AT);

        assertRegisterAndInboxAgree(Collections.<String>emptySet());
        assertTrue(register().isEmpty());
    }

    @Test
    public void aReportAndItsDeclineStoredInTheSameMillisecondAreGoneFromBoth() {
        pulled("ab000000-0000-4000-8000-000000000003", EventType.ABSENCE_REPORT_PROCESSED,
                EventPayloads.absenceReportDeclined(TestSchool.DANIEL, REPORT, "seen at the shops"),
                "2026-09-07T07:10:00Z", PULLED_AT);
        report(PULLED_AT);

        assertRegisterAndInboxAgree(Collections.<String>emptySet());
        assertTrue(register().isEmpty());
    }

    @Test
    public void aReportAndItsAcceptanceStoredInTheSameMillisecondShowAsAcceptedOnTheRegisterOnly() {
        report(PULLED_AT);
        pulled("ab000000-0000-4000-8000-000000000004", EventType.ABSENCE_REPORT_PROCESSED,
                EventPayloads.absenceReportAccepted(TestSchool.DANIEL, REPORT, AttendanceCode.I),
                "2026-09-07T07:10:00Z", PULLED_AT);

        assertRegisterAndInboxAgree(Collections.<String>emptySet());
        assertTrue(register().get(TestSchool.DANIEL).accepted);
    }

    /** The tablet's clock was set back between the two pulls: the cancellation is stored "before" its report. */
    @Test
    public void aCancellationStoredBeforeItsReportStillCancelsItOnBoth() {
        report(PULLED_AT);
        cancellation(PULLED_AT - 10);

        assertRegisterAndInboxAgree(Collections.<String>emptySet());
    }

    /** The server refuses it; a device that holds one anyway applies it nowhere. */
    @Test
    public void aCancellationNamingAnotherPupilCancelsNothingOnEither() {
        report(PULLED_AT);
        pulled("ab000000-0000-4000-8000-000000000005", EventType.ABSENCE_REPORT_CANCELLED,
                EventPayloads.absenceReportCancelled(TestSchool.AMARA, REPORT), "2026-09-07T06:10:00Z", PULLED_AT + 1);

        assertRegisterAndInboxAgree(Collections.singleton(TestSchool.DANIEL));
    }
}
