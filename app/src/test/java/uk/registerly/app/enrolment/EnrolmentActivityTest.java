package uk.registerly.app.enrolment;

import static androidx.test.espresso.Espresso.onView;
import static androidx.test.espresso.action.ViewActions.click;
import static androidx.test.espresso.action.ViewActions.closeSoftKeyboard;
import static androidx.test.espresso.action.ViewActions.replaceText;
import static androidx.test.espresso.assertion.ViewAssertions.matches;
import static androidx.test.espresso.matcher.ViewMatchers.hasDescendant;
import static androidx.test.espresso.matcher.ViewMatchers.withId;
import static androidx.test.espresso.matcher.ViewMatchers.withText;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.app.Application;
import android.content.Context;
import android.content.Intent;
import android.graphics.Bitmap;
import android.graphics.BitmapFactory;
import android.widget.CompoundButton;
import android.widget.TextView;

import com.google.android.material.textfield.TextInputLayout;

import androidx.test.core.app.ActivityScenario;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;
import androidx.work.Configuration;
import androidx.work.testing.SynchronousExecutor;
import androidx.work.testing.WorkManagerTestInitHelper;

import java.io.File;
import java.io.IOException;

import javax.inject.Inject;

import okhttp3.mockwebserver.MockWebServer;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import org.robolectric.annotation.SQLiteMode;
import org.robolectric.shadows.ShadowLooper;

import dagger.hilt.android.testing.HiltAndroidRule;
import dagger.hilt.android.testing.HiltAndroidTest;
import dagger.hilt.android.testing.HiltTestApplication;
import uk.registerly.app.R;
import uk.registerly.app.home.HomeActivity;
import uk.registerly.app.security.DeviceIdentityStore;
import uk.registerly.app.sync.DaggerWorkerFactory;
import uk.registerly.app.testing.AcceptingServer;
import uk.registerly.app.testing.ActivityScreenshot;
import uk.registerly.app.testing.ScreenChecks;
import uk.registerly.app.testing.Screenshots;

/** The first-run screen through Espresso: errors on the right field, success opens the home screen. */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class EnrolmentActivityTest {
    /** The whole form fits, so Espresso can press every control. */
    private static final String PORTRAIT_TABLET = "w800dp-h1280dp-port-mdpi";

    @Rule
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);

    @Inject
    DeviceIdentityStore identities;

    @Inject
    DaggerWorkerFactory workerFactory;

    private final Context context = ApplicationProvider.getApplicationContext();
    private final MockWebServer server = new MockWebServer();

    @Before
    public void setUp() throws IOException {
        hilt.inject();
        WorkManagerTestInitHelper.initializeTestWorkManager(context, new Configuration.Builder()
                .setExecutor(new SynchronousExecutor()).setWorkerFactory(workerFactory).build());
        server.start();
    }

    @After
    public void tearDown() throws IOException {
        server.shutdown();
    }

    @Test
    public void anAddressWithoutHttpsIsRefusedOnTheAddressField() {
        RuntimeEnvironment.setQualifiers(PORTRAIT_TABLET);
        try (ActivityScenario<EnrolmentActivity> ignored = ActivityScenario.launch(EnrolmentActivity.class)) {
            onView(withId(R.id.server)).perform(replaceText("http://192.168.1.20:8080"), closeSoftKeyboard());
            onView(withId(R.id.code)).perform(replaceText("DEMO-TEACHER-1"), closeSoftKeyboard());
            onView(withId(R.id.enrol)).perform(click());
            ShadowLooper.idleMainLooper();

            onView(withId(R.id.server_layout)).check(matches(hasDescendant(withText(
                    "The address must start with https:// (only a local demo server may use http://)."))));
            assertEquals(0, server.getRequestCount());
        }
    }

    @Test
    public void aSuccessfulEnrolmentOpensTheHomeScreen() {
        RuntimeEnvironment.setQualifiers(PORTRAIT_TABLET);
        server.enqueue(AcceptingServer.json("{\"deviceId\":\"2fa9\",\"token\":\"rgd_kmZl\",\"role\":\"GATE\","
                + "\"school\":{\"id\":\"9866\",\"name\":\"Registerly Demo Primary\"}}").setResponseCode(201));
        try (ActivityScenario<EnrolmentActivity> ignored = ActivityScenario.launch(EnrolmentActivity.class)) {
            onView(withId(R.id.server)).perform(replaceText(server.url("/").toString()), closeSoftKeyboard());
            onView(withId(R.id.demo_server)).perform(click());
            onView(withId(R.id.code)).perform(replaceText("DEMO-GATE"), closeSoftKeyboard());
            onView(withId(R.id.enrol)).perform(click());
            ShadowLooper.idleMainLooper();

            Intent next = shadowOf((Application) context).getNextStartedActivity();
            assertEquals(HomeActivity.class.getName(), next.getComponent().getClassName());
            assertEquals("rgd_kmZl", identities.token());
        }
    }

    /** A Polish parent's phone: the whole screen in Polish, the sign-in wording, an error in Polish on its field. */
    @Test
    public void aParentSignsInInPolish() {
        Screenshots.assertRendered(ActivityScreenshot.of(new Intent(context, EnrolmentActivity.class))
                .size(412, 915, ActivityScreenshot.Density.MDPI).qualifiers("pl-rPL")
                .prepare(activity -> {
                    ((TextView) activity.findViewById(R.id.server)).setText("https://rejestr.millbrook.sch.uk");
                    ((CompoundButton) activity.findViewById(R.id.parent)).setChecked(true);
                    activity.findViewById(R.id.enrol).performClick(); // no code yet: asked for, no call made
                })
                .check(activity -> {
                    ScreenChecks.assertUsable(activity);
                    assertEquals("Zaloguj się", ((TextView) activity.findViewById(R.id.enrol)).getText().toString());
                    assertEquals("Kod zaproszenia", ((TextInputLayout) activity.findViewById(R.id.code_layout))
                            .getHint().toString());
                    assertEquals("Wpisz kod zaproszenia z listu od szkoły.",
                            ((TextInputLayout) activity.findViewById(R.id.code_layout)).getError().toString());
                })
                .capture("parent-sign-in-phone-pl.png"), 412, 915, Screenshots.TOOLBAR);
        assertEquals(0, server.getRequestCount());
    }

    @Test
    public void rendersOnATabletAndAPhone() {
        for (String[] shot : new String[][] {{"1280", "800", "enrolment-tablet.png"}, {"412", "915", "enrolment-phone.png"}}) {
            File png = ActivityScreenshot.capture(EnrolmentActivity.class, Integer.parseInt(shot[0]),
                    Integer.parseInt(shot[1]), ActivityScreenshot.Density.MDPI, shot[2]);
            Bitmap bitmap = BitmapFactory.decodeFile(png.getPath());
            assertEquals(Integer.parseInt(shot[0]), bitmap.getWidth());
            assertEquals(Integer.parseInt(shot[1]), bitmap.getHeight());
            // The Material 3 toolbar (colorPrimaryContainer) is drawn across the top.
            assertEquals(android.graphics.Color.parseColor("#9CF1F0"), bitmap.getPixel(bitmap.getWidth() / 2, 10));
            assertTrue(png.length() > 5_000);
        }
    }
}
