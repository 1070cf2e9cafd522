package uk.registerly.app.lock;

import static org.junit.Assert.assertTrue;

import android.content.Intent;
import android.widget.TextView;

import androidx.activity.ComponentActivity;
import androidx.lifecycle.ViewModelProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.gson.JsonParser;

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
import uk.registerly.app.testing.Accessibility;
import uk.registerly.app.testing.ActivityScreenshot;
import uk.registerly.app.testing.ActivityScreenshot.Density;
import uk.registerly.app.testing.ScreenChecks;
import uk.registerly.app.testing.ScreenTestDevice;
import uk.registerly.app.testing.Screenshots;

/** The staff PIN lock on a classroom tablet (a name chosen, its PIN step beside the list) and on a phone. */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class LockScreenshotTest {
    @Rule(order = 0)
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);
    @Rule(order = 1)
    public final ScreenTestDevice device = new ScreenTestDevice(Role.TEACHER);

    @Before
    public void moreStaff() {
        String[][] staff = {{StaffLockActivityTest.BEN, "Ben Okoro", "Teaching Assistant"},
                {"5a11e000-0000-4000-8000-000000000006", "Sally Evans", "Head Teacher"},
                {"0ff1ce00-0000-4000-8000-000000000009", "Rita Anand", "Attendance Officer"}};
        for (String[] member : staff) {
            device.roster.apply("STAFF", JsonParser.parseString("{\"id\":\"" + member[0] + "\",\"name\":\""
                    + member[1] + "\",\"position\":\"" + member[2] + "\"}").getAsJsonObject());
        }
    }

    @Test
    public void rendersOnATabletWithANameChosen() {
        File png = ActivityScreenshot.of(new Intent(device.context, StaffLockActivity.class))
                .size(1280, 800, Density.MDPI)
                .prepare(activity -> {
                    StaffLockViewModel viewModel = new ViewModelProvider((ComponentActivity) activity)
                            .get(StaffLockViewModel.class);
                    viewModel.choose(viewModel.uiState().getValue().staff.get(0));
                })
                .check(activity -> {
                    assertTrue(((TextView) activity.findViewById(R.id.lock_chosen)).getText().toString()
                            .contains("Alice Patel"));
                    assertTrue(Accessibility.assertControlsLabelledAndLargeEnough(
                            activity.getWindow().getDecorView()) >= 4);
                    ScreenChecks.assertUsable(activity);
                })
                .capture("lock-tablet.png");
        Screenshots.assertRendered(png, 1280, 800, Screenshots.TOOLBAR);
    }

    @Test
    public void rendersOnAPhone() {
        File png = ActivityScreenshot.of(new Intent(device.context, StaffLockActivity.class))
                .size(412, 915, Density.XHDPI)
                .check(ScreenChecks::assertUsable)
                .capture("lock-phone.png");
        Screenshots.assertRendered(png, 824, 1830, Screenshots.TOOLBAR);
    }
}
