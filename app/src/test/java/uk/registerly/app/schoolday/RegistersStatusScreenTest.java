package uk.registerly.app.schoolday;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.app.Dialog;
import android.content.Context;
import android.content.DialogInterface;
import android.content.Intent;
import android.graphics.Bitmap;
import android.os.Looper;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.ListView;
import android.widget.TextView;

import androidx.appcompat.app.AlertDialog;
import androidx.core.view.ViewCompat;
import androidx.test.core.app.ActivityScenario;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.android.material.tabs.TabLayout;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.time.Instant;
import java.time.LocalDate;
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
import uk.registerly.app.office.OfficeActivity;
import uk.registerly.app.office.OfficeSection;
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
 * Issue 15 item 1 on the office tablet: at 09:11 on a Monday (the morning register closes at 09:15) Alice Patel
 * has marked two of 3A's three pupils and 4A's register is not started; the "Registers" tab lists both, says and
 * tints the ones closing within 5 minutes not taken, and the office takes 3A's register on Alice Patel's behalf
 * (the unmarked pupil ticked present), which the journal records with her name and the row then shows as taken.
 */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class RegistersStatusScreenTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

    @Rule(order = 0)
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);
    @Rule(order = 1)
    public final ScreenTestDevice device = new ScreenTestDevice(Role.OFFICE);

    private final Context context = ApplicationProvider.getApplicationContext();

    @Before
    public void fourMinutesToTheClose() {
        device.clock.set(Instant.parse("2026-09-07T08:11:00Z"));
        PulledEvents pulled = new PulledEvents(device.database);
        pulled.mark(TestSchool.AMARA, MONDAY, Session.AM, AttendanceCode.PRESENT_AM);
        pulled.mark(TestSchool.DANIEL, MONDAY, Session.AM, AttendanceCode.N);
    }

    private Intent registers() {
        return OfficeActivity.intent(context, OfficeSection.REGISTERS);
    }

    private static void idle() {
        shadowOf(Looper.getMainLooper()).idle();
    }

    private static View row(OfficeActivity activity, int index) {
        return ((LinearLayout) activity.findViewById(R.id.registers_classes)).getChildAt(index);
    }

    private static String text(View root, int id) {
        return ((TextView) root.findViewById(id)).getText().toString();
    }

    @Test
    public void registersIsTheOfficesFirstTab() {
        assertEquals(0, OfficeSection.REGISTERS.ordinal());
        try (ActivityScenario<OfficeActivity> scenario = ActivityScenario.launch(registers())) {
            scenario.onActivity(activity -> {
                TabLayout tabs = activity.findViewById(R.id.sections);
                assertEquals(context.getString(R.string.office_section_registers),
                        tabs.getTabAt(0).getText().toString());
                assertEquals(0, tabs.getSelectedTabPosition());
            });
        }
    }

    @Test
    public void eachClassSaysItsStateAndThoseClosingSoonAreTintedAndSaid() {
        try (ActivityScenario<OfficeActivity> scenario = ActivityScenario.launch(registers())) {
            scenario.onActivity(activity -> {
                idle();
                assertEquals("0 of 2 registers taken; 2 closing soon not taken",
                        text(activity.getWindow().getDecorView(), R.id.registers_summary));
                View threeA = row(activity, 0);
                assertEquals("3A · Alice Patel", text(threeA, R.id.register_row_class));
                assertEquals("Partly taken · 2 of 3 marked", text(threeA, R.id.register_row_state));
                assertEquals("Closes in 4 min — not taken", text(threeA, R.id.register_row_time));
                assertNotNull("tinted as well as said", ViewCompat.getBackgroundTintList(threeA));
                String spoken = threeA.findViewById(R.id.register_row_text).getContentDescription().toString();
                assertTrue(spoken, spoken.contains("Partly taken · 2 of 3 marked")
                        && spoken.contains("not taken"));
                View take = threeA.findViewById(R.id.register_row_take);
                assertEquals(View.VISIBLE, take.getVisibility());
                assertEquals("Take 3A's register on Alice Patel's behalf", take.getContentDescription().toString());
                View fourA = row(activity, 1);
                assertEquals("4A · no class teacher", text(fourA, R.id.register_row_class));
                assertEquals("Not started · 0 of 1 marked", text(fourA, R.id.register_row_state));
                assertEquals("no teacher to take it for", View.GONE,
                        fourA.findViewById(R.id.register_row_take).getVisibility());
            });
        }
    }

    @Test
    public void theOfficeTakesTheRegisterOnTheTeachersBehalf() {
        try (ActivityScenario<OfficeActivity> scenario = ActivityScenario.launch(registers())) {
            scenario.onActivity(activity -> {
                idle();
                row(activity, 0).findViewById(R.id.register_row_take).performClick();
                idle();
                Dialog shown = ShadowDialog.getLatestDialog();
                assertNotNull("the register to confirm", shown);
                AlertDialog dialog = (AlertDialog) shown;
                ListView pupils = dialog.getListView();
                assertEquals("only the unmarked pupil: Elsie", 1, pupils.getAdapter().getCount());
                assertEquals("Elsie Brown", pupils.getAdapter().getItem(0).toString());
                dialog.getButton(DialogInterface.BUTTON_POSITIVE).performClick();
                idle();
                List<JournalEventEntity> written = device.pending("REGISTER_MARK");
                assertEquals(1, written.size());
                JsonObject payload = JsonParser.parseString(written.get(0).payload).getAsJsonObject();
                assertEquals(TestSchool.ELSIE, written.get(0).pupilId);
                assertEquals("/", payload.get("code").getAsString());
                assertEquals(TestSchool.TEACHER, payload.get("onBehalfOf").getAsString());
                View root = activity.getWindow().getDecorView();
                assertEquals("3A's register recorded on Alice Patel's behalf: 1 present, 0 absent (N).",
                        text(root, R.id.registers_message));
                View threeA = row(activity, 0);
                assertEquals("Taken · 3 of 3 marked", text(threeA, R.id.register_row_state));
                assertTrue(text(threeA, R.id.register_row_time),
                        text(threeA, R.id.register_row_time).contains("by the office on the teacher's behalf"));
                assertEquals(View.GONE, threeA.findViewById(R.id.register_row_take).getVisibility());
                assertNull("no longer chased", ViewCompat.getBackgroundTintList(threeA));
            });
        }
    }

    @Test
    public void registersOnATabletAndAPhone() {
        Screenshots.assertRendered(ActivityScreenshot.of(registers())
                .size(1280, 800, Density.MDPI).qualifiers("en-rGB").check(ScreenChecks::assertUsable)
                .capture("office-registers-status-tablet.png"), 1280, 800, Screenshots.TOOLBAR);
        Bitmap phone = Screenshots.assertRendered(ActivityScreenshot.of(registers())
                .size(412, 915, Density.MDPI).qualifiers("en-rGB").check(ScreenChecks::assertUsable)
                .capture("office-registers-status-phone.png"), 412, 915, Screenshots.TOOLBAR);
        assertNotNull(phone);
    }
}
