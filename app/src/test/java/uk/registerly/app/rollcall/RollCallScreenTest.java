package uk.registerly.app.rollcall;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.app.Dialog;
import android.content.Context;
import android.content.DialogInterface;
import android.content.Intent;
import android.graphics.Bitmap;
import android.os.Looper;
import android.view.MenuItem;
import android.view.View;
import android.widget.TextView;

import androidx.appcompat.app.AlertDialog;
import androidx.recyclerview.widget.RecyclerView;
import androidx.test.core.app.ActivityScenario;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.android.material.appbar.MaterialToolbar;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import org.robolectric.annotation.SQLiteMode;
import org.robolectric.shadows.ShadowDialog;

import dagger.hilt.android.testing.HiltAndroidRule;
import dagger.hilt.android.testing.HiltAndroidTest;
import dagger.hilt.android.testing.HiltTestApplication;
import uk.registerly.app.R;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.SchoolDayPayloads;
import uk.registerly.app.register.RegisterActivity;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.testing.ActivityScreenshot;
import uk.registerly.app.testing.ActivityScreenshot.Density;
import uk.registerly.app.testing.PulledEvents;
import uk.registerly.app.testing.ScreenChecks;
import uk.registerly.app.testing.ScreenTestDevice;
import uk.registerly.app.testing.Screenshots;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.rollcall.RollCallReason;

