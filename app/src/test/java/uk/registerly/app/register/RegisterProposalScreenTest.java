package uk.registerly.app.register;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.content.DialogInterface;
import android.content.Intent;
import android.os.Looper;
import android.view.View;
import android.widget.TextView;

import androidx.appcompat.app.AlertDialog;
import androidx.recyclerview.widget.RecyclerView;
import androidx.test.core.app.ActivityScenario;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

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
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.SchoolDayPayloads;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.testing.ActivityScreenshot;
import uk.registerly.app.testing.ActivityScreenshot.Density;
import uk.registerly.app.testing.PulledEvents;
import uk.registerly.app.testing.ScreenTestDevice;
import uk.registerly.app.testing.Screenshots;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.schoolday.Collector;
import uk.registerly.rules.schoolday.DepartureReason;

/**
 * Issue 15 item 2 on the teacher's afternoon register (Monday 7 September 2026, 13:05): Daniel was signed out at
 * 12:30 for the dentist and is not back, so his row says so and proposes M, which the teacher confirms with one
 * tap; Elsie was signed out at 12:10 and came back at 12:50, so nothing is proposed for her.
 */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class RegisterProposalScreenTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

    @Rule(order = 0)
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);
    @Rule(order = 1)
    public final ScreenTestDevice device = new ScreenTestDevice(Role.TEACHER);

    @Before
    public void danielAtTheDentistElsieBackFromHers() {
        device.clock.set(Instant.parse("2026-09-07T12:05:00Z"));
        PulledEvents pulled = new PulledEvents(device.database);
        for (String pupil : List.of(TestSchool.AMARA, TestSchool.DANIEL, TestSchool.ELSIE)) {
            pulled.mark(pupil, MONDAY, Session.AM, AttendanceCode.PRESENT_AM);
        }
        pulled.add(EventType.EARLY_DEPARTURE, SchoolDayPayloads.earlyDeparture(TestSchool.DANIEL,
                MONDAY.atTime(12, 30), DepartureReason.MEDICAL_APPOINTMENT, Collector.guardian(TestSchool.GRACE),
                null, true, TestSchool.OFFICE_STAFF), MONDAY.atTime(12, 30));
        pulled.add(EventType.EARLY_DEPARTURE, SchoolDayPayloads.earlyDeparture(TestSchool.ELSIE,
                MONDAY.atTime(12, 10), DepartureReason.MEDICAL_APPOINTMENT, Collector.adult("Jo Brown", "aunt"),
                null, true, TestSchool.OFFICE_STAFF), MONDAY.atTime(12, 10));
        pulled.add(EventType.RETURNED, SchoolDayPayloads.returned(TestSchool.ELSIE, MONDAY.atTime(12, 50)),
                MONDAY.atTime(12, 50));
    }

    private static void idle() {
        shadowOf(Looper.getMainLooper()).idle();
    }

    private static View rowOf(RegisterActivity activity, String name) {
        RecyclerView list = activity.findViewById(R.id.register_list);
        list.measure(View.MeasureSpec.makeMeasureSpec(1280, View.MeasureSpec.EXACTLY),
                View.MeasureSpec.makeMeasureSpec(4000, View.MeasureSpec.AT_MOST));
        list.layout(0, 0, 1280, 4000);
        for (int i = 0; i < list.getChildCount(); i++) {
            View row = list.getChildAt(i);
            if (((TextView) row.findViewById(R.id.name)).getText().toString().equals(name)) {
                return row;
            }
        }
        throw new AssertionError(name + " is not on the register");
    }

    @Test
    public void aPupilSignedOutAndNotBackIsProposedTheReasonsCodeAndTheTeacherConfirmsIt() {
        try (ActivityScenario<RegisterActivity> scenario = ActivityScenario.launch(RegisterActivity.class)) {
            scenario.onActivity(activity -> {
                idle();
                View daniel = rowOf(activity, "Daniel Singh");
                TextView proposal = daniel.findViewById(R.id.proposal);
                assertEquals(View.VISIBLE, proposal.getVisibility());
                assertEquals("Left 12:30 — medical appointment · proposed M (" + AttendanceCode.M.meaning() + ")",
                        proposal.getText().toString());
                TextView accept = daniel.findViewById(R.id.accept_proposal);
                assertEquals("Mark M", accept.getText().toString());
                assertTrue(daniel.getContentDescription().toString(),
                        daniel.getContentDescription().toString().contains("Left 12:30 — medical appointment"));
                assertTrue("nothing recorded until the teacher confirms", device.pending("REGISTER_MARK").isEmpty());

                accept.performClick();
                idle();
                List<JournalEventEntity> marks = device.pending("REGISTER_MARK");
                assertEquals(1, marks.size());
                JsonObject mark = JsonParser.parseString(marks.get(0).payload).getAsJsonObject();
                assertEquals(TestSchool.DANIEL, mark.get("pupil").getAsString());
                assertEquals("PM", mark.get("session").getAsString());
                assertEquals("M", mark.get("code").getAsString());
                assertEquals("confirmed: no second tap offered", View.GONE,
                        rowOf(activity, "Daniel Singh").findViewById(R.id.accept_proposal).getVisibility());
            });
        }
    }

    @Test
    public void markAllRemainingPresentLeavesOutThePupilWhoLeft() {
        try (ActivityScenario<RegisterActivity> scenario = ActivityScenario.launch(RegisterActivity.class)) {
            scenario.onActivity(activity -> {
                idle();
                TextView markAll = activity.findViewById(R.id.mark_all);
                assertEquals("Mark all remaining present (2)", markAll.getText().toString());
                markAll.performClick();
                idle();
                ((AlertDialog) ShadowDialog.getLatestDialog()).getButton(DialogInterface.BUTTON_POSITIVE).performClick();
                idle();
                List<JournalEventEntity> marks = device.pending("REGISTER_MARK");
                assertEquals(2, marks.size());
                for (JournalEventEntity mark : marks) {
                    assertTrue(mark.payload, !mark.payload.contains(TestSchool.DANIEL));
                }
                assertEquals(View.VISIBLE,
                        rowOf(activity, "Daniel Singh").findViewById(R.id.accept_proposal).getVisibility());
            });
        }
    }

    @Test
    public void aPupilWhoCameBackBeforeTheRegisterIsProposedNothing() {
        try (ActivityScenario<RegisterActivity> scenario = ActivityScenario.launch(RegisterActivity.class)) {
            scenario.onActivity(activity -> {
                idle();
                View elsie = rowOf(activity, "Elsie Brown");
                assertEquals(View.GONE, elsie.findViewById(R.id.proposal).getVisibility());
                assertEquals(View.GONE, elsie.findViewById(R.id.accept_proposal).getVisibility());
            });
        }
    }

    @Test
    public void theProposalOnATablet() {
        Screenshots.assertRendered(ActivityScreenshot.of(new Intent(ApplicationProvider.getApplicationContext(),
                        RegisterActivity.class)).size(1280, 800, Density.MDPI).qualifiers("en-rGB")
                .capture("register-proposal-tablet.png"), 1280, 800, Screenshots.TOOLBAR);
    }
}
