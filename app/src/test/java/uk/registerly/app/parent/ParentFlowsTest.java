package uk.registerly.app.parent;

import static androidx.test.espresso.Espresso.onView;
import static androidx.test.espresso.action.ViewActions.click;
import static androidx.test.espresso.action.ViewActions.replaceText;
import static androidx.test.espresso.assertion.ViewAssertions.doesNotExist;
import static androidx.test.espresso.assertion.ViewAssertions.matches;
import static androidx.test.espresso.matcher.RootMatchers.isDialog;
import static androidx.test.espresso.matcher.ViewMatchers.isDisplayed;
import static androidx.test.espresso.matcher.ViewMatchers.isRoot;
import static androidx.test.espresso.matcher.ViewMatchers.isEnabled;
import static androidx.test.espresso.matcher.ViewMatchers.isNotEnabled;
import static androidx.test.espresso.matcher.ViewMatchers.withClassName;
import static androidx.test.espresso.matcher.ViewMatchers.withEffectiveVisibility;
import static androidx.test.espresso.matcher.ViewMatchers.withId;
import static androidx.test.espresso.matcher.ViewMatchers.withText;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.app.Activity;
import android.content.Context;
import android.content.Intent;
import android.graphics.Bitmap;
import android.graphics.Color;
import android.net.Uri;
import android.widget.DatePicker;
import android.widget.TextView;

import androidx.test.core.app.ActivityScenario;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.espresso.contrib.PickerActions;
import androidx.test.espresso.matcher.ViewMatchers.Visibility;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

