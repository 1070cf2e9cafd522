package uk.registerly.app.home;

import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.io.File;
import java.io.IOException;

import javax.inject.Inject;

import okhttp3.mockwebserver.MockWebServer;

import org.junit.After;
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
import uk.registerly.app.security.DeviceIdentityStore;
import uk.registerly.app.testing.ActivityScreenshot;
import uk.registerly.app.testing.EnrolledDevice;
import uk.registerly.app.testing.Screenshots;
import uk.registerly.app.testing.ActivityScreenshot.Density;

/** Renders the home screen on a classroom tablet and on a phone, into docs/screenshots/. */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class HomeScreenshotTest {
    @Rule
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);

    @Inject
    DeviceIdentityStore identities;

    private MockWebServer server;

    @Before
    public void inject() throws IOException {
        hilt.inject();
        server = EnrolledDevice.teacherOn(identities);
    }

    @After
    public void stopServer() throws IOException {
        server.shutdown();
    }

    @Test
    public void rendersOnATabletInLandscape() {
        File png = ActivityScreenshot.capture(HomeActivity.class, 1280, 800, Density.MDPI, "home-tablet.png");
        Screenshots.assertRendered(png, 1280, 800, Screenshots.TOOLBAR);
    }

    @Test
    public void rendersOnAPhoneInPortrait() {
        File png = ActivityScreenshot.capture(HomeActivity.class, 412, 915, Density.XHDPI, "home-phone.png");
        Screenshots.assertRendered(png, 824, 1830, Screenshots.TOOLBAR);
    }
}
