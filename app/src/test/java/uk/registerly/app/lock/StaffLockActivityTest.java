package uk.registerly.app.lock;

import static androidx.test.espresso.Espresso.onView;
import static androidx.test.espresso.action.ViewActions.click;
import static androidx.test.espresso.action.ViewActions.replaceText;
import static androidx.test.espresso.assertion.ViewAssertions.doesNotExist;
import static androidx.test.espresso.assertion.ViewAssertions.matches;
import static androidx.test.espresso.matcher.ViewMatchers.isDisplayed;
import static androidx.test.espresso.matcher.ViewMatchers.withId;
import static androidx.test.espresso.matcher.ViewMatchers.withText;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import androidx.test.core.app.ActivityScenario;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.gson.JsonParser;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import dagger.hilt.EntryPoint;
import dagger.hilt.InstallIn;
import dagger.hilt.android.EntryPointAccessors;
import dagger.hilt.android.testing.HiltAndroidRule;
import dagger.hilt.android.testing.HiltAndroidTest;
import dagger.hilt.android.testing.HiltTestApplication;
import dagger.hilt.components.SingletonComponent;
import uk.registerly.app.R;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.security.StaffPins;
import uk.registerly.app.security.StaffSession;
import uk.registerly.app.testing.Accessibility;
import uk.registerly.app.testing.ScreenTestDevice;

/**
 * The lock screen through Espresso on a classroom tablet: the school's staff and nothing about a
 * pupil; a first PIN chosen twice; a wrong PIN counted; ten wrong tries send the person to the office.
 */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class, qualifiers = "w1280dp-h800dp-land")
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class StaffLockActivityTest {
    static final String BEN = "be200000-0000-4000-8000-000000000005";

    @EntryPoint
    @InstallIn(SingletonComponent.class)
    public interface Graph {
        StaffSession staffSession();

        StaffPins staffPins();
    }

    @Rule(order = 0)
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);
    @Rule(order = 1)
    public final ScreenTestDevice device = new ScreenTestDevice(Role.TEACHER);

    private StaffSession session;
    private StaffPins pins;

    @Before
    public void moreStaff() {
        device.roster.apply("STAFF", JsonParser.parseString("{\"id\":\"" + BEN + "\",\"name\":\"Ben Okoro\","
                + "\"position\":\"Teaching Assistant\"}").getAsJsonObject());
        Graph graph = EntryPointAccessors.fromApplication(device.context, Graph.class);
        session = graph.staffSession();
        pins = graph.staffPins();
    }

    @Test
    public void theLockShowsTheStaffAndNoPupilAndAFirstPinIsChosenTwice() {
        try (ActivityScenario<StaffLockActivity> scenario = ActivityScenario.launch(StaffLockActivity.class)) {
            onView(withText("Who is using this tablet?")).check(matches(isDisplayed()));
            onView(withText("Alice Patel")).check(matches(isDisplayed()));
            onView(withText("Ben Okoro")).check(matches(isDisplayed()));
            for (String pupil : new String[] {"Amara", "Amara Okafor", "Daniel Singh", "Elsie Brown", "Finn Walsh"}) {
                onView(withText(pupil)).check(doesNotExist());
            }
            scenario.onActivity(activity -> assertTrue(Accessibility.assertControlsLabelledAndLargeEnough(
                    activity.getWindow().getDecorView()) >= 2));

            onView(withText("Ben Okoro")).perform(click());
            onView(withText("Choose a 6-digit PIN for this tablet")).check(matches(isDisplayed()));
            onView(withId(R.id.lock_pin)).perform(replaceText("250913"));
            onView(withId(R.id.lock_submit)).perform(click());
            onView(withText("Type the same PIN again")).check(matches(isDisplayed()));
            onView(withId(R.id.lock_pin)).perform(replaceText("250913"));
            onView(withId(R.id.lock_submit)).perform(click());

            assertEquals(BEN, session.current().staffId);
            assertTrue(pins.hasPin(BEN));
            scenario.onActivity(activity -> assertTrue("unlocked: the lock goes", activity.isFinishing()));
        }
    }

    @Test
    public void aWrongPinIsCountedAndTheTenthBlocksItUntilTheOfficeResetsIt() {
        pins.set(BEN, "250913".toCharArray());
        try (ActivityScenario<StaffLockActivity> ignored = ActivityScenario.launch(StaffLockActivity.class)) {
            onView(withText("Ben Okoro")).perform(click());
            onView(withText("Type your staff PIN")).check(matches(isDisplayed()));
            onView(withId(R.id.lock_pin)).perform(replaceText("111111"));
            onView(withId(R.id.lock_submit)).perform(click());
            onView(withText("That PIN is not right. 9 tries left before this tablet blocks it."))
                    .check(matches(isDisplayed()));
            assertNull(session.current());

            long now = device.clock.millis();
            for (int i = 0; i < 9; i++) {
                now += 10 * 60_000L;
                pins.check(BEN, "111111".toCharArray(), now);
            }
            device.clock.set(java.time.Instant.ofEpochMilli(now));
            onView(withId(R.id.lock_someone_else)).perform(click());
            onView(withText("Ben Okoro")).perform(click());
            onView(withText(R.string.lock_blocked)).check(matches(isDisplayed()));
            onView(withId(R.id.lock_pin)).check(matches(org.hamcrest.Matchers.not(isDisplayed())));
        }
    }
}
