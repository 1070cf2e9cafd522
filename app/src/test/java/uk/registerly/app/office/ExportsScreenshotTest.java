package uk.registerly.app.office;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import android.content.Context;
import android.graphics.Bitmap;
import android.view.View;
import android.widget.TextView;

import androidx.fragment.app.FragmentActivity;
import androidx.lifecycle.ViewModelProvider;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.util.function.Consumer;

import okhttp3.mockwebserver.MockResponse;

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
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.testing.ActivityScreenshot;
import uk.registerly.app.testing.ActivityScreenshot.Density;
import uk.registerly.app.testing.ScreenChecks;
import uk.registerly.app.testing.ScreenTestDevice;
import uk.registerly.app.testing.Screenshots;

/**
 * The office's Exports (issue 17) on a classroom-size tablet (the two files side by side) and on a
 * phone (one above the other), after the census return has arrived from the (mock) server, ready to
 * share; written to docs/screenshots/ and checked for labelled 48 dp controls and unclipped text.
 */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class ExportsScreenshotTest {
    private static final String BRITISH = "en-rGB";
    private static final String CENSUS = "/api/v1/exports/census?term=autumn&year=2026&format=csv";
    private static final String FILE = "census-attendance-autumn-2026.csv";

    @Rule(order = 0)
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);
    @Rule(order = 1)
    public final ScreenTestDevice device = new ScreenTestDevice(Role.OFFICE);

    private final Context context = ApplicationProvider.getApplicationContext();

    private void censusReady() {
        device.server.answer(CENSUS, new MockResponse()
                .setHeader("Content-Type", "text/csv; charset=utf-8")
                .setHeader("Content-Disposition", "attachment; filename=\"" + FILE + "\"")
                .setBody("UPN,PupilMisId,Surname,Forename,NCYearActual,TermlySessionsPossible\n"
                        + "T999200118001,P0001,Okafor,Amara,3,110\n"));
    }

    /** Asks for the census return as the office would (the network runs on the test's thread). */
    private static void askForCensus(FragmentActivity activity) {
        activity.findViewById(R.id.exports_census).performClick();
        // The answer is posted to the main thread, as it is from the network thread on a tablet.
        org.robolectric.Shadows.shadowOf(android.os.Looper.getMainLooper()).idle();
    }

    private static void assertReady(FragmentActivity activity) {
        TextView status = activity.findViewById(R.id.exports_status);
        assertTrue(status.getText().toString(), status.getText().toString().contains(FILE));
        assertEquals(View.VISIBLE, activity.findViewById(R.id.exports_share).getVisibility());
        ExportsUiState state = new ViewModelProvider(activity).get(ExportsViewModel.class).state().getValue();
        assertTrue(state.last.file.isFile());
    }

    @Test
    public void theCensusReturnReadyToShareOnATablet() {
        censusReady();
        Bitmap shot = shot(1280, 800, "office-exports-tablet.png", activity -> {
            askForCensus(activity);
            assertReady(activity);
        });
        assertTrue("the toolbar is drawn", Screenshots.contains(shot, Screenshots.TOOLBAR, 0, 0, 1280, 120));
    }

    @Test
    public void theCensusReturnReadyToShareOnAPhone() {
        censusReady();
        shot(412, 915, "office-exports-phone.png", activity -> {
            askForCensus(activity);
            assertReady(activity);
        });
    }

    @Test
    public void aRefusalIsExplainedInTheServersWords() {
        device.server.answer(CENSUS, new MockResponse().setResponseCode(409).setHeader("Content-Type", "application/json")
                .setBody("{\"error\":\"conflict\",\"message\":\"the school's URN, LA code and establishment number are"
                        + " not set\",\"serverTime\":\"2026-09-07T07:42:00Z\"}"));
        shot(1280, 800, "office-exports-refused-tablet.png", activity -> {
            askForCensus(activity);
            TextView status = activity.findViewById(R.id.exports_status);
            assertTrue(status.getText().toString(), status.getText().toString().contains("URN, LA code"));
            assertEquals(View.GONE, activity.findViewById(R.id.exports_share).getVisibility());
        });
    }

    /** Issue 17 item 2: one pupil's CTF, chosen by name; the button waits for a whole pupil's line. */
    @Test
    public void onePupilsCtfIsChosenByNameAndFetchedForThatPupil() {
        String path = "/api/v1/exports/ctf?pupil=" + uk.registerly.app.testing.TestSchool.DANIEL;
        String name = "999200_CTF_MMMMMMM_001.XML";
        device.server.answer(path, new MockResponse().setHeader("Content-Type", "application/xml")
                .setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .setBody("<?xml version=\"1.0\"?><CTfile><Header/></CTfile>"));
        shot(1280, 800, "office-exports-pupil-ctf-tablet.png", activity -> {
            android.widget.AutoCompleteTextView field = activity.findViewById(R.id.exports_pupil);
            View button = activity.findViewById(R.id.exports_pupil_ctf);
            field.setText("Daniel");
            assertFalse("half a name names no one", button.isEnabled());
            android.widget.ListAdapter choices = field.getAdapter();
            String daniel = null;
            for (int i = 0; i < choices.getCount(); i++) {
                if (choices.getItem(i).toString().startsWith("Daniel Singh")) {
                    daniel = choices.getItem(i).toString();
                }
            }
            assertTrue("Daniel is offered", daniel != null);
            field.setText(daniel);
            assertTrue(button.isEnabled());
            button.performClick();
            org.robolectric.Shadows.shadowOf(android.os.Looper.getMainLooper()).idle();
            TextView status = activity.findViewById(R.id.exports_status);
            assertTrue(status.getText().toString(), status.getText().toString().contains(name));
            assertEquals(View.VISIBLE, activity.findViewById(R.id.exports_share).getVisibility());
            assertTrue("asked for that pupil", device.server.paths.contains("/api/v1/exports/ctf"));
        });
    }

    private Bitmap shot(int width, int height, String file, Consumer<FragmentActivity> prepare) {
        return Screenshots.assertRendered(ActivityScreenshot.of(OfficeActivity.intent(context, OfficeSection.EXPORTS))
                .size(width, height, Density.MDPI).qualifiers(BRITISH)
                .prepare(activity -> prepare.accept((FragmentActivity) activity))
                .check(ScreenChecks::assertUsable).capture(file), width, height, Screenshots.TOOLBAR);
    }
}
