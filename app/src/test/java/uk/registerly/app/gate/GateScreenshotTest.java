package uk.registerly.app.gate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static uk.registerly.app.testing.Screenshots.ABSENT;
import static uk.registerly.app.testing.Screenshots.LATE;
import static uk.registerly.app.testing.Screenshots.PRESENT;
import static uk.registerly.app.testing.Screenshots.TOOLBAR;

import android.content.Intent;
import android.graphics.Bitmap;
import android.graphics.BitmapFactory;
import android.widget.EditText;

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

import dagger.hilt.android.testing.HiltAndroidRule;
import dagger.hilt.android.testing.HiltAndroidTest;
import dagger.hilt.android.testing.HiltTestApplication;
import uk.registerly.app.R;
import uk.registerly.app.data.attendance.ArrivalRecorded;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.testing.Accessibility;
import uk.registerly.app.testing.ActivityScreenshot.Density;
import uk.registerly.app.testing.ActivityScreenshot;
import uk.registerly.app.testing.ScreenTestDevice;
import uk.registerly.app.testing.Screenshots;
import uk.registerly.app.testing.TestSchool;

/** The late gate and the card sheet on a tablet, drawn by the real graphics stack into docs/screenshots/. */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class GateScreenshotTest {

    @Rule(order = 0)
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);
    @Rule(order = 1)
    public final ScreenTestDevice device = new ScreenTestDevice(Role.GATE);

    @Before
    public void setUp() {
        device.roster.apply("PUPIL", TestSchool.pupil("66666666-0000-4000-8000-000000000066", "P0010", "Priya", "Chaudhry",
                "3", TestSchool.CLASS_3A));
        device.roster.apply("PUPIL", TestSchool.pupil("77777777-0000-4000-8000-000000000077", "P0011", "Jacob", "Evans",
                "4", TestSchool.CLASS_4A));
    }

    /** This morning so far: one on time, one late, one after the register closed, one undone. */
    private void morningQueue() {
        device.clock.set(Instant.parse("2026-09-07T07:49:00Z"));
        device.arrivals.recordArrival(TestSchool.AMARA);
        device.clock.set(Instant.parse("2026-09-07T08:02:00Z"));
        device.arrivals.recordArrival(TestSchool.FINN, "Transport problem");
        device.clock.set(Instant.parse("2026-09-07T08:03:00Z"));
        ArrivalRecorded wrong = device.arrivals.recordArrival("77777777-0000-4000-8000-000000000077");
        device.arrivals.undoArrival(wrong.eventId);
        device.clock.set(Instant.parse("2026-09-07T08:05:00Z"));
    }

    private Intent gate() {
        return new Intent(device.context, GateActivity.class);
    }

    @Test
    public void aScanShowsTheMarkAtOnceBesideTodaysArrivals() {
        morningQueue();
        File png = ActivityScreenshot.of(gate()).size(1280, 800, Density.MDPI)
                .prepare(activity -> {
                    activity.findViewById(R.id.reason_parent).performClick();
                    ((GateActivity) activity).onCardScanned(PupilCardCodec.encode(TestSchool.SCHOOL, TestSchool.DANIEL));
                })
                .check(activity -> assertTrue(Accessibility.assertControlsLabelledAndLargeEnough(
                        activity.getWindow().getDecorView()) > 6))
                .capture("gate-scan-tablet.png");

        Screenshots.assertRendered(png, 1280, 800, TOOLBAR, PRESENT, LATE);
    }

    @Test
    public void aCardOfAnotherSchoolAndANameSearch() {
        morningQueue();
        device.clock.set(Instant.parse("2026-09-07T08:20:00Z")); // 09:20: after the register closed
        device.arrivals.recordArrival(TestSchool.ELSIE);
        File png = ActivityScreenshot.of(gate()).size(1280, 800, Density.MDPI)
                .prepare(activity -> {
                    ((GateActivity) activity).onCardScanned(
                            PupilCardCodec.encode("5c1e0000-0000-4000-8000-0000000000aa", TestSchool.DANIEL));
                    ((EditText) activity.findViewById(R.id.search)).setText("Ch");
                })
                .check(activity -> Accessibility.assertControlsLabelledAndLargeEnough(activity.getWindow().getDecorView()))
                .capture("gate-refused-and-search-tablet.png");

        Screenshots.assertRendered(png, 1280, 800, TOOLBAR, ABSENT, LATE);
    }

    /** The card sheet on screen is what prints: its first code must read back as its pupil's card. */
    @Test
    public void aClassesCardsReadyToPrint() throws Exception {
        File png = ActivityScreenshot.of(new Intent(device.context, CardsActivity.class)
                        .putExtra(CardsActivity.EXTRA_CLASS_ID, TestSchool.CLASS_3A))
                .size(1280, 800, Density.MDPI)
                .check(activity -> Accessibility.assertControlsLabelledAndLargeEnough(activity.getWindow().getDecorView()))
                .capture("cards-tablet.png");

        Bitmap bitmap = Screenshots.assertRendered(png, 1280, 800, TOOLBAR);
        Bitmap firstCard = Bitmap.createBitmap(bitmap, 0, 64, 1280 / 3, 320);
        String read = QrCodes.read(firstCard);
        // Sorted by last name: Elsie Brown's card comes first.
        assertEquals(TestSchool.ELSIE, PupilCardCodec.decode(read, TestSchool.SCHOOL).pupilId);
        assertTrue(BitmapFactory.decodeFile(png.getPath()) != null);
    }
}
