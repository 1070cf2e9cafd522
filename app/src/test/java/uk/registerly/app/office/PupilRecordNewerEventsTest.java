package uk.registerly.app.office;

import static androidx.test.espresso.Espresso.onView;
import static androidx.test.espresso.assertion.ViewAssertions.matches;
import static androidx.test.espresso.matcher.ViewMatchers.isDisplayed;
import static androidx.test.espresso.matcher.ViewMatchers.withEffectiveVisibility;
import static androidx.test.espresso.matcher.ViewMatchers.withId;
import static androidx.test.espresso.matcher.ViewMatchers.withText;

import android.content.Context;

import androidx.test.core.app.ActivityScenario;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.espresso.matcher.ViewMatchers;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import dagger.hilt.android.testing.HiltAndroidRule;
import dagger.hilt.android.testing.HiltAndroidTest;
import dagger.hilt.android.testing.HiltTestApplication;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.R;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.testing.PulledEvents;
import uk.registerly.app.testing.ScreenTestDevice;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * Issue 12 item 4 on the office's screen: a pupil's record that holds an event a newer version of
 * the app wrote (kept raw) says so; a record without one says nothing.
 */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class, qualifiers = OfficeFlowsTest.PHONE)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class PupilRecordNewerEventsTest {
    private static final LocalDate MON = LocalDate.of(2026, 9, 7);

    @Rule(order = 0)
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);
    @Rule(order = 1)
    public final ScreenTestDevice device = new ScreenTestDevice(Role.OFFICE);

    private final Context context = ApplicationProvider.getApplicationContext();

    @Before
    public void setUp() {
        device.clock.set(Instant.parse("2026-09-07T08:40:00Z"));
        PulledEvents pulled = new PulledEvents(device.database);
        pulled.mark(TestSchool.DANIEL, MON, Session.AM, AttendanceCode.N);
        pulled.mark(TestSchool.AMARA, MON, Session.AM, AttendanceCode.PRESENT_AM);
        device.database.journal().insertIfAbsent(new JournalEventEntity("9c0e0000-0000-4000-8000-0000000005c1",
                JournalEventEntity.REMOTE, 9, "CLASSROOM_VISIT", TestSchool.DANIEL, "2026-09-07", null,
                "{\"pupil\":\"" + TestSchool.DANIEL + "\",\"date\":\"2026-09-07\"}", "2026-09-07T08:10:00Z", null,
                "40-1", 0));
    }

    @Test
    public void aRecordHoldingANewerAppsEventSaysItNeedsANewerVersion() {
        try (ActivityScenario<PupilRecordActivity> ignored = ActivityScenario.launch(
                PupilRecordActivity.intent(context, TestSchool.DANIEL))) {
            onView(withId(R.id.record_needs_newer_app)).check(matches(isDisplayed()));
            onView(withId(R.id.record_needs_newer_app)).check(matches(withText(
                    "1 record on this pupil needs a newer version of the app to be shown. Update the app to see it.")));
        }
    }

    @Test
    public void aRecordWithoutOneSaysNothing() {
        try (ActivityScenario<PupilRecordActivity> ignored = ActivityScenario.launch(
                PupilRecordActivity.intent(context, TestSchool.AMARA))) {
            onView(withId(R.id.record_needs_newer_app)).check(matches(withEffectiveVisibility(
                    ViewMatchers.Visibility.GONE)));
        }
    }
}
