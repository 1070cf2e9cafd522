package uk.registerly.app.transfer;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.content.Context;
import android.content.Intent;
import android.os.Looper;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;

import androidx.test.core.app.ActivityScenario;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.android.material.textfield.TextInputEditText;
import com.google.android.material.textfield.TextInputLayout;

import java.util.function.BooleanSupplier;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import org.robolectric.annotation.SQLiteMode;

import dagger.hilt.android.testing.HiltAndroidRule;
import dagger.hilt.android.testing.HiltAndroidTest;
import dagger.hilt.android.testing.HiltTestApplication;
import uk.registerly.app.R;
import uk.registerly.app.office.record.RecordPanel;
import uk.registerly.app.office.record.RecordPanelActivity;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.testing.AcceptingServer;
import uk.registerly.app.testing.ActivityScreenshot;
import uk.registerly.app.testing.ActivityScreenshot.Density;
import uk.registerly.app.testing.ScreenChecks;
import uk.registerly.app.testing.ScreenTestDevice;
import uk.registerly.app.testing.Screenshots;
import uk.registerly.app.testing.TestSchool;

/**
 * Issue 17 on the office tablet: a pupil's record shows the UPN and the years an earlier school's CTF gave (from
 * the server, read-only), takes a typed UPN after the rules' check on the device (a wrong check letter never
 * leaves the tablet), shows the server's refusal in its words, and says so when the server cannot be reached.
 */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class PreviousSchoolsPanelTest {
    private static final String PRIOR = "/api/v1/pupils/" + TestSchool.DANIEL + "/prior-schools";
    private static final String UPN = "/api/v1/pupils/" + TestSchool.DANIEL + "/upn";

    @Rule(order = 0)
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);
    @Rule(order = 1)
    public final ScreenTestDevice device = new ScreenTestDevice(Role.OFFICE);

    private final Context context = ApplicationProvider.getApplicationContext();

    @Before
    public void anImportedCtf() {
        device.server.answer(PRIOR, AcceptingServer.json("{\"pupil\":\"" + TestSchool.DANIEL + "\",\"upn\":null,"
                + "\"years\":[{\"year\":2024,\"lea\":\"999\",\"estab\":\"2001\",\"schoolName\":\"Oakfield Primary\","
                + "\"possible\":320,\"authorised\":12,\"attended\":300,\"unauthorised\":8,"
                + "\"startDate\":\"2024-09-04\",\"marks\":\"\"}]}"));
    }

    private Intent panel() {
        return RecordPanelActivity.intent(context, RecordPanel.PREVIOUS_SCHOOLS, TestSchool.DANIEL);
    }

    private static void await(String what, BooleanSupplier condition) {
        long until = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("timed out waiting for " + what);
            }
            shadowOf(Looper.getMainLooper()).idle();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String text(View root, int id) {
        return ((TextView) root.findViewById(id)).getText().toString();
    }

    @Test
    public void theCtfsYearsAndTheMissingUpnAreShownReadOnly() {
        try (ActivityScenario<RecordPanelActivity> scenario = ActivityScenario.launch(panel())) {
            scenario.onActivity(activity -> {
                View root = activity.findViewById(android.R.id.content);
                LinearLayout years = root.findViewById(R.id.transfer_years);
                await("the years", () -> years.getChildCount() == 1);
                assertEquals(context.getString(R.string.transfer_no_upn), text(root, R.id.transfer_upn_current));
                View year = years.getChildAt(0);
                assertEquals("2024/25 · Oakfield Primary (999 2001)", text(year, R.id.transfer_year_school));
                assertEquals("Attended 93.8% (300 of 320 sessions); 12 authorised and 8 unauthorised absences",
                        text(year, R.id.transfer_year_figures));
                assertEquals(View.GONE, root.findViewById(R.id.transfer_problem).getVisibility());
            });
        }
    }

    @Test
    public void aUpnWithTheWrongCheckLetterIsRefusedOnTheTabletAndNothingIsSent() {
        try (ActivityScenario<RecordPanelActivity> scenario = ActivityScenario.launch(panel())) {
            scenario.onActivity(activity -> {
                View root = activity.findViewById(android.R.id.content);
                await("the record", () -> ((LinearLayout) root.findViewById(R.id.transfer_years)).getChildCount() == 1);
                ((TextInputEditText) root.findViewById(R.id.transfer_upn)).setText("A801200005001");
                root.findViewById(R.id.transfer_upn_save).performClick();
                TextInputLayout layout = root.findViewById(R.id.transfer_upn_layout);
                await("the field's error", () -> layout.getError() != null);
                assertTrue(layout.getError().toString(), layout.getError().toString()
                        .contains("wrong check letter: A where the digits give B"));
                assertFalse("nothing was sent", device.server.paths.contains(UPN));
            });
        }
    }

    @Test
    public void aValidUpnIsStoredByTheServerAndItsRefusalIsShownInItsWords() {
        device.server.answer(UPN, AcceptingServer.json("{\"error\":\"conflict\",\"message\":\"UPN 'B801200005001' "
                + "is already held by another pupil; nothing was changed\"}").setResponseCode(409));
        try (ActivityScenario<RecordPanelActivity> scenario = ActivityScenario.launch(panel())) {
            scenario.onActivity(activity -> {
                View root = activity.findViewById(android.R.id.content);
                await("the record", () -> ((LinearLayout) root.findViewById(R.id.transfer_years)).getChildCount() == 1);
                ((TextInputEditText) root.findViewById(R.id.transfer_upn)).setText(" b801200005001 ");
                root.findViewById(R.id.transfer_upn_save).performClick();
                TextInputLayout layout = root.findViewById(R.id.transfer_upn_layout);
                await("the server's refusal", () -> layout.getError() != null);
                assertEquals("UPN 'B801200005001' is already held by another pupil; nothing was changed",
                        layout.getError().toString());
                int put = device.server.paths.indexOf(UPN);
                assertTrue("the UPN was sent", put >= 0);
                assertEquals("sent as the rules read it", "{\"upn\":\"B801200005001\"}", device.server.bodies.get(put));
            });
        }
    }

    @Test
    public void offlineTheScreenSaysSoAndTriesAgain() {
        device.server.answer(PRIOR, new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
        try (ActivityScenario<RecordPanelActivity> scenario = ActivityScenario.launch(panel())) {
            scenario.onActivity(activity -> {
                View root = activity.findViewById(android.R.id.content);
                await("the offline message", () -> root.findViewById(R.id.transfer_problem).getVisibility() == View.VISIBLE);
                assertTrue(text(root, R.id.transfer_problem).contains("cannot reach the school's server"));
                View retry = root.findViewById(R.id.transfer_retry);
                assertEquals(View.VISIBLE, retry.getVisibility());
                anImportedCtf();
                retry.performClick();
                await("the years after trying again",
                        () -> ((LinearLayout) root.findViewById(R.id.transfer_years)).getChildCount() == 1);
                assertEquals(View.GONE, root.findViewById(R.id.transfer_problem).getVisibility());
            });
        }
    }

    @Test
    public void previousSchoolsOnATabletAndAPhone() {
        for (int[] size : new int[][] {{1280, 800}, {412, 915}}) {
            String file = "office-previous-schools-" + (size[0] > 1000 ? "tablet" : "phone") + ".png";
            Screenshots.assertRendered(ActivityScreenshot.of(panel()).size(size[0], size[1], Density.MDPI)
                    .qualifiers("en-rGB")
                    .prepare(activity -> await("the years", () -> ((LinearLayout) activity
                            .findViewById(R.id.transfer_years)).getChildCount() == 1))
                    .check(ScreenChecks::assertUsable).capture(file), size[0], size[1], Screenshots.TOOLBAR);
        }
    }
}
