package uk.registerly.app.register;

import static org.junit.Assert.assertTrue;
import static uk.registerly.app.testing.Screenshots.ABSENT;
import static uk.registerly.app.testing.Screenshots.LATE;
import static uk.registerly.app.testing.Screenshots.PRESENT;
import static uk.registerly.app.testing.Screenshots.TOOLBAR;

import android.content.Context;
import android.content.Intent;
import android.graphics.Color;
import android.view.View;
import android.widget.EditText;

import android.widget.TextView;

import androidx.recyclerview.widget.LinearLayoutManager;
import androidx.recyclerview.widget.RecyclerView;

import com.google.android.material.appbar.AppBarLayout;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.io.File;
import java.time.Instant;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import org.robolectric.annotation.SQLiteMode;
import org.robolectric.shadows.ShadowDialog;

import dagger.hilt.android.testing.HiltAndroidRule;
import dagger.hilt.android.testing.HiltAndroidTest;
import dagger.hilt.android.testing.HiltTestApplication;
import uk.registerly.app.R;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.testing.Accessibility;
import uk.registerly.app.testing.ActivityScreenshot.Density;
import uk.registerly.app.testing.ActivityScreenshot;
import uk.registerly.app.testing.ScreenTestDevice;
import uk.registerly.app.testing.Screenshots;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.app.testing.TextFit;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * The register drawn by the real Android graphics stack, into docs/screenshots/: a classroom tablet,
 * a phone, a phone at the largest text size (where no row text may be cut off), and an amendment.
 */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class RegisterScreenshotTest {

    @Rule(order = 0)
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);
    @Rule(order = 1)
    public final ScreenTestDevice device = new ScreenTestDevice(Role.TEACHER);

    @Before
    public void setUp() {
        RegisterScenes.fullClass(device.roster);
        RegisterScenes.morningInProgress(device.register, device.database, device.clock);
    }

    private static Intent register(Context context) {
        return new Intent(context, RegisterActivity.class);
    }

    @Test
    public void theRegisterOnAClassroomTablet() {
        int[] controls = new int[1];
        File png = ActivityScreenshot.of(register(device.context)).size(1280, 800, Density.MDPI)
                .check(activity -> controls[0] = Accessibility.assertControlsLabelledAndLargeEnough(
                        activity.getWindow().getDecorView()))
                .capture("register-tablet.png");

        assertTrue("the rows' buttons, the header and mark all were checked: " + controls[0], controls[0] > 30);

        Screenshots.assertRendered(png, 1280, 800, TOOLBAR, PRESENT, ABSENT, LATE);
    }

    @Test
    public void theRegisterOnAPhone() {
        File png = ActivityScreenshot.of(register(device.context)).size(412, 915, Density.XHDPI)
                .check(activity -> Accessibility.assertControlsLabelledAndLargeEnough(activity.getWindow().getDecorView()))
                .capture("register-phone.png");

        Screenshots.assertRendered(png, 824, 1830, TOOLBAR, LATE, ABSENT);
    }

    /** 200% text on a phone, the hardest case: every row's text wraps, none is cut off or pushed off screen. */
    @Test
    public void atTheLargestTextSizeNoRowTextIsCutOff() {
        int[] rowsChecked = new int[1];
        File png = ActivityScreenshot.of(register(device.context)).size(412, 915, Density.XHDPI).fontScale(2f)
                // With the status and navigation bars counted (edge to edge, testing.SystemBars), the
                // header fills a phone's first screen at 200% text: rows show once it is scrolled away.
                .prepare(activity -> ((AppBarLayout) activity.findViewById(R.id.register_app_bar)).setExpanded(false, false))
                .check(activity -> {
                    for (View row : wholeRowsOnScreen(activity)) {
                        TextFit.assertNoClippedText(row, activity.findViewById(R.id.register_list));
                        rowsChecked[0]++;
                    }
                    TextFit.assertNoClippedText(activity.findViewById(R.id.mark_all), activity.findViewById(R.id.mark_all));
                    TextFit.assertNoClippedText(activity.findViewById(R.id.register_summary),
                            activity.findViewById(R.id.register_summary));
                })
                .capture("register-phone-large-text.png");

        assertTrue("at least one whole row is on the screen", rowsChecked[0] >= 1);
        Screenshots.assertRendered(png, 824, 1830, TOOLBAR);
    }

    /** Scrolled to the longest name, header tucked away as after a flick: the name wraps, nothing is cut. */
    @Test
    public void theLongestNameWrapsAtTheLargestTextSize() {
        boolean[] seen = new boolean[1];
        File png = ActivityScreenshot.of(register(device.context)).size(412, 915, Density.XHDPI).fontScale(2f)
                .prepare(activity -> {
                    ((AppBarLayout) activity.findViewById(R.id.register_app_bar)).setExpanded(false, false);
                    RecyclerView list = activity.findViewById(R.id.register_list);
                    // Brown, Chaudhry, Evans, then Fitzgerald-Montgomery.
                    ((LinearLayoutManager) list.getLayoutManager()).scrollToPositionWithOffset(3, 0);
                })
                .check(activity -> {
                    for (View row : wholeRowsOnScreen(activity)) {
                        if (row.getContentDescription().toString().startsWith("Oluwaseun-Adebayo")) {
                            TextView name = row.findViewById(R.id.name);
                            assertTrue("the name wraps rather than being cut", name.getLineCount() > 1);
                            TextFit.assertNoClippedText(row, activity.findViewById(R.id.register_list));
                            seen[0] = true;
                        }
                    }
                })
                .capture("register-phone-large-text-long-name.png");

        assertTrue("the long name's row is wholly on screen", seen[0]);
        Screenshots.assertRendered(png, 824, 1830, TOOLBAR);
    }

    /** Register rows the screen shows from top to bottom (the list extends under the bottom bar while the header is out). */
    private static java.util.List<View> wholeRowsOnScreen(android.app.Activity activity) {
        RecyclerView list = activity.findViewById(R.id.register_list);
        View bottomBar = activity.findViewById(R.id.register_summary);
        int[] barAt = new int[2];
        bottomBar.getLocationInWindow(barAt);
        java.util.List<View> rows = new java.util.ArrayList<>();
        for (int i = 0; i < list.getChildCount(); i++) {
            View row = list.getChildAt(i);
            int[] at = new int[2];
            row.getLocationInWindow(at);
            if (at[1] >= 0 && at[1] + row.getHeight() <= barAt[1]) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    public void anAmendmentAfterTheRegisterClosed() {
        device.clock.set(Instant.parse("2026-09-07T08:30:00Z")); // 09:30
        File png = ActivityScreenshot.of(register(device.context)).size(1280, 800, Density.MDPI)
                .prepare(activity -> {
                    RegisterActivity screen = (RegisterActivity) activity;
                    screen.choose(TestSchool.ELSIE, AttendanceCode.PRESENT_AM); // marked L at 08:56
                    screen.getSupportFragmentManager().executePendingTransactions();
                    EditText reason = ShadowDialog.getLatestDialog().findViewById(R.id.amend_reason);
                    reason.setText("Was in the music room at registration");
                })
                .check(activity -> assertTrue("the amendment dialog is open", ShadowDialog.getLatestDialog().isShowing()))
                .capture("register-amendment-tablet.png");

        android.graphics.Bitmap bitmap = Screenshots.assertRendered(png, 1280, 800);
        int dimmedToolbar = bitmap.getPixel(4, 4);
        assertTrue("the toolbar is behind a scrim", Color.green(dimmedToolbar) < Color.green(TOOLBAR)
                && Color.green(dimmedToolbar) > 0x60);
        int dialog = bitmap.getPixel(640, 400);
        assertTrue("the dialog is drawn in the middle", Color.red(dialog) > 0xD0 && Color.green(dialog) > 0xD0);
    }
}
