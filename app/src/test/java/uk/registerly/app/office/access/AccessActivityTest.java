package uk.registerly.app.office.access;

import static androidx.test.espresso.Espresso.onView;
import static androidx.test.espresso.action.ViewActions.click;
import static androidx.test.espresso.assertion.ViewAssertions.matches;
import static androidx.test.espresso.matcher.RootMatchers.isDialog;
import static androidx.test.espresso.matcher.ViewMatchers.isDisplayed;
import static androidx.test.espresso.matcher.ViewMatchers.withContentDescription;
import static androidx.test.espresso.matcher.ViewMatchers.withId;
import static androidx.test.espresso.matcher.ViewMatchers.withText;
import static org.junit.Assert.assertTrue;

import android.content.Intent;

import androidx.test.core.app.ActivityScenario;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.io.File;

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
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.testing.AcceptingServer;
import uk.registerly.app.testing.ActivityScreenshot;
import uk.registerly.app.testing.ActivityScreenshot.Density;
import uk.registerly.app.testing.ScreenChecks;
import uk.registerly.app.testing.ScreenTestDevice;
import uk.registerly.app.testing.Screenshots;
import uk.registerly.app.testing.TestSchool;

/** The office's cover and parents' accounts against the server's answers (MockWebServer), on a tablet and a phone. */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class, qualifiers = "w1280dp-h800dp-land")
@SQLiteMode(SQLiteMode.Mode.NATIVE)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class AccessActivityTest {
    private static final String COVER = "{\"id\":\"c0000000-0000-4000-8000-000000000001\",\"classId\":\""
            + TestSchool.CLASS_4A + "\",\"className\":\"4A\",\"staffId\":\"" + TestSchool.TEACHER
            + "\",\"staffName\":\"Alice Patel\",\"staffPosition\":\"Class Teacher\",\"from\":\"2026-09-07\","
            + "\"to\":\"2026-09-11\",\"createdAt\":\"2026-09-07T07:00:00Z\"}";

    @Rule(order = 0)
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);
    @Rule(order = 1)
    public final ScreenTestDevice device = new ScreenTestDevice(Role.OFFICE);

    @Before
    public void theServerHoldsACoverAndAParent() {
        device.server.answer("/api/v1/cover?from=2026-09-07", AcceptingServer.json("{\"covers\":[" + COVER + "]}"));
        device.server.answer("/api/v1/parents", AcceptingServer.json("{\"parents\":[{\"parentId\":"
                + "\"9a7e0000-0000-4000-8000-000000000077\",\"createdAt\":\"2026-09-01T07:00:00Z\",\"revoked\":false,"
                + "\"guardians\":[{\"guardianId\":\"" + TestSchool.GRACE + "\",\"name\":\"Grace Singh\","
                + "\"linkedAt\":\"2026-09-01T07:00:00Z\"}]}]}"));
        device.server.answer("/api/v1/cover", AcceptingServer.json(COVER).setResponseCode(201));
        device.server.answer("/api/v1/parents/9a7e0000-0000-4000-8000-000000000077/revoke",
                AcceptingServer.json("{\"parentId\":\"9a7e0000-0000-4000-8000-000000000077\",\"revoked\":true}"));
    }

    @Test
    public void listsCoverAndParentsAssignsACoverAndRevokesAnAccountAfterAConfirmation() {
        try (ActivityScenario<AccessActivity> ignored = ActivityScenario.launch(AccessActivity.class)) {
            onView(withText(org.hamcrest.Matchers.startsWith("Alice Patel takes 4A · Mon"))).check(matches(isDisplayed()));
            onView(withText("Grace Singh")).check(matches(isDisplayed()));

            onView(withId(R.id.access_assign)).perform(click());
            assertTrue(device.server.bodies.stream().anyMatch(body -> body.contains("\"classId\":\"")
                    && body.contains("\"from\":\"2026-09-07\"") && body.contains("\"to\":\"2026-09-07\"")));

            onView(withContentDescription("Revoke the account of Grace Singh")).perform(click());
            onView(withText(R.string.access_revoke)).inRoot(isDialog()).perform(click());
            assertTrue(device.server.paths.contains("/api/v1/parents/9a7e0000-0000-4000-8000-000000000077/revoke"));
        }
    }

    @Test
    public void rendersOnATabletAndAPhone() {
        File tablet = ActivityScreenshot.of(new Intent(device.context, AccessActivity.class))
                .size(1280, 800, Density.MDPI).check(ScreenChecks::assertUsable).capture("office-access-tablet.png");
        Screenshots.assertRendered(tablet, 1280, 800, Screenshots.TOOLBAR);
        File phone = ActivityScreenshot.of(new Intent(device.context, AccessActivity.class))
                .size(412, 915, Density.XHDPI).check(ScreenChecks::assertUsable).capture("office-access-phone.png");
        Screenshots.assertRendered(phone, 824, 1830, Screenshots.TOOLBAR);
    }
}
