package uk.registerly.app.home;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import android.graphics.Bitmap;
import android.graphics.BitmapFactory;
import android.graphics.Color;

import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.io.File;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

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
import uk.registerly.app.testing.ActivityScreenshot.Density;

/** Renders the home screen on a classroom tablet and on a phone, into docs/screenshots/. */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class HomeScreenshotTest {
    /** The toolbar's colorPrimaryContainer in the light theme. */
    private static final int TOOLBAR = Color.parseColor("#9CF1F0");

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
        assertRendered(png, 1280, 800);
    }

    @Test
    public void rendersOnAPhoneInPortrait() {
        File png = ActivityScreenshot.capture(HomeActivity.class, 412, 915, Density.XHDPI, "home-phone.png");
        assertRendered(png, 824, 1830);
    }

    /** Decodes the file and checks it is the screen drawn, not a blank or a wrong-size bitmap. */
    private static void assertRendered(File png, int widthPx, int heightPx) {
        assertTrue(png + " was not written", png.isFile());
        Bitmap bitmap = BitmapFactory.decodeFile(png.getPath());
        assertEquals(widthPx, bitmap.getWidth());
        assertEquals(heightPx, bitmap.getHeight());

        Set<Integer> colours = new HashSet<>();
        boolean toolbarDrawn = false;
        for (int y = 0; y < heightPx; y += 2) {
            for (int x = 0; x < widthPx; x += 2) {
                int pixel = bitmap.getPixel(x, y);
                colours.add(pixel);
                toolbarDrawn |= pixel == TOOLBAR;
            }
        }
        assertTrue("the Material 3 toolbar is missing from " + png, toolbarDrawn);
        assertTrue("only " + colours.size() + " colours: text was not drawn in " + png, colours.size() > 20);
    }
}
