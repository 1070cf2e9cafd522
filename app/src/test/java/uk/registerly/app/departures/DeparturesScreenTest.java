package uk.registerly.app.departures;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.content.Context;
import android.content.DialogInterface;
import android.content.Intent;
import android.os.Looper;
import android.view.MenuItem;
import android.view.View;
import android.widget.AutoCompleteTextView;
import android.widget.TextView;

import androidx.appcompat.app.AlertDialog;
import androidx.recyclerview.widget.RecyclerView;
import androidx.test.core.app.ActivityScenario;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.android.material.appbar.MaterialToolbar;
import com.google.android.material.chip.Chip;
import com.google.android.material.chip.ChipGroup;
import com.google.android.material.materialswitch.MaterialSwitch;
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
import uk.registerly.app.office.OfficeActivity;
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
import uk.registerly.rules.schoolday.Collector;
import uk.registerly.rules.schoolday.DepartureReason;

/**
 * Issue 15 item 2 at the office, offline: Monday 7 September 2026 at 10:30. Daniel leaves for the dentist with
 * his mother; Elsie was collected at 10:00 by an adult without approval (another device's sign-out, pulled); a
 * sign-out the rules refuse writes nothing; a return is an event; the action is on the office's toolbar.
 */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class DeparturesScreenTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

    @Rule(order = 0)
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);
    @Rule(order = 1)
    public final ScreenTestDevice device = new ScreenTestDevice(Role.OFFICE);

    private final Context context = ApplicationProvider.getApplicationContext();
    private PulledEvents pulled;

    @Before
    public void mondayMorningAtTheOffice() {
        device.clock.set(Instant.parse("2026-09-07T09:30:00Z"));
        TestSchool.danielsContacts(device.roster);
        device.roster.apply("STAFF", JsonParser.parseString("{\"id\":\"" + TestSchool.OFFICE_STAFF
                + "\",\"misId\":\"S-O1\",\"name\":\"Rita Anand\",\"position\":\"Attendance Officer\"}")
                .getAsJsonObject());
        pulled = new PulledEvents(device.database);
        pulled.mark(TestSchool.DANIEL, MONDAY, Session.AM, AttendanceCode.PRESENT_AM);
        pulled.mark(TestSchool.ELSIE, MONDAY, Session.AM, AttendanceCode.PRESENT_AM);
    }

    private static void idle() {
        shadowOf(Looper.getMainLooper()).idle();
    }

    private void elsieCollectedUnapprovedAtTen() {
        pulled.add(EventType.EARLY_DEPARTURE, SchoolDayPayloads.earlyDeparture(TestSchool.ELSIE,
                MONDAY.atTime(10, 0), DepartureReason.OTHER, Collector.adult("Sam Brown", "uncle"), null, false,
                null), MONDAY.atTime(10, 0));
    }

    private static void choose(DeparturesActivity activity, String line) {
        ((AutoCompleteTextView) activity.findViewById(R.id.departures_pupil)).setText(line);
        idle();
    }

    private static Chip chip(DeparturesActivity activity, int group, String text) {
        ChipGroup chips = activity.findViewById(group);
        for (int i = 0; i < chips.getChildCount(); i++) {
            Chip chip = (Chip) chips.getChildAt(i);
            if (chip.getText().toString().equals(text)) {
                return chip;
            }
        }
        throw new AssertionError("no chip " + text);
    }

    private static List<View> lines(DeparturesActivity activity) {
        RecyclerView list = activity.findViewById(R.id.departures_list);
        list.measure(View.MeasureSpec.makeMeasureSpec(640, View.MeasureSpec.EXACTLY),
                View.MeasureSpec.makeMeasureSpec(4000, View.MeasureSpec.AT_MOST));
        list.layout(0, 0, 640, 4000);
        List<View> lines = new ArrayList<>();
        for (int i = 0; i < list.getChildCount(); i++) {
            lines.add(list.getChildAt(i));
        }
        return lines;
    }

    private static View lineOf(DeparturesActivity activity, String name) {
        for (View line : lines(activity)) {
            if (text(line, R.id.departure_name).equals(name)) {
                return line;
            }
        }
        throw new AssertionError(name + " is not on the list");
    }

    private static String text(View parent, int id) {
        return ((TextView) parent.findViewById(id)).getText().toString();
    }

    private static JsonObject payload(JournalEventEntity event) {
        return JsonParser.parseString(event.payload).getAsJsonObject();
    }

    private Intent departures() {
        return DeparturesActivity.intent(context);
    }

    @Test
    public void signingOutWithAGuardianIsOneEventApprovedInTheOfficesName() {
        try (ActivityScenario<DeparturesActivity> scenario = ActivityScenario.launch(departures())) {
            scenario.onActivity(activity -> {
                idle();
                View signOut = activity.findViewById(R.id.departures_sign_out);
                assertFalse("nothing to sign out yet", signOut.isEnabled());
                choose(activity, "Daniel Singh · Year 3 · P0002");
                chip(activity, R.id.departures_reasons, "Medical appointment").performClick();
                assertFalse("who collected him is asked for", signOut.isEnabled());
                chip(activity, R.id.departures_collectors, "Grace Singh (Mother)").performClick();
                MaterialSwitch approved = activity.findViewById(R.id.departures_approved);
                assertEquals("Approved by " + TestSchool.OFFICE_SIGNATURE, approved.getText().toString());
                approved.setChecked(true);
                assertTrue(signOut.isEnabled());
                signOut.performClick();
                idle();
                List<JournalEventEntity> written = device.pending("EARLY_DEPARTURE");
                assertEquals(1, written.size());
                JsonObject p = payload(written.get(0));
                assertEquals(TestSchool.DANIEL, p.get("pupil").getAsString());
                assertEquals("MEDICAL_APPOINTMENT", p.get("reason").getAsString());
                assertEquals(TestSchool.GRACE, p.getAsJsonObject("collectedBy").get("guardian").getAsString());
                assertTrue(p.get("approved").getAsBoolean());
                assertEquals("the staff id of whoever unlocked the tablet", TestSchool.OFFICE_STAFF,
                        p.get("approvedBy").getAsString());
                assertTrue(p.get("at").getAsString(), p.get("at").getAsString().startsWith("2026-09-07T10:30"));

                View line = lineOf(activity, "Daniel Singh");
                assertEquals("3A · left 10:30 — medical appointment · Collected by Grace Singh (Mother)",
                        text(line, R.id.departure_detail));
                assertEquals("Approved by " + TestSchool.OFFICE_SIGNATURE, text(line, R.id.departure_status));
                assertEquals(View.VISIBLE, line.findViewById(R.id.departure_returned).getVisibility());
                assertEquals("Signed out today · 1 still out",
                        text(activity.getWindow().getDecorView(), R.id.departures_list_heading));
                assertEquals("the form is cleared for the next pupil", "",
                        ((AutoCompleteTextView) activity.findViewById(R.id.departures_pupil)).getText().toString());
                assertFalse(signOut.isEnabled());
            });
        }
    }

    @Test
    public void anotherAdultWithoutARelationshipIsRefusedInWordsAndNothingIsWritten() {
        try (ActivityScenario<DeparturesActivity> scenario = ActivityScenario.launch(departures())) {
            scenario.onActivity(activity -> {
                idle();
                choose(activity, "Amara Okafor · Year 3 · P0001");
                assertEquals("no guardians of Amara's on this device: the adult is asked for", View.VISIBLE,
                        activity.findViewById(R.id.departures_no_guardians).getVisibility());
                chip(activity, R.id.departures_reasons, "Ill, sent home").performClick();
                chip(activity, R.id.departures_collectors, "Another adult").performClick();
                assertEquals(View.VISIBLE, activity.findViewById(R.id.departures_adult).getVisibility());
                ((TextView) activity.findViewById(R.id.departures_adult_name)).setText("Tom Okafor");
                activity.findViewById(R.id.departures_sign_out).performClick();
                idle();
                assertTrue(device.pending("EARLY_DEPARTURE").isEmpty());
                TextView said = activity.getWindow().getDecorView()
                        .findViewById(com.google.android.material.R.id.snackbar_text);
                assertNotNull("the refusal is shown", said);
                assertTrue(said.getText().toString(), said.getText().toString().contains("relationship"));
                assertEquals("the form is kept to be put right", "Tom Okafor",
                        text(activity.getWindow().getDecorView(), R.id.departures_adult_name));
            });
        }
    }

    @Test
    public void anUnapprovedCollectionIsFlaggedAndAReturnIsAnEventAfterAConfirmation() {
        elsieCollectedUnapprovedAtTen();
        try (ActivityScenario<DeparturesActivity> scenario = ActivityScenario.launch(departures())) {
            scenario.onActivity(activity -> {
                idle();
                View line = lineOf(activity, "Elsie Brown");
                assertEquals("3A · left 10:00 — other · Collected by Sam Brown (uncle)",
                        text(line, R.id.departure_detail));
                assertEquals("Flagged for the office: not approved: an unapproved early collection",
                        text(line, R.id.departure_status));
                View returned = line.findViewById(R.id.departure_returned);
                assertEquals("Elsie Brown has come back", returned.getContentDescription().toString());
                returned.performClick();
                idle();
                AlertDialog dialog = (AlertDialog) ShadowDialog.getLatestDialog();
                assertNotNull(dialog);
                assertTrue("nothing written before the confirmation", device.pending("RETURNED").isEmpty());
                dialog.getButton(DialogInterface.BUTTON_POSITIVE).performClick();
                idle();
                List<JournalEventEntity> back = device.pending("RETURNED");
                assertEquals(1, back.size());
                assertEquals(TestSchool.ELSIE, payload(back.get(0)).get("pupil").getAsString());
                View after = lineOf(activity, "Elsie Brown");
                assertTrue(text(after, R.id.departure_status),
                        text(after, R.id.departure_status).startsWith("Back at 10:30 · Flagged for the office"));
                assertEquals(View.GONE, after.findViewById(R.id.departure_returned).getVisibility());
            });
        }
    }

    @Test
    public void theSignOutActionOnTheOfficesToolbarOpensTheScreen() {
        try (ActivityScenario<OfficeActivity> scenario = ActivityScenario.launch(OfficeActivity.class)) {
            scenario.onActivity(activity -> {
                idle();
                MaterialToolbar toolbar = activity.findViewById(R.id.toolbar);
                MenuItem action = toolbar.getMenu().findItem(R.id.departures_action);
                assertNotNull(action);
                assertEquals("Sign a pupil out early, or back in", String.valueOf(action.getContentDescription()));
                assertTrue(toolbar.getMenu().performIdentifierAction(R.id.departures_action, 0));
                Intent opened = shadowOf(activity).getNextStartedActivity();
                assertNotNull(opened);
                assertEquals(DeparturesActivity.class.getName(), opened.getComponent().getClassName());
            });
        }
    }

    @Test
    public void signOutAndReturnOnATabletAndAPhone() {
        elsieCollectedUnapprovedAtTen();
        pulled.add(EventType.EARLY_DEPARTURE, SchoolDayPayloads.earlyDeparture(TestSchool.DANIEL,
                LocalDateTime.of(MONDAY, java.time.LocalTime.of(10, 15)), DepartureReason.MEDICAL_APPOINTMENT,
                Collector.guardian(TestSchool.GRACE), "Dentist, back after lunch", true,
                TestSchool.OFFICE_STAFF), MONDAY.atTime(10, 15));
        Screenshots.assertRendered(ActivityScreenshot.of(departures())
                .size(1280, 800, Density.MDPI).qualifiers("en-rGB").check(ScreenChecks::assertUsable)
                .capture("departures-tablet.png"), 1280, 800);
        Screenshots.assertRendered(ActivityScreenshot.of(departures())
                .size(412, 915, Density.MDPI).qualifiers("en-rGB").check(ScreenChecks::assertUsable)
                .capture("departures-phone.png"), 412, 915);
    }
}
