package uk.registerly.app.gate;

import static androidx.test.espresso.Espresso.onView;
import static androidx.test.espresso.action.ViewActions.click;
import static androidx.test.espresso.action.ViewActions.pressImeActionButton;
import static androidx.test.espresso.action.ViewActions.typeText;
import static androidx.test.espresso.assertion.ViewAssertions.matches;
import static androidx.test.espresso.matcher.ViewMatchers.hasDescendant;
import static androidx.test.espresso.matcher.ViewMatchers.isDisplayed;
import static androidx.test.espresso.matcher.ViewMatchers.withEffectiveVisibility;
import static androidx.test.espresso.matcher.ViewMatchers.withId;
import static androidx.test.espresso.matcher.ViewMatchers.withText;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.os.Looper;

import androidx.test.core.app.ActivityScenario;
import androidx.test.espresso.matcher.ViewMatchers.Visibility;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.After;
import org.junit.Before;
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
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.testing.ScreenTestDevice;
import uk.registerly.app.testing.TestSchool;

/**
 * The late gate driven through Espresso on a kiosk tablet, offline, on Monday 7 September 2026
 * (registers late after 08:50, closed at 09:15). Robolectric has no camera: cards are fed to the
 * scanner's seam, {@link GateActivity#onCardScanned}, as the camera's decoder would.
 */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class, qualifiers = "w1280dp-h800dp-land")
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class GateActivityTest {
    private static final String OTHER_SCHOOL = "5c1e0000-0000-4000-8000-0000000000aa";
    /** 09:05 in London. */
    private static final Instant AT_0905 = Instant.parse("2026-09-07T08:05:00Z");

    @Rule(order = 0)
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);
    @Rule(order = 1)
    public final ScreenTestDevice device = new ScreenTestDevice(Role.GATE);

    @Before
    public void setUp() {
        device.clock.set(AT_0905);
    }

    private static String card(String pupil) {
        return PupilCardCodec.encode(TestSchool.SCHOOL, pupil);
    }

    @Test
    public void aValidCardRecordsAnArrivalAndShowsTheLateMarkWithMinutesAtOnce() {
        try (ActivityScenario<GateActivity> gate = ActivityScenario.launch(GateActivity.class)) {
            gate.onActivity(activity -> activity.onCardScanned(card(TestSchool.DANIEL)));

            onView(withId(R.id.result_title)).check(matches(withText("Daniel Singh")));
            onView(withId(R.id.result_mark)).check(matches(withText("Late: 15 min · L")));
            onView(withId(R.id.undo)).check(matches(withText("Undo (10 s)")));
            onView(withId(R.id.arrivals)).check(matches(hasDescendant(withText("Daniel Singh"))));
            onView(withId(R.id.arrivals)).check(matches(hasDescendant(withText("L · 15 min"))));

            // The camera sees the same card again while it is still held up: one arrival, not two.
            gate.onActivity(activity -> activity.onCardScanned(card(TestSchool.DANIEL)));
            assertEquals(1, device.pending("ARRIVAL").size());
        }
    }

    /** Each pupil's own register decides: year 4 is late from 09:00 here, year 3 from 08:50; after close is U. */
    @Test
    public void theMarkFollowsThePupilsYearGroupAndUAfterTheRegisterClosed() {
        JsonObject school = TestSchool.school();
        JsonArray registers = school.getAsJsonArray("registers");
        registers.add(JsonParser.parseString("{\"session\":\"AM\",\"yearGroups\":[\"4\"],\"opens\":\"08:50\","
                + "\"lateAfter\":\"09:00\",\"closes\":\"09:25\",\"ends\":\"12:00\"}"));
        // First match wins: the year 4 window goes before the catch-all.
        JsonArray ordered = new JsonArray();
        ordered.add(registers.get(2));
        ordered.add(registers.get(0));
        ordered.add(registers.get(1));
        school.add("registers", ordered);
        device.roster.apply("SCHOOL", school);
        try (ActivityScenario<GateActivity> gate = ActivityScenario.launch(GateActivity.class)) {
            gate.onActivity(activity -> activity.onCardScanned(card(TestSchool.FINN)));
            onView(withId(R.id.result_mark)).check(matches(withText("Late: 5 min · L")));

            gate.onActivity(activity -> activity.onCardScanned(card(TestSchool.DANIEL)));
            onView(withId(R.id.result_mark)).check(matches(withText("Late: 15 min · L")));

            device.clock.set(Instant.parse("2026-09-07T08:20:00Z")); // 09:20: year 3's register closed at 09:15
            gate.onActivity(activity -> activity.onCardScanned(card(TestSchool.ELSIE)));
            onView(withId(R.id.result_title)).check(matches(withText("Elsie Brown")));
            onView(withId(R.id.result_mark)).check(matches(withText("After the register closed: 30 min · U")));
            assertEquals(3, device.pending("ARRIVAL").size());
        }
    }

    @Test
    public void aCardOfAnotherSchoolIsRefusedAndNothingIsRecorded() {
        try (ActivityScenario<GateActivity> gate = ActivityScenario.launch(GateActivity.class)) {
            gate.onActivity(activity -> activity.onCardScanned(PupilCardCodec.encode(OTHER_SCHOOL, TestSchool.DANIEL)));

            onView(withId(R.id.result_title)).check(matches(withText(R.string.gate_refused_other_school)));
            onView(withId(R.id.undo)).check(matches(withEffectiveVisibility(Visibility.GONE)));
            assertEquals(0, device.pending("ARRIVAL").size());
        }
    }

    @Test
    public void malformedMistypedAndForeignCodesAreRefusedEachWithItsReason() {
        String good = card(TestSchool.DANIEL);
        int pupilDigit = good.length() - 5;
        char wrong = good.charAt(pupilDigit) == '7' ? '8' : '7';
        String typo = good.substring(0, pupilDigit) + wrong + good.substring(pupilDigit + 1);
        try (ActivityScenario<GateActivity> gate = ActivityScenario.launch(GateActivity.class)) {
            gate.onActivity(activity -> activity.onCardScanned("RGC1:9866B7D2:22222222"));
            onView(withId(R.id.result_title)).check(matches(withText(R.string.gate_refused_malformed)));

            gate.onActivity(activity -> activity.onCardScanned(typo));
            onView(withId(R.id.result_title)).check(matches(withText(R.string.gate_refused_check)));

            gate.onActivity(activity -> activity.onCardScanned("https://example.org/lunch-menu"));
            onView(withId(R.id.result_title)).check(matches(withText(R.string.gate_refused_not_a_card)));

            assertEquals(0, device.pending("ARRIVAL").size());
        }
    }

    @Test
    public void aPupilWithoutTheirCardIsFoundByName() {
        try (ActivityScenario<GateActivity> ignored = ActivityScenario.launch(GateActivity.class)) {
            onView(withId(R.id.search)).perform(typeText("Els"));
            onView(withText("Elsie Brown · Year 3")).check(matches(isDisplayed()));

            onView(withText("Elsie Brown · Year 3")).perform(click());

            onView(withId(R.id.result_title)).check(matches(withText("Elsie Brown")));
            onView(withId(R.id.search)).check(matches(withText("")));
            assertEquals(1, device.pending("ARRIVAL").size());
        }
    }

    /** A USB or Bluetooth card reader types the code and presses Enter into the focused search box. */
    @Test
    public void aCardReaderTypingIntoTheSearchBoxScansTheCard() {
        try (ActivityScenario<GateActivity> ignored = ActivityScenario.launch(GateActivity.class)) {
            onView(withId(R.id.search)).perform(typeText(card(TestSchool.AMARA)), pressImeActionButton());

            onView(withId(R.id.result_title)).check(matches(withText("Amara Okafor")));
            assertEquals(1, device.pending("ARRIVAL").size());
        }
    }

    @Test
    public void aReasonForLatenessGoesWithTheNextArrivalOnly() {
        try (ActivityScenario<GateActivity> gate = ActivityScenario.launch(GateActivity.class)) {
            onView(withId(R.id.reason_parent)).perform(click());
            gate.onActivity(activity -> activity.onCardScanned(card(TestSchool.DANIEL)));

            onView(withId(R.id.result_detail)).check(matches(withText("09:05 · Reason: With a parent or carer")));
            onView(withId(R.id.reason_parent)).check(matches(org.hamcrest.Matchers.not(
                    androidx.test.espresso.matcher.ViewMatchers.isChecked())));
            gate.onActivity(activity -> activity.onCardScanned(card(TestSchool.AMARA)));

            List<JournalEventEntity> arrivals = device.pending("ARRIVAL");
            assertEquals("With a parent or carer", payload(arrivals.get(0)).get("reason").getAsString());
            assertTrue("the next pupil has no reason", !payload(arrivals.get(1)).has("reason"));
        }
    }

    @Test
    public void aWrongScanIsUndoneWithinTenSecondsByAWithdrawalAndKept() {
        try (ActivityScenario<GateActivity> gate = ActivityScenario.launch(GateActivity.class)) {
            gate.onActivity(activity -> activity.onCardScanned(card(TestSchool.DANIEL)));
            device.clock.advanceSeconds(6);

            onView(withId(R.id.undo)).perform(click());

            onView(withId(R.id.result_title)).check(matches(withText("Arrival of Daniel Singh undone")));
            onView(withId(R.id.arrivals)).check(matches(hasDescendant(withText("Year 3 · Undone"))));
            onView(withId(R.id.arrivals_title)).check(matches(withText(R.string.gate_arrivals_title)));
            List<JournalEventEntity> arrivals = device.pending("ARRIVAL");
            List<JournalEventEntity> withdrawals = device.pending("ARRIVAL_WITHDRAWN");
            assertEquals("the arrival is kept, and sent with its withdrawal", 1, arrivals.size());
            assertEquals(1, withdrawals.size());
            assertEquals(arrivals.get(0).id, payload(withdrawals.get(0)).get("arrival").getAsString());
        }
    }

    @Test
    public void afterTenSecondsUndoIsGoneAndALateTapIsRefused() {
        try (ActivityScenario<GateActivity> gate = ActivityScenario.launch(GateActivity.class)) {
            gate.onActivity(activity -> activity.onCardScanned(card(TestSchool.DANIEL)));
            device.clock.advanceSeconds(11);

            // The tap lands before the screen's next tick hid the button: the repository refuses it.
            onView(withId(R.id.undo)).perform(click());
            onView(withId(R.id.result_title)).check(matches(withText(containsString("Too late to undo"))));
            assertEquals(0, device.pending("ARRIVAL_WITHDRAWN").size());

            gate.onActivity(activity -> activity.onCardScanned(card(TestSchool.AMARA)));
            device.clock.advanceSeconds(11);
            shadowOf(Looper.getMainLooper()).idleFor(Duration.ofSeconds(1));
            onView(withId(R.id.undo)).check(matches(withEffectiveVisibility(Visibility.GONE)));
        }
    }

    @Test
    public void arrivalsAreQueuedOfflineAndSentWhenTheNetworkIsBack() throws Exception {
        try (ActivityScenario<GateActivity> gate = ActivityScenario.launch(GateActivity.class)) {
            gate.onActivity(activity -> {
                activity.onCardScanned(card(TestSchool.DANIEL));
                activity.onCardScanned(card(TestSchool.AMARA));
            });
            onView(withId(R.id.sync_badge)).check(matches(withText("2 waiting to send")));
            onView(withId(R.id.arrivals)).check(matches(hasDescendant(withText("Year 3 · Waiting to send"))));
            onView(withId(R.id.arrivals_title)).check(matches(withText("2 arrivals today")));
            assertTrue("a sync waits for the network", device.waitingSyncRequests() > 0);
            assertEquals(0, device.server.pushes.get());

            device.clock.advanceSeconds(11); // past the undo window, so the arrivals may leave
            device.networkBack();

            assertEquals(0, device.pending("ARRIVAL").size());
            assertTrue(device.server.pushes.get() >= 1);
            onView(withId(R.id.sync_badge)).check(matches(withText("Synced 09:05")));
            onView(withId(R.id.arrivals)).check(matches(hasDescendant(allOf(withId(R.id.arrival_detail),
                    withText("Year 3")))));
        }
    }

    private static JsonObject payload(JournalEventEntity event) {
        return JsonParser.parseString(event.payload).getAsJsonObject();
    }
}
