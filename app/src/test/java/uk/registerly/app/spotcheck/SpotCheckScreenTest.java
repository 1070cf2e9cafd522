package uk.registerly.app.spotcheck;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.content.Context;
import android.content.Intent;
import android.os.Looper;
import android.view.View;
import android.widget.TextView;

import androidx.appcompat.app.AlertDialog;
import androidx.recyclerview.widget.RecyclerView;
import androidx.test.core.app.ActivityScenario;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.android.material.chip.Chip;
import com.google.android.material.chip.ChipGroup;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.time.Instant;
import java.time.LocalDate;
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

/**
 * Issue 15 item 4 on a teacher's tablet, offline: Monday 7 September 2026 at 10:40, a spot check of 3A. Amara and
 * Elsie were present at the morning register, Daniel absent (N): the check expects Amara and Elsie; Elsie is not
 * found, which the rules make an internal-truancy alert for the office; the check is one SPOT_CHECK event.
 */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class SpotCheckScreenTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

    @Rule(order = 0)
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);
    @Rule(order = 1)
    public final ScreenTestDevice device = new ScreenTestDevice(Role.TEACHER);

    private final Context context = ApplicationProvider.getApplicationContext();

    @Before
    public void mondayMorningInThreeA() {
        device.clock.set(Instant.parse("2026-09-07T09:40:00Z"));
        PulledEvents pulled = new PulledEvents(device.database);
        pulled.mark(TestSchool.AMARA, MONDAY, Session.AM, AttendanceCode.PRESENT_AM);
        pulled.mark(TestSchool.ELSIE, MONDAY, Session.AM, AttendanceCode.PRESENT_AM);
        pulled.mark(TestSchool.DANIEL, MONDAY, Session.AM, AttendanceCode.N);
    }

    private static void idle() {
        shadowOf(Looper.getMainLooper()).idle();
    }

    private static void chooseThreeA(SpotCheckActivity activity) {
        ChipGroup classes = activity.findViewById(R.id.spot_check_classes);
        for (int i = 0; i < classes.getChildCount(); i++) {
            Chip chip = (Chip) classes.getChildAt(i);
            if (chip.getText().toString().equals("3A")) {
                chip.performClick();
                idle();
                return;
            }
        }
        throw new AssertionError("3A is not offered");
    }

    private static List<View> rows(SpotCheckActivity activity) {
        RecyclerView list = activity.findViewById(R.id.spot_check_list);
        list.measure(View.MeasureSpec.makeMeasureSpec(1280, View.MeasureSpec.EXACTLY),
                View.MeasureSpec.makeMeasureSpec(4000, View.MeasureSpec.AT_MOST));
        list.layout(0, 0, 1280, 4000);
        List<View> rows = new ArrayList<>();
        for (int i = 0; i < list.getChildCount(); i++) {
            rows.add(list.getChildAt(i));
        }
        return rows;
    }

    private static View rowOf(SpotCheckActivity activity, String name) {
        for (View row : rows(activity)) {
            if (((TextView) row.findViewById(R.id.spot_check_row_name)).getText().toString().equals(name)) {
                return row;
            }
        }
        throw new AssertionError(name + " is not expected");
    }

    private static String text(SpotCheckActivity activity, int id) {
        return ((TextView) activity.findViewById(id)).getText().toString();
    }

    private static List<String> ids(JsonArray array) {
        List<String> ids = new ArrayList<>();
        array.forEach(e -> ids.add(e.getAsString()));
        return ids;
    }

    private Intent spotCheck() {
        return SpotCheckActivity.intent(context);
    }

    @Test
    public void onlyThePupilsTheRegisterPutsInTheRoomAreExpected() {
        try (ActivityScenario<SpotCheckActivity> scenario = ActivityScenario.launch(spotCheck())) {
            scenario.onActivity(activity -> {
                idle();
                assertEquals("Choose the class to check.", text(activity, R.id.spot_check_heading));
                chooseThreeA(activity);
                assertEquals("3A classroom", text(activity, R.id.spot_check_where));
                assertEquals("Expected in 3A now: 2 · found 0", text(activity, R.id.spot_check_heading));
                assertEquals(2, rows(activity).size());
                assertNotNull(rowOf(activity, "Amara Okafor"));
                assertNotNull(rowOf(activity, "Elsie Brown"));
                String others = text(activity, R.id.spot_check_not_expected);
                assertTrue(others, others.startsWith("Not expected here: Daniel Singh (absent at the"));
            });
        }
    }

    @Test
    public void aPupilPresentAtRegistrationAndNotFoundIsAnAlertAndTheCheckIsOneEvent() {
        try (ActivityScenario<SpotCheckActivity> scenario = ActivityScenario.launch(spotCheck())) {
            scenario.onActivity(activity -> {
                idle();
                chooseThreeA(activity);
                View found = rowOf(activity, "Amara Okafor").findViewById(R.id.spot_check_row_found);
                assertEquals("Amara Okafor found", found.getContentDescription().toString());
                found.performClick();
                idle();
                assertEquals("Expected in 3A now: 2 · found 1", text(activity, R.id.spot_check_heading));
                assertTrue(device.pending("SPOT_CHECK").isEmpty());
                activity.findViewById(R.id.spot_check_record).performClick();
                idle();
                List<JournalEventEntity> checks = device.pending("SPOT_CHECK");
                assertEquals(1, checks.size());
                JsonObject p = JsonParser.parseString(checks.get(0).payload).getAsJsonObject();
                assertEquals("3A classroom", p.get("where").getAsString());
                assertEquals(TestSchool.CLASS_3A, p.get("classId").getAsString());
                assertEquals(List.of(TestSchool.AMARA, TestSchool.ELSIE).stream().sorted().toList(),
                        ids(p.getAsJsonArray("expected")));
                assertEquals(List.of(TestSchool.AMARA), ids(p.getAsJsonArray("found")));
                AlertDialog dialog = (AlertDialog) ShadowDialog.getLatestDialog();
                assertNotNull(dialog);
                String said = ((TextView) dialog.findViewById(android.R.id.message)).getText().toString();
                assertTrue(said, said.contains("Elsie Brown: not found in 3A classroom at 10:40"));
                assertTrue("Amara was found: no alert", !said.contains("Amara"));
            });
        }
    }

    @Test
    public void aCheckWithNoPlaceIsRefusedAndNothingIsWritten() {
        try (ActivityScenario<SpotCheckActivity> scenario = ActivityScenario.launch(spotCheck())) {
            scenario.onActivity(activity -> {
                idle();
                chooseThreeA(activity);
                ((TextView) activity.findViewById(R.id.spot_check_where)).setText("  ");
                activity.findViewById(R.id.spot_check_record).performClick();
                idle();
                assertTrue(device.pending("SPOT_CHECK").isEmpty());
                TextView said = activity.getWindow().getDecorView()
                        .findViewById(com.google.android.material.R.id.snackbar_text);
                assertNotNull(said);
                assertEquals("Say where the check was made (a room or the class).", said.getText().toString());
            });
        }
    }

    @Test
    public void theSpotCheckOnATabletAndAPhone() {
        Screenshots.assertRendered(ActivityScreenshot.of(spotCheck())
                .size(1280, 800, Density.MDPI).qualifiers("en-rGB").prepare(SpotCheckScreenTest::threeAWithAmaraFound)
                .check(ScreenChecks::assertUsable).capture("spot-check-tablet.png"), 1280, 800);
        Screenshots.assertRendered(ActivityScreenshot.of(spotCheck())
                .size(412, 915, Density.MDPI).qualifiers("en-rGB").prepare(SpotCheckScreenTest::threeAWithAmaraFound)
                .check(ScreenChecks::assertUsable).capture("spot-check-phone.png"), 412, 915);
    }

    private static void threeAWithAmaraFound(android.app.Activity activity) {
        SpotCheckActivity check = (SpotCheckActivity) activity;
        chooseThreeA(check);
        rowOf(check, "Amara Okafor").findViewById(R.id.spot_check_row_found).performClick();
        idle();
    }
}