/**
 * Issue 15 item 3 on a teacher's tablet, offline: Monday 7 September 2026 at 10:30, the fire alarm. Amara was
 * present at the morning register, Daniel absent (N), Elsie has no mark yet. The roll call lists Amara and Elsie
 * (Elsie flagged: nobody has seen her), not Daniel; each tick is an event; a roll call started on another device
 * shows here once pulled; ending it is an event too.
 */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class RollCallScreenTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);
    private static final LocalDateTime ALARM = MONDAY.atTime(10, 30);

    @Rule(order = 0)
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);
    @Rule(order = 1)
    public final ScreenTestDevice device = new ScreenTestDevice(Role.TEACHER);

    private final Context context = ApplicationProvider.getApplicationContext();
    private PulledEvents pulled;

    @Before
    public void theMorningAsTheAlarmSounds() {
        device.clock.set(Instant.parse("2026-09-07T09:30:00Z"));
        pulled = new PulledEvents(device.database);
        pulled.mark(TestSchool.AMARA, MONDAY, Session.AM, AttendanceCode.PRESENT_AM);
        pulled.mark(TestSchool.DANIEL, MONDAY, Session.AM, AttendanceCode.N);
    }

    private static void idle() {
        shadowOf(Looper.getMainLooper()).idle();
    }

    private JournalEventEntity startedElsewhere() {
        return pulled.add(EventType.ROLL_CALL_STARTED, SchoolDayPayloads.rollCallStarted(ALARM,
                RollCallReason.FIRE_DRILL), ALARM);
    }

    private static String text(RollCallActivity activity, int id) {
        return ((TextView) activity.findViewById(id)).getText().toString();
    }

    private static List<View> rows(RollCallActivity activity) {
        RecyclerView list = activity.findViewById(R.id.roll_call_list);
        list.measure(View.MeasureSpec.makeMeasureSpec(1280, View.MeasureSpec.EXACTLY),
                View.MeasureSpec.makeMeasureSpec(4000, View.MeasureSpec.AT_MOST));
        list.layout(0, 0, 1280, 4000);
        List<View> rows = new ArrayList<>();
        for (int i = 0; i < list.getChildCount(); i++) {
            rows.add(list.getChildAt(i));
        }
        return rows;
    }

    private static String rowText(View row, int id) {
        return ((TextView) row.findViewById(id)).getText().toString();
    }

    private static View rowOf(RollCallActivity activity, String name) {
        for (View row : rows(activity)) {
            if (rowText(row, R.id.roll_call_row_name).equals(name)) {
                return row;
            }
        }
        throw new AssertionError(name + " is not on the list");
    }

    private Intent rollCall() {
        return RollCallActivity.intent(context);
    }

    @Test
    public void startingARollCallAsksFirstAndRecordsItsReason() {
        try (ActivityScenario<RollCallActivity> scenario = ActivityScenario.launch(rollCall())) {
            scenario.onActivity(activity -> {
                idle();
                assertEquals(View.VISIBLE, activity.findViewById(R.id.roll_call_idle).getVisibility());
                View evacuation = activity.findViewById(R.id.roll_call_start_real_evacuation);
                assertEquals("Start a roll call: Real evacuation", evacuation.getContentDescription().toString());
                evacuation.performClick();
                idle();
                AlertDialog dialog = (AlertDialog) ShadowDialog.getLatestDialog();
                assertNotNull(dialog);
                assertTrue("nothing written before the confirmation", device.pending("ROLL_CALL_STARTED").isEmpty());
                dialog.getButton(DialogInterface.BUTTON_POSITIVE).performClick();
                idle();
                List<JournalEventEntity> started = device.pending("ROLL_CALL_STARTED");
                assertEquals(1, started.size());
                JsonObject payload = JsonParser.parseString(started.get(0).payload).getAsJsonObject();
                assertEquals("REAL_EVACUATION", payload.get("reason").getAsString());
                assertTrue(payload.get("at").getAsString(), payload.get("at").getAsString().startsWith("2026-09-07T10:30"));
                assertEquals(View.VISIBLE, activity.findViewById(R.id.roll_call_running).getVisibility());
                assertEquals("Real evacuation · started 10:30", text(activity, R.id.roll_call_heading));
            });
        }
    }

    @Test
    public void theListIsWhoShouldBeOnSiteWithTheUnseenFlaggedAndTheAbsentLeftOut() {
        startedElsewhere();
        try (ActivityScenario<RollCallActivity> scenario = ActivityScenario.launch(rollCall())) {
            scenario.onActivity(activity -> {
                idle();
                assertEquals("Fire drill · started 10:30", text(activity, R.id.roll_call_heading));
                List<String> names = new ArrayList<>();
                for (View row : rows(activity)) {
                    names.add(rowText(row, R.id.roll_call_row_name));
                }
                assertTrue(names.toString(), names.contains("Amara Okafor") && names.contains("Elsie Brown"));
                assertFalse("absent at the register: not expected on site", names.contains("Daniel Singh"));
                assertEquals("3A · no mark yet today: not seen by anyone",
                        rowText(rowOf(activity, "Elsie Brown"), R.id.roll_call_row_detail));
                assertEquals("3A · present at the AM register · missing 0 min", rowText(rowOf(activity, "Amara Okafor"), R.id.roll_call_row_detail));
                String counts = text(activity, R.id.roll_call_counts);
                assertTrue(counts, counts.startsWith("0 of " + names.size() + " accounted for"));
            });
        }
    }

    @Test
    public void aTickIsAnEventAndMovesThePupilBelowThoseStillMissing() {
        JournalEventEntity start = startedElsewhere();
        try (ActivityScenario<RollCallActivity> scenario = ActivityScenario.launch(rollCall())) {
            scenario.onActivity(activity -> {
                idle();
                int expected = rows(activity).size();
                View toggle = rowOf(activity, "Amara Okafor").findViewById(R.id.roll_call_row_toggle);
                assertEquals("Amara Okafor is here", toggle.getContentDescription().toString());
                assertTrue("a large target", toggle.getMinimumHeight()
                        >= 64 * activity.getResources().getDisplayMetrics().density - 1);
                device.clock.set(Instant.parse("2026-09-07T09:33:00Z"));
                toggle.performClick();
                idle();
                List<JournalEventEntity> ticks = device.pending("ROLL_CALL_ACCOUNTED");
                assertEquals(1, ticks.size());
                JsonObject tick = JsonParser.parseString(ticks.get(0).payload).getAsJsonObject();
                assertEquals(start.id, tick.get("rollCall").getAsString());
                assertEquals(TestSchool.AMARA, tick.get("pupil").getAsString());
                assertTrue(tick.get("accounted").getAsBoolean());
                List<View> rows = rows(activity);
                assertEquals("Amara Okafor", rowText(rows.get(rows.size() - 1), R.id.roll_call_row_name));
                assertEquals("3A · accounted for at 10:33",
                        rowText(rowOf(activity, "Amara Okafor"), R.id.roll_call_row_detail));
                assertEquals("Undo", ((TextView) rowOf(activity, "Amara Okafor")
                        .findViewById(R.id.roll_call_row_toggle)).getText().toString());
                assertTrue(text(activity, R.id.roll_call_counts),
                        text(activity, R.id.roll_call_counts).startsWith("1 of " + expected + " accounted for"));
            });
        }
    }

    @Test
    public void endingTheRollCallIsAnEventAndTheScreenGoesBackToStart() {
        JournalEventEntity start = startedElsewhere();
        try (ActivityScenario<RollCallActivity> scenario = ActivityScenario.launch(rollCall())) {
            scenario.onActivity(activity -> {
                idle();
                activity.findViewById(R.id.roll_call_end).performClick();
                idle();
                Dialog dialog = ShadowDialog.getLatestDialog();
                assertNotNull(dialog);
                ((AlertDialog) dialog).getButton(DialogInterface.BUTTON_POSITIVE).performClick();
                idle();
                List<JournalEventEntity> ended = device.pending("ROLL_CALL_ENDED");
                assertEquals(1, ended.size());
                assertEquals(start.id, JsonParser.parseString(ended.get(0).payload).getAsJsonObject()
                        .get("rollCall").getAsString());
                assertEquals(View.VISIBLE, activity.findViewById(R.id.roll_call_idle).getVisibility());
            });
        }
    }

    @Test
    public void theBellInTheRegistersToolbarOpensTheRollCall() {
        try (ActivityScenario<RegisterActivity> scenario = ActivityScenario.launch(RegisterActivity.class)) {
            scenario.onActivity(activity -> {
                idle();
                MaterialToolbar toolbar = activity.findViewById(R.id.toolbar);
                MenuItem bell = toolbar.getMenu().findItem(R.id.roll_call_action);
                assertNotNull("the roll call is one tap from the register", bell);
                assertEquals("Open the fire and evacuation roll call", String.valueOf(bell.getContentDescription()));
                assertTrue(toolbar.getMenu().performIdentifierAction(R.id.roll_call_action, 0));
                Intent opened = shadowOf(activity).getNextStartedActivity();
                assertNotNull(opened);
                assertEquals(RollCallActivity.class.getName(), opened.getComponent().getClassName());
            });
        }
    }

    @Test
    public void theRollCallOnATabletAndAPhone() {
        startedElsewhere();
        Screenshots.assertRendered(ActivityScreenshot.of(rollCall())
                .size(1280, 800, Density.MDPI).qualifiers("en-rGB").check(ScreenChecks::assertUsable)
                .capture("roll-call-tablet.png"), 1280, 800);
        Bitmap phone = Screenshots.assertRendered(ActivityScreenshot.of(rollCall())
                .size(412, 915, Density.MDPI).qualifiers("en-rGB").check(ScreenChecks::assertUsable)
                .capture("roll-call-phone.png"), 412, 915);
        assertNotNull(phone);
    }
}
