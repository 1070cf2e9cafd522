package uk.registerly.app.lock;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import android.app.Application;
import android.content.Intent;
import android.view.WindowManager;

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

import dagger.hilt.android.EntryPointAccessors;
import dagger.hilt.android.testing.HiltAndroidRule;
import dagger.hilt.android.testing.HiltAndroidTest;
import dagger.hilt.android.testing.HiltTestApplication;
import uk.registerly.app.gate.CardsActivity;
import uk.registerly.app.gate.GateActivity;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.security.StaffSession;
import uk.registerly.app.testing.ScreenTestDevice;
import uk.registerly.app.testing.TestSchool;

/**
 * The gate is a kiosk: pupils queue, so arrivals need no PIN; every other screen on a gate device
 * (cards, the staff screens behind it) does, and going back to the kiosk signs the person out.
 */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class, qualifiers = "w1280dp-h800dp-land")
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class GateKioskTest {
    @Rule(order = 0)
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);
    @Rule(order = 1)
    public final ScreenTestDevice device = new ScreenTestDevice(Role.GATE);

    private StaffSession session;

    @Before
    public void registerTheGuard() {
        ScreenGuardTest.Graph graph = EntryPointAccessors.fromApplication(device.context, ScreenGuardTest.Graph.class);
        session = graph.staffSession();
        graph.screenGuard().register((Application) device.context);
    }

    @Test
    public void theKioskRecordsArrivalsWithoutAPinAndSignsOutWhoeverUsedAStaffScreen() {
        session.signIn(ScreenGuardTest.ALICE, device.clock.millis());
        try (ActivityScenario<GateActivity> scenario = ActivityScenario.launch(GateActivity.class)) {
            AtomicReference<Intent> started = new AtomicReference<>();
            scenario.onActivity(activity -> {
                started.set(Shadows.shadowOf(activity).getNextStartedActivity());
                assertTrue((activity.getWindow().getAttributes().flags & WindowManager.LayoutParams.FLAG_SECURE) != 0);
            });
            assertTrue("no lock over the kiosk", started.get() == null
                    || !StaffLockActivity.class.getName().equals(started.get().getComponent().getClassName()));
            assertNull("back at the kiosk: signed out", session.current());
        }
    }

    @Test
    public void cardPrintingOnAGateNeedsAStaffPin() {
        try (ActivityScenario<CardsActivity> scenario = ActivityScenario.launch(new Intent(device.context,
                CardsActivity.class).putExtra(CardsActivity.EXTRA_CLASS_ID, TestSchool.CLASS_3A))) {
            AtomicReference<Intent> started = new AtomicReference<>();
            scenario.onActivity(activity -> started.set(Shadows.shadowOf(activity).getNextStartedActivity()));
            assertEquals(StaffLockActivity.class.getName(), started.get().getComponent().getClassName());
        }
    }
}
