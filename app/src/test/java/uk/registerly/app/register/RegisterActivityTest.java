package uk.registerly.app.register;

import static androidx.test.espresso.Espresso.onView;
import static androidx.test.espresso.action.ViewActions.click;
import static androidx.test.espresso.action.ViewActions.closeSoftKeyboard;
import static androidx.test.espresso.action.ViewActions.typeText;
import static androidx.test.espresso.assertion.ViewAssertions.doesNotExist;
import static androidx.test.espresso.assertion.ViewAssertions.matches;
import static androidx.test.espresso.matcher.RootMatchers.isDialog;
import static androidx.test.espresso.matcher.ViewMatchers.hasDescendant;
import static androidx.test.espresso.matcher.ViewMatchers.isDisplayed;
import static androidx.test.espresso.matcher.ViewMatchers.withContentDescription;
import static androidx.test.espresso.matcher.ViewMatchers.withEffectiveVisibility;
import static androidx.test.espresso.matcher.ViewMatchers.withId;
import static androidx.test.espresso.matcher.ViewMatchers.withText;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import androidx.test.core.app.ActivityScenario;
import androidx.test.espresso.matcher.ViewMatchers;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.gson.JsonParser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import dagger.hilt.android.testing.HiltAndroidRule;
import dagger.hilt.android.testing.HiltAndroidTest;
import dagger.hilt.android.testing.HiltTestApplication;

