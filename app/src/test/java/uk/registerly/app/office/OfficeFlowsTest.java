package uk.registerly.app.office;

import static androidx.test.espresso.Espresso.onView;
import static androidx.test.espresso.action.ViewActions.click;
import static androidx.test.espresso.action.ViewActions.replaceText;
import static androidx.test.espresso.assertion.ViewAssertions.matches;
import static androidx.test.espresso.matcher.RootMatchers.isDialog;
import static androidx.test.espresso.matcher.ViewMatchers.hasDescendant;
import static androidx.test.espresso.matcher.ViewMatchers.isDisplayed;
import static androidx.test.espresso.matcher.ViewMatchers.isEnabled;
import static androidx.test.espresso.matcher.ViewMatchers.isNotEnabled;
import static androidx.test.espresso.matcher.ViewMatchers.withContentDescription;
import static androidx.test.espresso.matcher.ViewMatchers.withId;
import static androidx.test.espresso.matcher.ViewMatchers.withText;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.content.Context;
import android.content.Intent;
import android.view.View;

import androidx.test.core.app.ActivityScenario;
import androidx.test.espresso.contrib.RecyclerViewActions;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.android.material.textfield.TextInputLayout;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;
import org.robolectric.shadows.ShadowToast;

import dagger.hilt.android.testing.HiltAndroidRule;
import dagger.hilt.android.testing.HiltAndroidTest;
import dagger.hilt.android.testing.HiltTestApplication;

