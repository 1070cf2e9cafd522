package uk.registerly.app.home;

import static androidx.test.espresso.Espresso.onView;
import static androidx.test.espresso.action.ViewActions.click;
import static androidx.test.espresso.assertion.ViewAssertions.matches;
import static androidx.test.espresso.matcher.ViewMatchers.isDisplayed;
import static androidx.test.espresso.matcher.ViewMatchers.withContentDescription;
import static androidx.test.espresso.matcher.ViewMatchers.withId;
import static androidx.test.espresso.matcher.ViewMatchers.withText;
import static org.junit.Assert.assertEquals;

import static org.robolectric.Shadows.shadowOf;

import android.app.Application;
import android.content.Context;
import android.content.Intent;

import androidx.test.core.app.ActivityScenario;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;
import androidx.work.Configuration;
import androidx.work.WorkInfo;
import androidx.work.WorkManager;
import androidx.work.testing.SynchronousExecutor;
import androidx.work.testing.WorkManagerTestInitHelper;

import java.util.Collections;
import java.util.List;
import java.util.TimeZone;

import java.io.IOException;

import javax.inject.Inject;

import okhttp3.mockwebserver.MockWebServer;

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
import uk.registerly.app.enrolment.EnrolmentActivity;
import uk.registerly.app.gate.GateActivity;
import uk.registerly.app.office.OfficeActivity;
import uk.registerly.app.parent.ParentHomeActivity;
import uk.registerly.app.register.RegisterActivity;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.security.DeviceIdentityStore;
import uk.registerly.app.sync.DaggerWorkerFactory;
import uk.registerly.app.network.ServerClock;
import uk.registerly.app.testing.EnrolledDevice;
import uk.registerly.app.testing.FixedClockModule;

/**
 * The home screen, driven through Espresso: a sync asked for offline shows once the network is back.
 * The clock is {@link uk.registerly.app.testing.FixedClockModule}'s, 08:42 in London.
 */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class HomeActivityTest {
    @Rule
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);

    @Inject
    DaggerWorkerFactory workerFactory;

    @Inject
    DeviceIdentityStore identities;

    @Inject
    ServerClock serverClock;

    private MockWebServer server;

    private final Context context = ApplicationProvider.getApplicationContext();
    private TimeZone originalZone;

    @Before
    public void setUp() throws IOException {
        hilt.inject();
        server = EnrolledDevice.teacherOn(identities);
        WorkManagerTestInitHelper.initializeTestWorkManager(context, new Configuration.Builder()
                .setExecutor(new SynchronousExecutor())
                .setWorkerFactory(workerFactory)
                .build());
        originalZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/London"));
    }

    @After
    public void restoreZone() throws IOException {
        TimeZone.setDefault(originalZone);
        server.shutdown();
    }

    @Test
    public void aDeviceThatIsNotEnrolledIsSentToEnrolment() {
        identities.forget();
        try (ActivityScenario<HomeActivity> ignored = ActivityScenario.launch(HomeActivity.class)) {
            Intent next = shadowOf((Application) context).getNextStartedActivity();
            assertEquals(EnrolmentActivity.class.getName(), next.getComponent().getClassName());
        }
    }

    /**
     * The teacher's tablet opens the register, a gate device the late gate, the office its
     * follow-up lists: each over the staff home screen.
     */
    @Test
    public void eachStaffRoleLandsOnItsOwnScreenOverTheHome() {
        assertEquals(RegisterActivity.class.getName(), screenOpenedFor(DeviceIdentity.Role.TEACHER));
        assertEquals(GateActivity.class.getName(), screenOpenedFor(DeviceIdentity.Role.GATE));
        assertEquals(OfficeActivity.class.getName(), screenOpenedFor(DeviceIdentity.Role.OFFICE));
    }

    /** A parent's phone opens their children, with no English staff home under it (Back leaves the app). */
    @Test
    public void aParentsPhoneLandsOnTheirChildrenAndTheStaffHomeCloses() {
        enrolAs(DeviceIdentity.Role.PARENT);
        try (ActivityScenario<HomeActivity> home = ActivityScenario.launch(HomeActivity.class)) {
            Intent next = shadowOf((Application) context).getNextStartedActivity();
            assertEquals(ParentHomeActivity.class.getName(), next.getComponent().getClassName());
            assertEquals(androidx.lifecycle.Lifecycle.State.DESTROYED, home.getState());
        }
    }

    private void enrolAs(DeviceIdentity.Role role) {
        DeviceIdentity enrolled = identities.current();
        identities.save(new DeviceIdentity(enrolled.serverUrl(), enrolled.cleartextAllowed(), role,
                enrolled.deviceId(), enrolled.schoolId(), enrolled.schoolName(), enrolled.staffId(),
                enrolled.staffSignature(), Collections.emptyMap()), "rgd_test-token");
    }

    private String screenOpenedFor(DeviceIdentity.Role role) {
        enrolAs(role);
        try (ActivityScenario<HomeActivity> home = ActivityScenario.launch(HomeActivity.class)) {
            onView(withId(R.id.role)).check(matches(isDisplayed()));
            Intent next = shadowOf((Application) context).getNextStartedActivity();
            return next == null ? null : next.getComponent().getClassName();
        }
    }

    @Test
    public void aTabletClockMoreThanTwoMinutesOffTheServersIsFlagged() {
        long now = FixedClockModule.NOW.toEpochMilli();
        serverClock.record(now, now, FixedClockModule.NOW.plusSeconds(20 * 60)); // the server is 20 minutes ahead
        try (ActivityScenario<HomeActivity> ignored = ActivityScenario.launch(HomeActivity.class)) {
            onView(withId(R.id.clock_warning)).check(matches(withText("This tablet's clock is 20 minutes off the"
                    + " server's. Arrival times recorded here are flagged for the office; please correct the clock.")));
        }
    }

    @Test
    public void theHomeNamesTheRoleAndShowsWhatWaitsToBeSent() {
        try (ActivityScenario<HomeActivity> ignored = ActivityScenario.launch(HomeActivity.class)) {
            onView(withId(R.id.role)).check(matches(withText(R.string.home_role_teacher)));
            onView(withId(R.id.pending)).check(matches(withText(R.string.home_pending_none)));
        }
    }

    @Test
    public void showsTheAppAndThatItHasNeverSynced() {
        try (ActivityScenario<HomeActivity> ignored = ActivityScenario.launch(HomeActivity.class)) {
            onView(withText(R.string.home_welcome_title)).check(matches(isDisplayed()));
            onView(withId(R.id.sync_status)).check(matches(withText("Last synced: never")));
            onView(withId(R.id.sync_now)).check(matches(withContentDescription(R.string.home_sync_now_description)));
        }
    }

    @Test
    public void syncNowRunsWhenTheNetworkIsThereAndShowsTheTime() throws Exception {
        try (ActivityScenario<HomeActivity> ignored = ActivityScenario.launch(HomeActivity.class)) {
            onView(withId(R.id.sync_now)).perform(click());

            List<WorkInfo> pending = WorkManager.getInstance(context).getWorkInfosForUniqueWork("sync-now").get();
            assertEquals(1, pending.size());
            onView(withId(R.id.sync_status)).check(matches(withText("Last synced: never")));

            WorkManagerTestInitHelper.getTestDriver(context).setAllConstraintsMet(pending.get(0).getId());

            onView(withId(R.id.sync_status)).check(matches(withText("Last synced at 08:42")));
        }
    }
}