import javax.inject.Inject;

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
import uk.registerly.app.data.reports.AbsenceReportDraft;
import uk.registerly.app.data.reports.OfflineFirstAbsenceReportRepository;
import uk.registerly.app.testing.AcceptingServer;
import uk.registerly.app.testing.PulledEvents;
import uk.registerly.app.testing.ScreenTestDevice;
import uk.registerly.app.testing.Settled;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * A parent's flows on a phone (Espresso on Robolectric, real photo decoding): a report for two
 * children with a photo, made offline and sent later; editing and cancelling an open report; a
 * processed report's code; another family's child never shown; leave with the school's rules;
 * linking a further child. Monday 7 September 2026, 08:42 in London. The parent's phone talks
 * to a MockWebServer standing in for the school's server ({@link ScreenTestDevice}), offline until
 * the test brings the network back.
 */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class, qualifiers = ParentFlowsTest.PHONE)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class ParentFlowsTest {
    static final String PHONE = "en-rGB-w412dp-h915dp";
    private static final LocalDate MON = LocalDate.of(2026, 9, 7);

    @Rule(order = 0)
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);
    /** Amara's and Daniel's parent; Finn, also in the roster cache, is another family's child. */
    @Rule(order = 1)
    public final ScreenTestDevice device = ScreenTestDevice.parentOf(TestSchool.amaraAndDaniel());

    @Inject
    OfflineFirstAbsenceReportRepository reports;

    private final Context context = ApplicationProvider.getApplicationContext();
    private PulledEvents pulled;


    @Before
    public void setUp() {
        hilt.inject();
        pulled = new PulledEvents(device.database);
        pulled.mark(TestSchool.AMARA, LocalDate.of(2026, 9, 4), Session.AM, AttendanceCode.PRESENT_AM);
        pulled.mark(TestSchool.AMARA, LocalDate.of(2026, 9, 4), Session.PM, AttendanceCode.I);
    }

    private List<JournalEventEntity> written(EventType type) {
        return device.database.journal().ofTypes(Collections.singletonList(type.name()));
    }

    /** A photo the picker hands back: a content URI whose stream is a real 2000x1500 JPEG. */
    private Uri pickedPhoto() {
        Bitmap card = Bitmap.createBitmap(2000, 1500, Bitmap.Config.ARGB_8888);
        card.eraseColor(Color.rgb(250, 245, 230));
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        card.compress(Bitmap.CompressFormat.JPEG, 95, jpeg);
        Uri uri = Uri.parse("content://com.android.providers.media.photopicker/media/1000000042");
        byte[] bytes = jpeg.toByteArray();
        shadowOf(context.getContentResolver()).registerInputStreamSupplier(uri, () -> new ByteArrayInputStream(bytes));
        return uri;
    }

    @Test
    public void whatTheSchoolsServerRefusedIsToldOnTheHome() {
        JournalEventEntity report = reports.report(new AbsenceReportDraft(Collections.singleton(TestSchool.AMARA),
                MON, MON, java.util.EnumSet.of(Session.PM), AbsenceCategory.ILLNESS, null), null).get(0);
        device.database.deliveries().rejected(Collections.singletonList(
                new uk.registerly.app.data.db.entity.RejectedEventEntity(report.id, "the afternoon register has closed", 1L)));

        try (ActivityScenario<ParentHomeActivity> ignored = ActivityScenario.launch(ParentHomeActivity.class)) {
            onView(withId(R.id.parent_refused)).check(matches(withText("The school's system did not accept 1 of"
                    + " your reports or changes. Please contact the school office.")));
        }
    }

    @Test
    public void aReportForTwoChildrenWithAPhotoMadeOfflineReachesTheSchoolLater() throws Exception {
        try (ActivityScenario<ReportAbsenceActivity> form = ActivityScenario.launch(
                ReportAbsenceActivity.create(context))) {
            onView(isRoot()).perform(Settled.settle());
            onView(withText("Amara Okafor")).perform(click());
            onView(withText("Daniel Singh")).perform(click());
            onView(withId(R.id.report_category_illness)).perform(Settled.scrollTo(), click());
            onView(withId(R.id.report_note)).perform(Settled.scrollTo(), replaceText("Both have chickenpox"));
            onView(withId(R.id.report_add_photo)).perform(Settled.scrollTo(), click());
            form.onActivity(activity -> {
                Intent picker = shadowOf(activity).getNextStartedActivityForResult().intent;
                assertEquals(Intent.ACTION_GET_CONTENT, picker.getAction());
                assertEquals("image/*", picker.getType());
                shadowOf(activity).receiveResult(picker, Activity.RESULT_OK, new Intent().setData(pickedPhoto()));
            });
            onView(withId(R.id.report_photo_state)).check(matches(withText(R.string.parent_photo_added)));
            onView(withId(R.id.report_send)).perform(Settled.scrollTo(), click());
            assertEquals(context.getString(R.string.parent_report_saved), ShadowToast.getTextOfLatestToast());
        }
        assertEquals(2, written(EventType.ABSENCE_REPORT).size());
        assertEquals("nothing reached the school: no network yet", 0, device.server.paths.size());

        try (ActivityScenario<ParentHomeActivity> ignored = ActivityScenario.launch(ParentHomeActivity.class)) {
            onView(withText("Amara · Illness")).perform(Settled.scrollTo()).check(matches(isDisplayed()));
            onView(withText("Daniel · Illness")).perform(Settled.scrollTo()).check(matches(isDisplayed()));
            onView(withId(R.id.parent_reports)).check((view, e) -> assertStatuses((android.view.ViewGroup) view,
                    context.getString(R.string.parent_status_unsent)));
            onView(withId(R.id.sync_badge)).check(matches(withText("2 unsent")));

            // The network comes back: WorkManager runs the sync the write asked for.
            device.networkBack();

            onView(withId(R.id.parent_reports)).check((view, e) -> assertStatuses((android.view.ViewGroup) view,
                    context.getString(R.string.parent_status_with_school)));
            onView(withId(R.id.sync_badge)).check(matches(withText("Synced 08:42")));
            onView(withId(R.id.parent_refused)).check(matches(not(isDisplayed())));
        }
        assertEquals("both photos, then the reports that name them", List.of("/api/v1/parents/evidence",
                "/api/v1/parents/evidence", "/api/v1/sync/push"), device.server.paths.subList(0, 3));
        JsonObject push = JsonParser.parseString(device.server.bodies.get(2)).getAsJsonObject();
        assertEquals(2, push.getAsJsonArray("events").size());
        for (int i = 0; i < 2; i++) {
            JsonObject upload = JsonParser.parseString(device.server.bodies.get(i)).getAsJsonObject();
            byte[] photo = java.util.Base64.getDecoder().decode(upload.get("data").getAsString());
            assertTrue("compressed to fit: " + photo.length, photo.length <= 1024 * 1024);
            assertTrue(device.server.bodies.get(2).contains(upload.get("id").getAsString()));
        }
    }

    /** Every report line on the home screen says {@code expected}. */
    private static void assertStatuses(android.view.ViewGroup reports, String expected) {
        assertEquals(2, reports.getChildCount());
        for (int i = 0; i < reports.getChildCount(); i++) {
            TextView status = reports.getChildAt(i).findViewById(R.id.request_status);
            assertEquals(expected, status.getText().toString());
        }
    }

    @Test
    public void anOpenReportIsEditedThenCancelledAndAProcessedOneOnlyShowsItsCode() {
        String open = reports.report(new AbsenceReportDraft(Collections.singleton(TestSchool.AMARA), MON, MON,
                EnumSet.allOf(Session.class), AbsenceCategory.MEDICAL_APPOINTMENT, "Dentist"), null).get(0).id;
        String done = reports.report(new AbsenceReportDraft(Collections.singleton(TestSchool.DANIEL), MON, MON,
                EnumSet.allOf(Session.class), AbsenceCategory.ILLNESS, null), null).get(0).id;
        pulled.add(EventType.ABSENCE_REPORT_PROCESSED, EventPayloads.absenceReportAccepted(TestSchool.DANIEL,
                done, AttendanceCode.I), LocalDateTime.of(2026, 9, 7, 9, 30));
        try (ActivityScenario<ReportAbsenceActivity> ignored = ActivityScenario.launch(
                ReportAbsenceActivity.edit(context, open))) {
            onView(isRoot()).perform(Settled.settle());
            onView(withId(R.id.report_tomorrow)).perform(click());
            onView(withId(R.id.report_send)).perform(Settled.scrollTo(), click());
        }
        JournalEventEntity update = written(EventType.ABSENCE_REPORT_UPDATED).get(0);
        assertTrue(update.payload, update.payload.contains("\"from\":\"2026-09-08\""));

        try (ActivityScenario<ReportAbsenceActivity> ignored = ActivityScenario.launch(
                ReportAbsenceActivity.edit(context, open))) {
            onView(isRoot()).perform(Settled.settle());
            onView(withId(R.id.report_cancel)).perform(Settled.scrollTo(), click());
            onView(withText(R.string.parent_cancel_report)).inRoot(isDialog()).perform(click());
        }
        assertEquals(1, written(EventType.ABSENCE_REPORT_CANCELLED).size());

        try (ActivityScenario<ReportAbsenceActivity> ignored = ActivityScenario.launch(
                ReportAbsenceActivity.edit(context, done))) {
            onView(withId(R.id.report_status)).check(matches(withText(
                    "Accepted: Absent, authorised (I)")));
            onView(withId(R.id.report_send)).check(matches(withEffectiveVisibility(Visibility.GONE)));
            onView(withId(R.id.report_category_illness)).check(matches(isNotEnabled()));
        }
    }

    @Test
    public void anotherFamilysChildIsNeverShownNorOffered() {
        try (ActivityScenario<ParentHomeActivity> ignored = ActivityScenario.launch(ParentHomeActivity.class)) {
            onView(withText("Amara Okafor")).check(matches(isDisplayed()));
            onView(withText("Daniel Singh")).check(matches(isDisplayed()));
            onView(withText("Finn Walsh")).check(doesNotExist());
            onView(withText(containsString("Present at 1 of 2 sessions"))).check(matches(isDisplayed()));
        }
        try (ActivityScenario<ReportAbsenceActivity> ignored = ActivityScenario.launch(
                ReportAbsenceActivity.create(context))) {
            onView(withId(R.id.report_children)).check((view, e) -> assertEquals(2,
                    ((android.view.ViewGroup) view).getChildCount()));
            onView(withText("Finn Walsh")).check(doesNotExist());
        }
    }

    @Test
    public void leaveExplainsTheRulesWarnsOfShortNoticeAndIsSentOnceTheRulesAreRead() {
        try (ActivityScenario<LeaveRequestActivity> ignored = ActivityScenario.launch(
                LeaveRequestActivity.intent(context))) {
            onView(isRoot()).perform(Settled.settle());
            onView(withId(R.id.leave_rule_notice)).check(matches(withText(
                    "Ask at least 28 days before the leave starts.")));
            onView(withText("Amara Okafor")).perform(Settled.scrollTo(), click());
            onView(withId(R.id.leave_from)).perform(Settled.scrollTo(), click());
            onView(withClassName(equalTo(DatePicker.class.getName()))).inRoot(isDialog())
                    .perform(PickerActions.setDate(2026, 9, 17));
            onView(withId(android.R.id.button1)).inRoot(isDialog()).perform(click());
            onView(withId(R.id.leave_issues)).perform(Settled.scrollTo()).check(matches(withText(
                    "This is less notice than the school asks for (28 days). The head teacher may still decide.")));

            onView(withId(R.id.leave_reason))
                    .perform(Settled.scrollTo(), replaceText("Grandmother's funeral in Lagos"));
            onView(withId(R.id.leave_send)).perform(Settled.scrollTo()).check(matches(isNotEnabled()));
            onView(withId(R.id.leave_rules_read)).perform(Settled.scrollTo(), click());
            onView(withId(R.id.leave_send)).check(matches(isEnabled())).perform(click());
        }
        JournalEventEntity request = written(EventType.LEAVE_REQUEST).get(0);
        assertEquals(TestSchool.AMARA, request.pupilId);
        assertTrue(request.payload, request.payload.contains("\"from\":\"2026-09-17\""));
    }

    @Test
    public void aFurtherChildIsLinkedWithTheSchoolsInvitationCode() {
        device.server.answer("/api/v1/parents/claim", AcceptingServer.json("{\"children\":[{\"id\":\""
                + TestSchool.AMARA + "\",\"schoolId\":\"" + TestSchool.SCHOOL + "\"},{\"id\":\"" + TestSchool.DANIEL
                + "\",\"schoolId\":\"" + TestSchool.SCHOOL + "\"},{\"id\":\"" + TestSchool.FINN + "\",\"schoolId\":\""
                + TestSchool.SCHOOL + "\"}],\"pullFromStart\":true}"));
        try (ActivityScenario<ParentHomeActivity> ignored = ActivityScenario.launch(ParentHomeActivity.class)) {
            onView(withId(R.id.parent_link)).perform(Settled.scrollTo(), click());
            onView(withId(R.id.note)).inRoot(isDialog()).perform(replaceText("FINN-2026"));
            onView(withText(R.string.parent_link)).inRoot(isDialog()).perform(click());

            assertEquals("Done: 3 children are linked to your account.", ShadowToast.getTextOfLatestToast());
            onView(withText("Finn Walsh")).check(matches(isDisplayed()));
        }
    }
}
