package uk.registerly.app.gate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import android.content.Context;
import android.content.Intent;
import android.graphics.Bitmap;
import android.graphics.BitmapFactory;
import android.graphics.Color;
import android.widget.EditText;

import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import javax.inject.Inject;

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
import uk.registerly.app.R;
import uk.registerly.app.data.attendance.ArrivalRecorded;
import uk.registerly.app.data.attendance.OfflineFirstAttendanceRepository;
import uk.registerly.app.data.roster.RosterChangeApplier;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.security.DeviceIdentityStore;
import uk.registerly.app.sync.DaggerWorkerFactory;
import uk.registerly.app.testing.ActivityScreenshot;
import uk.registerly.app.testing.ActivityScreenshot.Density;
import uk.registerly.app.testing.ScreenTestDevice;
import uk.registerly.app.testing.Screenshots;
import uk.registerly.app.testing.TestDataLayer;
import uk.registerly.app.testing.TestSchool;

/** The late gate and the card sheet on a tablet, drawn by the real graphics stack into docs/screenshots/. */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class GateScreenshotTest {
    private static final int TOOLBAR = Color.parseColor("#9CF1F0");
    private static final int PRESENT = Color.parseColor("#C8E6C9");
    private static final int ABSENT = Color.parseColor("#F9DEDC");
    private static final int LATE = Color.parseColor("#FFE08C");

    @Rule
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);

    @Inject
    DeviceIdentityStore identities;
    @Inject
    RosterChangeApplier roster;
    @Inject
    DaggerWorkerFactory workers;
    @Inject
    OfflineFirstAttendanceRepository attendance;
    @Inject
    TestDataLayer.MutableClock clock;

    private final Context context = ApplicationProvider.getApplicationContext();
    private ScreenTestDevice device;

    @Before
    public void setUp() throws IOException {
        hilt.inject();
        device = ScreenTestDevice.enrol(Role.GATE, context, identities, roster, workers);
        roster.apply("PUPIL", TestSchool.pupil("66666666-0000-4000-8000-000000000066", "P0010", "Priya", "Chaudhry",
                "3", TestSchool.CLASS_3A));
        roster.apply("PUPIL", TestSchool.pupil("77777777-0000-4000-8000-000000000077", "P0011", "Jacob", "Evans",
                "4", TestSchool.CLASS_4A));
    }

    @After
    public void tearDown() throws IOException {
        device.close();
    }

    /** This morning so far: one on time, one late, one after the register closed, one undone. */
    private void morningQueue() {
        clock.set(Instant.parse("2026-09-07T07:49:00Z"));
        attendance.recordArrival(TestSchool.AMARA);
        clock.set(Instant.parse("2026-09-07T08:02:00Z"));
        attendance.recordArrival(TestSchool.FINN, "Transport problem");
        clock.set(Instant.parse("2026-09-07T08:03:00Z"));
        ArrivalRecorded wrong = attendance.recordArrival("77777777-0000-4000-8000-000000000077");
        attendance.undoArrival(wrong.eventId);
        clock.set(Instant.parse("2026-09-07T08:05:00Z"));
    }

    private Intent gate() {
        return new Intent(context, GateActivity.class);
    }

    @Test
    public void aScanShowsTheMarkAtOnceBesideTodaysArrivals() {
        morningQueue();
        File png = ActivityScreenshot.of(gate()).size(1280, 800, Density.MDPI)
                .prepare(activity -> {
                    activity.findViewById(R.id.reason_parent).performClick();
                    ((GateActivity) activity).onCardScanned(PupilCardCodec.encode(TestSchool.SCHOOL, TestSchool.DANIEL));
                })
                .capture("gate-scan-tablet.png");

        Screenshots.assertRendered(png, 1280, 800, TOOLBAR, PRESENT, LATE);
    }

    @Test
    public void aCardOfAnotherSchoolAndANameSearch() {
        morningQueue();
        clock.set(Instant.parse("2026-09-07T08:20:00Z")); // 09:20: after the register closed
        attendance.recordArrival(TestSchool.ELSIE);
        File png = ActivityScreenshot.of(gate()).size(1280, 800, Density.MDPI)
                .prepare(activity -> {
                    ((GateActivity) activity).onCardScanned(
                            PupilCardCodec.encode("5c1e0000-0000-4000-8000-0000000000aa", TestSchool.DANIEL));
                    ((EditText) activity.findViewById(R.id.search)).setText("Ch");
                })
                .capture("gate-refused-and-search-tablet.png");

        Screenshots.assertRendered(png, 1280, 800, TOOLBAR, ABSENT, LATE);
    }

    /** The card sheet on screen is what prints: its first code must read back as its pupil's card. */
    @Test
    public void aClassesCardsReadyToPrint() throws Exception {
        File png = ActivityScreenshot.of(new Intent(context, CardsActivity.class)
                        .putExtra(CardsActivity.EXTRA_CLASS_ID, TestSchool.CLASS_3A))
                .size(1280, 800, Density.MDPI)
                .capture("cards-tablet.png");

        Bitmap bitmap = Screenshots.assertRendered(png, 1280, 800, TOOLBAR);
        Bitmap firstCard = Bitmap.createBitmap(bitmap, 0, 64, 1280 / 3, 320);
        int[] pixels = new int[firstCard.getWidth() * firstCard.getHeight()];
        firstCard.getPixels(pixels, 0, firstCard.getWidth(), 0, 0, firstCard.getWidth(), firstCard.getHeight());
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, Collections.singletonList(BarcodeFormat.QR_CODE));
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        String read = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(
                firstCard.getWidth(), firstCard.getHeight(), pixels))), hints).getText();
        // Sorted by last name: Elsie Brown's card comes first.
        assertEquals(TestSchool.ELSIE, PupilCardCodec.decode(read, TestSchool.SCHOOL).pupilId);
        assertTrue(BitmapFactory.decodeFile(png.getPath()) != null);
    }
}
