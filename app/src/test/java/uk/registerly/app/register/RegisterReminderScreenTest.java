package uk.registerly.app.register;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.content.Intent;
import android.graphics.Bitmap;
import android.os.Looper;
import android.view.View;
import android.widget.TextView;

import androidx.test.core.app.ActivityScenario;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.android.material.button.MaterialButtonToggleGroup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import org.robolectric.annotation.SQLiteMode;

import dagger.hilt.android.testing.HiltAndroidRule;
import dagger.hilt.android.testing.HiltAndroidTest;
import dagger.hilt.android.testing.HiltTestApplication;
import uk.registerly.app.R;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.testing.ActivityScreenshot;
import uk.registerly.app.testing.ActivityScreenshot.Density;
import uk.registerly.app.testing.Accessibility;
import uk.registerly.app.testing.TextFit;
import uk.registerly.app.testing.ScreenTestDevice;
import uk.registerly.app.testing.Screenshots;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * Issue 15 item 1 on the teacher's tablet: Alice Patel teaches 3A (the morning register closes at 09:15); at
 * 09:11 with one of its three pupils marked, the register screen reminds her, worded and announced; 4A, which
 * she does not teach, is not hers to be reminded of; the reminder goes once the register is taken, and
 * "Open register" brings her back to it from another session.
 */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class, qualifiers = "w1280dp-h800dp-land")
@SQLiteMode(SQLiteMode.Mode.NATIVE)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class RegisterReminderScreenTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

    @Rule(order = 0)
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);
    @Rule(order = 1)
    public final ScreenTestDevice device = new ScreenTestDevice(Role.TEACHER);

    private static Intent register() {
        return new Intent(ApplicationProvider.getApplicationContext(), RegisterActivity.class);
    }

    private static void idle() {
        shadowOf(Looper.getMainLooper()).idle();
    }

    /** Long enough for the reminder's next look at the registers. */
    private static void aCheckLater() {
        shadowOf(Looper.getMainLooper()).idleFor(Duration.ofSeconds(RegisterReminderViewModel.SECONDS_BETWEEN_CHECKS));
    }

    private static String text(RegisterActivity activity, int id) {
        return ((TextView) activity.findViewById(id)).getText().toString();
    }

    /**
     * The register screen's own checks (RegisterScreenshotTest): its session toggle's buttons share a border by
     * design, so the sibling-overlap check is not one of them; the reminder's text is checked whole.
     */
    private static void bannerUsable(android.app.Activity activity) {
        View root = activity.getWindow().getDecorView();
        assertEquals(View.VISIBLE, activity.findViewById(R.id.register_reminder).getVisibility());
        assertTrue(Accessibility.assertControlsLabelledAndLargeEnough(root) > 0);
        TextFit.assertNoClippedText(activity.findViewById(R.id.register_reminder), root);
    }

    private void fourMinutesToTheCloseWithAmaraMarked() {
        device.clock.set(Instant.parse("2026-09-07T08:11:00Z"));
        device.register.recordMarks(List.of(TestSchool.AMARA), MONDAY, Session.AM, AttendanceCode.PRESENT_AM);
    }

    @Test
    public void noReminderWhileTheRegisterHasMoreThanFiveMinutesToRun() {
        device.clock.set(Instant.parse("2026-09-07T08:09:00Z"));
        try (ActivityScenario<RegisterActivity> scenario = ActivityScenario.launch(RegisterActivity.class)) {
            scenario.onActivity(activity -> {
                aCheckLater();
                assertEquals(View.GONE, activity.findViewById(R.id.register_reminder).getVisibility());
                device.clock.set(Instant.parse("2026-09-07T08:10:30Z"));
                aCheckLater();
                assertEquals("4 min 30 s to the close: reminded", View.VISIBLE,
                        activity.findViewById(R.id.register_reminder).getVisibility());
            });
        }
    }

    @Test
    public void theTeacherIsRemindedOfHerOwnRegisterOnlyInWordsTalkBackSays() {
        fourMinutesToTheCloseWithAmaraMarked();
        try (ActivityScenario<RegisterActivity> scenario = ActivityScenario.launch(RegisterActivity.class)) {
            scenario.onActivity(activity -> {
                aCheckLater();
                View banner = activity.findViewById(R.id.register_reminder);
                assertEquals(View.VISIBLE, banner.getVisibility());
                assertEquals("Reminder: the morning register of 3A is not taken. It closes in 4 minutes (1 of 3"
                        + " marked).", text(activity, R.id.register_reminder_text));
                assertEquals("announced when it appears", View.ACCESSIBILITY_LIVE_REGION_POLITE,
                        banner.getAccessibilityLiveRegion());
                assertEquals("3A's morning register is on screen: nothing to open", View.GONE,
                        activity.findViewById(R.id.register_reminder_open).getVisibility());
            });
        }
    }

    @Test
    public void theReminderGoesOnceTheRegisterIsTaken() {
        fourMinutesToTheCloseWithAmaraMarked();
        try (ActivityScenario<RegisterActivity> scenario = ActivityScenario.launch(RegisterActivity.class)) {
            scenario.onActivity(activity -> {
                aCheckLater();
                assertEquals(View.VISIBLE, activity.findViewById(R.id.register_reminder).getVisibility());
                device.register.recordMarks(List.of(TestSchool.DANIEL, TestSchool.ELSIE), MONDAY, Session.AM,
                        AttendanceCode.PRESENT_AM);
                aCheckLater();
                assertEquals(View.GONE, activity.findViewById(R.id.register_reminder).getVisibility());
            });
        }
    }

    @Test
    public void openRegisterBringsTheTeacherBackToTheRegisterDue() {
        fourMinutesToTheCloseWithAmaraMarked();
        try (ActivityScenario<RegisterActivity> scenario = ActivityScenario.launch(RegisterActivity.class)) {
            scenario.onActivity(activity -> {
                aCheckLater();
                activity.findViewById(R.id.session_pm).performClick();
                idle();
                View open = activity.findViewById(R.id.register_reminder_open);
                assertEquals("the afternoon is on screen", View.VISIBLE, open.getVisibility());
                assertEquals("Open the morning register of 3A", open.getContentDescription().toString());
                assertTrue(open.getHeight() >= 48 * activity.getResources().getDisplayMetrics().density);
                open.performClick();
                idle();
                MaterialButtonToggleGroup sessions = activity.findViewById(R.id.session_toggle);
                assertEquals(R.id.session_am, sessions.getCheckedButtonId());
                assertEquals(View.GONE, open.getVisibility());
            });
        }
    }

    @Test
    public void theReminderOnATabletAndAPhone() {
        fourMinutesToTheCloseWithAmaraMarked();
        Screenshots.assertRendered(ActivityScreenshot.of(register())
                .size(1280, 800, Density.MDPI).qualifiers("en-rGB").check(RegisterReminderScreenTest::bannerUsable)
                .capture("register-reminder-tablet.png"), 1280, 800, Screenshots.TOOLBAR);
        Bitmap phone = Screenshots.assertRendered(ActivityScreenshot.of(register())
                .size(412, 915, Density.MDPI).qualifiers("en-rGB").check(RegisterReminderScreenTest::bannerUsable)
                .capture("register-reminder-phone.png"), 412, 915, Screenshots.TOOLBAR);
        assertNotNull(phone);
    }
}