import uk.registerly.app.R;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.testing.ScreenTestDevice;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * The teacher's register, driven through Espresso on a classroom tablet, offline: Monday 7 September
 * 2026 at Millbrook-style times (opens 08:40, late after 08:50, closes 09:15), class 3A.
 */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class, qualifiers = "w1280dp-h800dp-land")
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class RegisterActivityTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

    @Rule(order = 0)
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);
    @Rule(order = 1)
    public final ScreenTestDevice device = new ScreenTestDevice(Role.TEACHER);

    @Test
    public void opensOnTheTeachersClassForTodaysMorningWithItsTimesAndCountdown() {
        try (ActivityScenario<RegisterActivity> ignored = ActivityScenario.launch(RegisterActivity.class)) {
            onView(withId(R.id.class_list)).check(matches(hasDescendant(allOf(withText("Class 3A"),
                    ViewMatchers.isSelected()))));
            onView(withId(R.id.date_button)).check(matches(withText("Mon 7 Sept 2026")));
            onView(withId(R.id.session_am)).check(matches(ViewMatchers.isChecked()));
            onView(withId(R.id.register_window)).check(matches(withText("Opens 08:40 · late after 08:50 · closes 09:15")));
            onView(withId(R.id.register_phase)).check(matches(withText("On time · late from 08:50 in 8:00")));
            onView(withId(R.id.register_summary)).check(matches(withText("0 present · 0 late · 0 absent · 3 to mark")));

            onView(withId(R.id.session_pm)).perform(click());

            onView(withId(R.id.register_window)).check(matches(withText("Opens 13:00 · late after 13:05 · closes 13:20")));
            onView(withId(R.id.register_phase)).check(matches(withText("Opens in 4:18:00")));
        }
    }

    /** The common case: everyone is in. One tap on "mark all", one on the confirmation, 30 marks. */
    @Test
    public void aClassOfThirtyAllInIsOneTapAndAConfirmationAndWritesThirtyMarks() {
        for (int i = 4; i <= 30; i++) {
            device.roster.apply("PUPIL", TestSchool.pupil(String.format("%08d-0000-4000-8000-%012d", i, i),
                    "P" + (1000 + i), "Pupil" + i, "Surname" + i, "3", TestSchool.CLASS_3A));
        }
        try (ActivityScenario<RegisterActivity> ignored = ActivityScenario.launch(RegisterActivity.class)) {
            onView(withId(R.id.mark_all)).check(matches(withText("Mark all remaining present (30)")));

            onView(withId(R.id.mark_all)).perform(click());
            onView(withText("Mark 30 pupils present?")).inRoot(isDialog()).check(matches(isDisplayed()));
            onView(withText(R.string.register_mark_all_confirm)).inRoot(isDialog()).perform(click());

            List<JournalEventEntity> marks = device.pending("REGISTER_MARK");
            assertEquals(30, marks.size());
            for (JournalEventEntity mark : marks) {
                assertEquals("/", JsonParser.parseString(mark.payload).getAsJsonObject().get("code").getAsString());
            }
            assertEquals("one batch: consecutive device numbers", 29,
                    marks.get(29).deviceSeq - marks.get(0).deviceSeq);
            onView(withId(R.id.register_summary)).check(matches(withText("30 present · 0 late · 0 absent · 0 to mark")));
            onView(withId(R.id.mark_all)).check(matches(not(ViewMatchers.isEnabled())));
        }
    }

    @Test
    public void absencesAndLatesAreOneTapEachAndLateCountsMinutesFromTheWindow() {
        device.clock.set(Instant.parse("2026-09-07T07:55:00Z")); // 08:55 in London: five minutes after late-from
        try (ActivityScenario<RegisterActivity> ignored = ActivityScenario.launch(RegisterActivity.class)) {
            onView(withId(R.id.register_phase)).check(matches(withText("Arrivals now are late · closes in 20:00")));

            onView(withContentDescription("Mark Daniel Singh absent")).perform(click());
            onView(withContentDescription("Mark Amara Okafor late")).perform(click());
            onView(withContentDescription("Mark Elsie Brown present")).perform(click());

            onView(rowOf("Daniel Singh")).check(matches(hasDescendant(withText("N"))));
            onView(rowOf("Amara Okafor")).check(matches(hasDescendant(withText("L"))));
            onView(rowOf("Amara Okafor")).check(matches(hasDescendant(
                    withText("Year 3 · 5 min late · Waiting to send"))));
            onView(rowOf("Elsie Brown")).check(matches(hasDescendant(withText("/"))));
            onView(withId(R.id.register_summary)).check(matches(withText("2 present · 1 late · 1 absent · 0 to mark")));
            assertEquals(3, device.pending("REGISTER_MARK").size());

            // A second tap on the code the row already has is a slip, not a new fact.
            onView(withContentDescription("Mark Daniel Singh absent")).perform(click());
            assertEquals(3, device.pending("REGISTER_MARK").size());
        }
    }

    @Test
    public void theOtherCodesATeacherMayUseAreUnderTheRowsMenu() {
        try (ActivityScenario<RegisterActivity> ignored = ActivityScenario.launch(RegisterActivity.class)) {
            onView(withContentDescription("More codes for Elsie Brown")).perform(click());
            onView(withText("V · Attending an educational visit or trip"))
                    .inRoot(androidx.test.espresso.matcher.RootMatchers.isPlatformPopup()).perform(click());

            onView(rowOf("Elsie Brown")).check(matches(hasDescendant(withText("V"))));
            assertEquals(1, device.pending("REGISTER_MARK").size());
        }
    }

    @Test
    public void aParentsReportShowsOnThePupilsRow() {
        device.database.journal().insertIfAbsent(new JournalEventEntity("ab000000-0000-4000-8000-000000000001",
                JournalEventEntity.REMOTE, 3, "ABSENCE_REPORT", TestSchool.ELSIE, null, null,
                EventPayloads.absenceReport(TestSchool.ELSIE, MONDAY, MONDAY, EnumSet.of(Session.AM, Session.PM),
                        EventPayloads.AbsenceCategory.ILLNESS, "temperature", null).toString(),
                "2026-09-07T06:30:00Z", 0L, "7-1", 1L));
        try (ActivityScenario<RegisterActivity> ignored = ActivityScenario.launch(RegisterActivity.class)) {
            onView(rowOf("Elsie Brown")).check(matches(hasDescendant(withText("Parent reported: illness"))));
            onView(rowOf("Daniel Singh")).check(matches(not(hasDescendant(withText(startsWith("Parent reported"))))));
        }
    }

    /**
     * After the register closed, changing a mark is an amendment: the reason is required, and the
     * teacher's amendment is signed with their "Name, Position" (sync-protocol §4: TEACHER may amend
     * their own classes).
     */
    @Test
    public void afterCloseAChangeIsAnAmendmentWithAReasonSignedByTheTeacher() {
        device.clock.set(Instant.parse("2026-09-07T07:45:00Z"));
        device.register.recordMark(TestSchool.DANIEL, MONDAY, Session.AM, AttendanceCode.N);
        device.clock.set(Instant.parse("2026-09-07T08:30:00Z")); // 09:30: closed at 09:15
        try (ActivityScenario<RegisterActivity> ignored = ActivityScenario.launch(RegisterActivity.class)) {
            onView(withId(R.id.register_phase)).check(matches(
                    withText("Closed at 09:15 · changes are amendments with a reason")));
            onView(withId(R.id.mark_all)).check(matches(withEffectiveVisibility(ViewMatchers.Visibility.GONE)));

            onView(withContentDescription("Mark Daniel Singh absent")).perform(click());
            onView(withText(startsWith("Amend"))).check(doesNotExist()); // N already: a slip, nothing to amend

            onView(withContentDescription("Mark Daniel Singh present")).perform(click());
            onView(withText("Amend Daniel Singh's mark")).inRoot(isDialog()).check(matches(isDisplayed()));
            onView(withText(R.string.register_amend_confirm)).inRoot(isDialog()).perform(click());
            onView(withText(R.string.register_amend_reason_required)).inRoot(isDialog()).check(matches(isDisplayed()));
            onView(withText("N · Reason for absence not yet established")).inRoot(isDialog()).perform(click());
            onView(withText(R.string.register_amend_confirm)).inRoot(isDialog()).perform(click());
            onView(withText(R.string.register_amend_same_code)).inRoot(isDialog()).check(matches(isDisplayed()));
            onView(withText("/ · Present at the morning register")).inRoot(isDialog()).perform(click());
            assertEquals(0, device.pending("AMENDMENT").size());

            onView(withId(R.id.amend_reason)).inRoot(isDialog()).perform(typeText("Was in the music room at registration"),
                    closeSoftKeyboard());
            onView(withText(R.string.register_amend_confirm)).inRoot(isDialog()).perform(click());

            onView(withText(R.string.register_amendment_recorded)).check(matches(isDisplayed()));
            List<JournalEventEntity> amendments = device.pending("AMENDMENT");
            assertEquals(1, amendments.size());
            com.google.gson.JsonObject payload = JsonParser.parseString(amendments.get(0).payload).getAsJsonObject();
            assertEquals("/", payload.get("code").getAsString());
            assertEquals("Was in the music room at registration", payload.get("reason").getAsString());
            assertEquals(TestSchool.TEACHER_SIGNATURE, payload.get("by").getAsString());
            onView(rowOf("Daniel Singh")).check(matches(hasDescendant(withText("/"))));
            onView(rowOf("Daniel Singh")).check(matches(hasDescendant(withText("Year 3 · amended · Waiting to send"))));
        }
    }

    /**
     * A mark for a pupil nobody marked before the close: the rules (RecordingRules, as on the server)
     * refuse a plain mark with register_closed, so the screen offers the amendment instead, and what is
     * written is an AMENDMENT with the reason and the teacher's "Name, Position", never a REGISTER_MARK.
     */
    @Test
    public void afterCloseAFirstMarkIsOfferedAsAnAmendmentAndWrittenAsOne() {
        device.clock.set(Instant.parse("2026-09-07T08:30:00Z")); // 09:30: closed at 09:15
        try (ActivityScenario<RegisterActivity> ignored = ActivityScenario.launch(RegisterActivity.class)) {
            onView(withContentDescription("Mark Amara Okafor absent")).perform(click());

            onView(withText("Amend Amara Okafor's mark")).inRoot(isDialog()).check(matches(isDisplayed()));
            assertEquals(0, device.pending("REGISTER_MARK").size());
            onView(withId(R.id.amend_reason)).inRoot(isDialog()).perform(typeText("Not in class at registration"),
                    closeSoftKeyboard());
            onView(withText(R.string.register_amend_confirm)).inRoot(isDialog()).perform(click());

            onView(withText(R.string.register_amendment_recorded)).check(matches(isDisplayed()));
            assertEquals(0, device.pending("REGISTER_MARK").size());
            List<JournalEventEntity> amendments = device.pending("AMENDMENT");
            assertEquals(1, amendments.size());
            com.google.gson.JsonObject payload = JsonParser.parseString(amendments.get(0).payload).getAsJsonObject();
            assertEquals("N", payload.get("code").getAsString());
            assertEquals("Not in class at registration", payload.get("reason").getAsString());
            assertEquals(TestSchool.TEACHER_SIGNATURE, payload.get("by").getAsString());
            onView(rowOf("Amara Okafor")).check(matches(hasDescendant(withText("N"))));
        }
    }

    @Test
    public void beforeCloseAMarkIsWrittenAtOnceWithNoAmendment() {
        device.clock.set(Instant.parse("2026-09-07T08:14:00Z")); // 09:14: a minute before the close
        try (ActivityScenario<RegisterActivity> ignored = ActivityScenario.launch(RegisterActivity.class)) {
            onView(withContentDescription("Mark Amara Okafor absent")).perform(click());

            onView(withText(startsWith("Amend"))).check(doesNotExist());
            assertEquals(1, device.pending("REGISTER_MARK").size());
            assertEquals(0, device.pending("AMENDMENT").size());
            onView(rowOf("Amara Okafor")).check(matches(hasDescendant(withText("N"))));
        }
    }

    @Test
    public void theSyncBadgeCountsWhatWaitsAndClearsOnceTheNetworkIsBack() throws Exception {
        try (ActivityScenario<RegisterActivity> ignored = ActivityScenario.launch(RegisterActivity.class)) {
            onView(withId(R.id.sync_badge)).check(matches(withText("Not synced yet")));
            onView(withContentDescription("Mark Daniel Singh absent")).perform(click());
            onView(withContentDescription("Mark Amara Okafor present")).perform(click());

            onView(withId(R.id.sync_badge)).check(matches(withText("2 waiting to send"))); // the tablet's wording
            onView(withId(R.id.sync_badge)).check(matches(withContentDescription(
                    "Sync status: 2 records saved on this device, waiting to send. Double tap to sync now.")));
            assertTrue(device.waitingSyncRequests() > 0);

            device.networkBack();

            onView(withId(R.id.sync_badge)).check(matches(withText("Synced 08:42")));
            assertEquals(1, device.server.pushes.get());
            // Delivered: the rows no longer say "Waiting to send".
            onView(rowOf("Daniel Singh")).check(matches(hasDescendant(withText("Year 3"))));
        }
    }

    /** A register row, found by the start of its spoken description ("Daniel Singh, year 3, ..."). */
    private static org.hamcrest.Matcher<android.view.View> rowOf(String name) {
        return allOf(withId(R.id.register_row), withContentDescription(startsWith(name + ", year")));
    }
}