import uk.registerly.app.R;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.testing.PulledEvents;
import uk.registerly.app.testing.ScreenTestDevice;
import uk.registerly.app.testing.Settled;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * The office's flows through its screens (Espresso on Robolectric, a phone's screen):
 * first-day calling, the reports inbox, worklists, a pupil's record with amendments, and leave.
 * Monday 7 September 2026, 09:40 in London: the morning register closed at 09:15.
 */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class, qualifiers = OfficeFlowsTest.PHONE)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class OfficeFlowsTest {
    /** A common phone, in British English (dates read "Mon 7 Sept"). */
    static final String PHONE = "en-rGB-w412dp-h915dp";
    private static final LocalDate MON = LocalDate.of(2026, 9, 7);

    @Rule(order = 0)
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);
    @Rule(order = 1)
    public final ScreenTestDevice device = new ScreenTestDevice(Role.OFFICE);

    private final Context context = ApplicationProvider.getApplicationContext();
    private PulledEvents pulled;

    @Before
    public void setUp() {
        TestSchool.danielsContacts(device.roster);
        pulled = new PulledEvents(device.database);
        device.clock.set(Instant.parse("2026-09-07T08:40:00Z"));
        pulled.mark(TestSchool.DANIEL, MON, Session.AM, AttendanceCode.N);
        pulled.mark(TestSchool.AMARA, MON, Session.AM, AttendanceCode.PRESENT_AM);
    }

    private List<JournalEventEntity> written(EventType type) {
        return device.database.journal().ofTypes(Collections.singletonList(type.name()));
    }

    @Test
    public void firstDayCallingDialsTheNextContactAndRecordsEachOutcomeInOneTap() {
        try (ActivityScenario<OfficeActivity> office = ActivityScenario.launch(
                OfficeActivity.intent(context, OfficeSection.CALLING))) {
            onView(withText("Daniel Singh")).perform(click());
            onView(withId(R.id.call_next)).check(matches(withText("Next to call: Grace Singh (Mother)")));

            onView(withContentDescription("Call Grace Singh (Mother) on 07700 900123"))
                    .perform(Settled.scrollTo(), click());
            office.onActivity(activity -> {
                Intent dial = shadowOf(activity).getNextStartedActivity();
                assertEquals(Intent.ACTION_DIAL, dial.getAction());
                assertEquals("tel:07700900123", dial.getDataString());
            });
            onView(withId(R.id.call_no_answer)).perform(Settled.scrollTo(), click());
            onView(withId(R.id.call_next)).check(matches(withText("Next to call: Harj Singh (Father)")));
            assertTrue(written(EventType.CONTACT_ATTEMPT).get(0).payload.contains("\"note\":\"Grace Singh (Mother)\""));

            onView(withId(R.id.call_reason_given)).perform(Settled.scrollTo(), click());
            onView(withText(containsString("I — Illness"))).inRoot(isDialog()).perform(click());

            onView(withId(R.id.empty)).check(matches(isDisplayed()));
        }
        List<JournalEventEntity> reasons = written(EventType.REASON);
        assertEquals("this morning, and this afternoon too", 2, reasons.size());
        assertTrue(written(EventType.CONTACT_ATTEMPT).get(1).payload.contains("\"outcome\":\"REACHED\""));
    }

    @Test
    public void theInboxMergesDuplicatesAndAcceptsThemWithTheSuggestedCodeInOneTap() {
        pulled.add(EventType.ABSENCE_REPORT, EventPayloads.absenceReport(TestSchool.ELSIE, MON, MON.plusDays(1),
                EnumSet.allOf(Session.class), AbsenceCategory.ILLNESS, "Tummy bug", null), MON.atTime(7, 10));
        pulled.add(EventType.ABSENCE_REPORT, EventPayloads.absenceReport(TestSchool.ELSIE, MON, MON,
                EnumSet.of(Session.AM), AbsenceCategory.ILLNESS, null, null), MON.atTime(7, 30));

        try (ActivityScenario<OfficeActivity> ignored = ActivityScenario.launch(
                OfficeActivity.intent(context, OfficeSection.INBOX))) {
            onView(withText(containsString("reported 2 times"))).check(matches(isDisplayed()));
            onView(withText("Elsie Brown")).perform(click());
            onView(withId(R.id.inbox_covers)).check(matches(withText("Covers 4 school sessions")));
            onView(withId(R.id.inbox_accept)).perform(Settled.scrollTo()).check(matches(withText("Accept as I")));
            onView(withId(R.id.inbox_accept)).perform(click());
            onView(withId(R.id.empty)).check(matches(withText(R.string.office_inbox_empty)));
        }
        assertEquals(2, written(EventType.ABSENCE_REPORT_PROCESSED).size());
        assertEquals(4, written(EventType.REASON).size());
    }

    @Test
    public void aDeclineWithoutANoteIsRefusedAndWithOneIsRecorded() {
        pulled.add(EventType.ABSENCE_REPORT, EventPayloads.absenceReport(TestSchool.ELSIE, MON, MON,
                EnumSet.allOf(Session.class), AbsenceCategory.OTHER, "Birthday treat", null), MON.atTime(7, 10));

        try (ActivityScenario<OfficeActivity> ignored = ActivityScenario.launch(
                OfficeActivity.intent(context, OfficeSection.INBOX))) {
            onView(withText("Elsie Brown")).perform(click());
            onView(withId(R.id.inbox_accept)).perform(Settled.scrollTo()).check(matches(isNotEnabled()));
            onView(withId(R.id.inbox_decline)).perform(Settled.scrollTo(), click());
            onView(withText(R.string.office_inbox_decline)).inRoot(isDialog()).perform(click());
            assertTrue(ShadowToast.getTextOfLatestToast(), ShadowToast.getTextOfLatestToast().contains("Say why"));
            assertTrue(written(EventType.ABSENCE_REPORT_PROCESSED).isEmpty());

            onView(withId(R.id.inbox_decline)).perform(Settled.scrollTo(), click());
            onView(withId(R.id.note)).inRoot(isDialog()).perform(replaceText("A birthday is not a reason for absence"));
            onView(withText(R.string.office_inbox_decline)).inRoot(isDialog()).perform(click());
        }
        assertTrue(written(EventType.ABSENCE_REPORT_PROCESSED).get(0).payload.contains("\"outcome\":\"DECLINED\""));
    }

    @Test
    public void aReportsPhotoIsShownFullWidthOnceTheTabletIsOnline() {
        String evidence = "e7d1a000-0000-4000-8000-000000000001";
        String path = "/api/v1/evidence/" + evidence;
        pulled.add(EventType.ABSENCE_REPORT, EventPayloads.absenceReport(TestSchool.ELSIE, MON.plusDays(2),
                MON.plusDays(2), EnumSet.of(Session.AM), AbsenceCategory.MEDICAL_APPOINTMENT, "Orthodontist",
                evidence), MON.atTime(7, 15));
        // The connection drops as a tablet's does when the Wi-Fi goes (AT_START only works on a queue).
        device.server.answer(path, new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

        try (ActivityScenario<OfficeActivity> ignored = ActivityScenario.launch(
                OfficeActivity.intent(context, OfficeSection.INBOX))) {
            onView(withText("Elsie Brown")).perform(click());
            onView(withText(containsString("photo attached"))).check(matches(isDisplayed()));
            onView(withId(R.id.report_view_photo)).perform(Settled.scrollTo(), click());
            onView(withId(R.id.report_photo_message)).perform(Settled.scrollTo())
                    .check(matches(withText("The photo can be seen once this tablet is online.")));
            onView(withId(R.id.report_photo)).check(matches(not(isDisplayed())));

            device.server.answer(path, new MockResponse().setHeader("Content-Type", "image/jpeg")
                    .setBody(new Buffer().write(jpeg(300, 200))));
            onView(withId(R.id.report_view_photo)).perform(Settled.scrollTo(), click());

            onView(withContentDescription("Photo the parent attached: Medical or dental appointment, Wed 9 Sept, morning"))
                    .perform(Settled.scrollTo()).check(matches(isDisplayed())).check((image, e) ->
                            assertEquals("full width", ((View) image.getParent()).getWidth()
                                    - ((View) image.getParent()).getPaddingStart()
                                    - ((View) image.getParent()).getPaddingEnd(), image.getWidth()));
            onView(withId(R.id.report_photo_message)).check(matches(not(isDisplayed())));
            onView(withId(R.id.report_view_photo)).check(matches(not(isDisplayed())));
        }
        assertEquals("asked offline, then online", 2, Collections.frequency(device.server.paths, path));
    }

    private static byte[] jpeg(int width, int height) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        android.graphics.Bitmap.createBitmap(width, height, android.graphics.Bitmap.Config.ARGB_8888)
                .compress(android.graphics.Bitmap.CompressFormat.JPEG, 90, out);
        return out.toByteArray();
    }

    @Test
    public void aRecordShowsEachMarksHistoryAndAnAmendmentNeedsAReason() {
        try (ActivityScenario<PupilRecordActivity> ignored = ActivityScenario.launch(
                PupilRecordActivity.intent(context, TestSchool.DANIEL))) {
            onView(withId(R.id.record_name)).check(matches(withText("Daniel Singh")));
            onView(withId(R.id.record_unauthorised)).check(matches(withText(containsString("100.0%"))));
            onView(withContentDescription(containsString("morning: N"))).perform(click());
            onView(withText(containsString("Original entry: N — teacher's register"))).check(matches(isDisplayed()));

            onView(withId(R.id.history_amend)).perform(click());
            onView(withId(R.id.amend_code)).inRoot(isDialog())
                    .perform(replaceText("M — Leave of absence for a medical or dental appointment"));
            onView(withText(R.string.office_amend_save)).inRoot(isDialog()).perform(click());
            onView(withId(R.id.amend_reason_layout)).inRoot(isDialog()).check((view, e) ->
                    assertEquals("An amendment needs a reason.", ((TextInputLayout) view).getError().toString()));
            assertTrue("refused: nothing written", written(EventType.AMENDMENT).isEmpty());

            onView(withId(R.id.amend_reason)).inRoot(isDialog()).perform(replaceText("Dental letter seen"));
            onView(withText(R.string.office_amend_save)).inRoot(isDialog()).perform(click());
            onView(withText(containsString(
                    "Amended to M — “Dental letter seen” — Rita Anand, Attendance Officer")))
                    .check(matches(isDisplayed()));
        }
        assertEquals(1, written(EventType.AMENDMENT).size());
    }

    @Test
    public void worklistsComeFromTheRulesAndEachOpensThePupilsRecord() {
        device.clock.set(Instant.parse("2026-10-16T11:00:00Z"));
        pulled.markDays(TestSchool.DANIEL, MON.plusDays(1), LocalDate.of(2026, 10, 15), AttendanceCode.N,
                AttendanceCode.N);

        try (ActivityScenario<OfficeActivity> office = ActivityScenario.launch(
                OfficeActivity.intent(context, OfficeSection.WORKLISTS))) {
            onView(withText("N not explained within 5 school days: 1 pupil")).check(matches(isDisplayed()));
            onView(withId(R.id.list)).perform(RecyclerViewActions.scrollTo(
                    hasDescendant(withText("10 school days absent without a reason: 1 pupil"))));
            onView(withId(R.id.list)).perform(RecyclerViewActions.actionOnItem(
                    hasDescendant(withText(containsString("without a reason by"))), click()));
            office.onActivity(activity -> {
                Intent record = shadowOf(activity).getNextStartedActivity();
                assertEquals(PupilRecordActivity.class.getName(), record.getComponent().getClassName());
                assertEquals(TestSchool.DANIEL, record.getStringExtra(PupilRecordViewModel.PUPIL));
            });
        }
    }

    @Test
    public void leaveIsApprovedOnlyWhenTheHeadJudgesItExceptionalAndGivesCForEachSession() {
        pulled.add(EventType.LEAVE_REQUEST, EventPayloads.leaveRequest(TestSchool.AMARA,
                LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 12), EnumSet.allOf(Session.class),
                "Grandmother's funeral in Lagos"), LocalDateTime.of(2026, 9, 7, 7, 0));

        try (ActivityScenario<OfficeActivity> ignored = ActivityScenario.launch(
                OfficeActivity.intent(context, OfficeSection.LEAVE))) {
            onView(withText("Amara Okafor")).perform(click());
            onView(withText(containsString("Asked 32 days ahead (the school asks for 28)")))
                    .check(matches(isDisplayed()));
            onView(withText(containsString("Not judged exceptional"))).check(matches(isDisplayed()));
            onView(withId(R.id.leave_approve)).perform(Settled.scrollTo()).check(matches(isNotEnabled()));

            onView(withId(R.id.leave_exceptional)).perform(Settled.scrollTo(), click());
            onView(withId(R.id.leave_approve)).check(matches(isEnabled())).perform(click());
            onView(withId(R.id.leave_decided)).perform(Settled.scrollTo())
                    .check(matches(withText(R.string.office_leave_approved)));
        }
        assertEquals(1, written(EventType.LEAVE_DECISION).size());
        assertEquals("Friday 9 and Monday 12 October, both sessions", Arrays.asList("C", "C", "C", "C"),
                codes(written(EventType.REASON)));
    }

    private static List<String> codes(List<JournalEventEntity> reasons) {
        String[] codes = new String[reasons.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = com.google.gson.JsonParser.parseString(reasons.get(i).payload).getAsJsonObject().get("code")
                    .getAsString();
        }
        return Arrays.asList(codes);
    }
}
