package uk.registerly.app.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.Manifest;
import android.app.Application;
import android.app.NotificationManager;
import android.content.Context;

import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.testing.TestDataLayer;
import uk.registerly.app.testing.TestDatabases;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/** The warning for records unsent over 30 minutes: only in school hours on a school day. */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class UnsentEventsNotifierTest {
    private final Context context = ApplicationProvider.getApplicationContext();
    private RegisterlyDatabase database;
    private TestDataLayer data;
    private UnsentEventsNotifier notifier;

    @Before
    public void setUp() {
        shadowOf((Application) context).grantPermissions(Manifest.permission.POST_NOTIFICATIONS);
        database = TestDatabases.inMemory(context);
        // Monday 7 September 2026, 08:52 in London.
        data = new TestDataLayer(database, Instant.parse("2026-09-07T07:52:00Z")).enrolledAs(Role.TEACHER).withTestSchool();
        notifier = new UnsentEventsNotifier(context, database.journal(), data.roster, data.clock);
        data.register.recordMark(TestSchool.DANIEL, LocalDate.of(2026, 9, 7), Session.AM, AttendanceCode.N);
    }

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void thirtyMinutesIsNotYetTooLong() {
        data.clock.advanceSeconds(30 * 60);

        assertFalse(notifier.check());
        assertEquals(0, notifications().getActiveNotifications().length);
    }

    @Test
    public void overThirtyMinutesInSchoolHoursPostsOneWarningWithTheCount() {
        data.clock.advanceSeconds(31 * 60);

        assertTrue(notifier.check());
        assertTrue(notifier.check());

        assertEquals(1, notifications().getActiveNotifications().length);
        assertEquals("1 record has not reached the school", shadowOf(notifications()
                .getActiveNotifications()[0].getNotification()).getContentTitle());
    }

    @Test
    public void theWarningGoesOnceEverythingIsSent() {
        data.clock.advanceSeconds(31 * 60);
        notifier.check();
        database.deliveries().delivered(java.util.Collections.singletonList(new uk.registerly.app.data.db.entity.DeliveredEventEntity(
                database.journal().pending().get(0).id, "ACCEPTED", 1L)));

        assertFalse(notifier.check());
        assertEquals(0, notifications().getActiveNotifications().length);
    }

    @Test
    public void eveningsAndWeekendsStayQuiet() {
        data.clock.set(Instant.parse("2026-09-07T18:00:00Z")); // 19:00 on Monday
        assertFalse(notifier.check());
        data.clock.set(Instant.parse("2026-09-12T09:00:00Z")); // Saturday 10:00
        assertFalse(notifier.check());
    }

    private NotificationManager notifications() {
        return context.getSystemService(NotificationManager.class);
    }
}
