package uk.registerly.app.lock;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import android.app.Activity;
import android.app.Application;
import android.content.Intent;
import android.view.WindowManager;

import androidx.lifecycle.Lifecycle;
import androidx.test.core.app.ActivityScenario;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Shadows;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import dagger.hilt.EntryPoint;
import dagger.hilt.InstallIn;
import dagger.hilt.android.EntryPointAccessors;
import dagger.hilt.android.testing.HiltAndroidRule;
import dagger.hilt.android.testing.HiltAndroidTest;
import dagger.hilt.android.testing.HiltTestApplication;
import dagger.hilt.components.SingletonComponent;
import uk.registerly.app.gate.CardsActivity;
import uk.registerly.app.home.HomeActivity;
import uk.registerly.app.register.RegisterActivity;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.security.SignedInStaff;
import uk.registerly.app.security.StaffSession;
import uk.registerly.app.testing.ScreenTestDevice;
import uk.registerly.app.testing.TestSchool;

/**
 * The guard every screen of a teacher's tablet passes (issue 13, section 2): FLAG_SECURE on every
 * window (no screenshot, no recents thumbnail), the lock over a screen while nobody is signed in,
 * and signing out after 5 minutes untouched, when the screen turns off and in the background.
 */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class, qualifiers = "w1280dp-h800dp-land")
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class ScreenGuardTest {
    static final SignedInStaff ALICE = new SignedInStaff(TestSchool.TEACHER, "Alice Patel", "Class Teacher");

    @EntryPoint
    @InstallIn(SingletonComponent.class)
    public interface Graph {
        ScreenGuard screenGuard();

        StaffSession staffSession();
    }

    @Rule(order = 0)
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);
    @Rule(order = 1)
    public final ScreenTestDevice device = new ScreenTestDevice(Role.TEACHER);

    private ScreenGuard guard;
    private StaffSession session;

    @Before
    public void registerTheGuard() {
        Graph graph = EntryPointAccessors.fromApplication(device.context, Graph.class);
        guard = graph.screenGuard();
        session = graph.staffSession();
        guard.register((Application) device.context);
    }

    @Test
    public void everyScreenWithPupilDataIsFlagSecureSoNoScreenshotOrRecentsThumbnailShowsAPupil() {
        for (Class<? extends Activity> screen : java.util.Arrays.<Class<? extends Activity>>asList(
                RegisterActivity.class, HomeActivity.class, StaffLockActivity.class)) {
            assertSecure(screen, new Intent(device.context, screen));
        }
        assertSecure(CardsActivity.class, new Intent(device.context, CardsActivity.class)
                .putExtra(CardsActivity.EXTRA_CLASS_ID, TestSchool.CLASS_3A));
    }

    @Test
    public void theRegisterIsCoveredByTheLockUntilSomeoneSignsIn() {
        try (ActivityScenario<RegisterActivity> scenario = ActivityScenario.launch(RegisterActivity.class)) {
            assertEquals(StaffLockActivity.class.getName(), nextStarted(scenario).getComponent().getClassName());
        }
    }

    @Test
    public void someoneSignedInSeesTheRegisterUntilFiveMinutesPassUntouched() {
        session.signIn(ALICE, device.clock.millis());
        try (ActivityScenario<RegisterActivity> scenario = ActivityScenario.launch(RegisterActivity.class)) {
            assertNull("signed in: no lock", nextStarted(scenario));

            device.clock.advanceSeconds(4 * 60 + 59);
            guard.checkIdle();
            assertNotNull("4:59 untouched: still signed in", session.current());

            device.clock.advanceSeconds(1);
            guard.checkIdle();
            assertNull("5 minutes untouched: signed out", session.current());
            assertEquals(StaffLockActivity.class.getName(), nextStarted(scenario).getComponent().getClassName());
        }
    }

    @Test
    public void theScreenTurningOffSignsOut() {
        session.signIn(ALICE, device.clock.millis());
        try (ActivityScenario<RegisterActivity> ignored = ActivityScenario.launch(RegisterActivity.class)) {
            device.context.sendBroadcast(new Intent(Intent.ACTION_SCREEN_OFF));
            Shadows.shadowOf(android.os.Looper.getMainLooper()).idle();
            assertNull(session.current());
        }
    }

    @Test
    public void theAppGoingToTheBackgroundSignsOut() {
        session.signIn(ALICE, device.clock.millis());
        try (ActivityScenario<RegisterActivity> scenario = ActivityScenario.launch(RegisterActivity.class)) {
            scenario.moveToState(Lifecycle.State.CREATED); // stopped: no screen of the app is started
            assertNull(session.current());
        }
    }

    @Test
    public void theIdleTimesAreFiveMinutesForATeacherAndTwoForTheOffice() {
        assertEquals(5 * 60_000L, LockPolicy.idleMillis(Role.TEACHER));
        assertEquals(2 * 60_000L, LockPolicy.idleMillis(Role.OFFICE));
        assertTrue(LockPolicy.needsPin(Role.OFFICE, RegisterActivity.class));
        assertTrue(!LockPolicy.needsPin(Role.TEACHER, StaffLockActivity.class));
        assertTrue(!LockPolicy.needsPin(Role.PARENT, RegisterActivity.class));
    }

    private static <A extends Activity> Intent nextStarted(ActivityScenario<A> scenario) {
        AtomicReference<Intent> started = new AtomicReference<>();
        scenario.onActivity(activity -> started.set(Shadows.shadowOf(activity).getNextStartedActivity()));
        return started.get();
    }

    private static <A extends Activity> void assertSecure(Class<A> screen, Intent intent) {
        try (ActivityScenario<A> scenario = ActivityScenario.launch(intent)) {
            scenario.onActivity(activity -> assertTrue(screen.getSimpleName() + " is FLAG_SECURE",
                    (activity.getWindow().getAttributes().flags & WindowManager.LayoutParams.FLAG_SECURE) != 0));
        }
    }
}
