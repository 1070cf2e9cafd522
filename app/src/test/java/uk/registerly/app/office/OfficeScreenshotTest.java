package uk.registerly.app.office;

import static org.junit.Assert.assertTrue;

import android.content.Context;
import android.content.Intent;
import android.graphics.Bitmap;
import android.graphics.Canvas;
import android.graphics.Color;
import android.graphics.Paint;

import androidx.core.content.ContextCompat;
import androidx.fragment.app.Fragment;
import androidx.fragment.app.FragmentActivity;
import androidx.lifecycle.ViewModelProvider;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.function.Consumer;

import okhttp3.mockwebserver.MockResponse;
import okio.Buffer;

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
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.app.data.journal.EventPayloads.ContactOutcome;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.testing.ActivityScreenshot;
import uk.registerly.app.testing.ActivityScreenshot.Density;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.testing.PulledEvents;
import uk.registerly.app.testing.ScreenTestDevice;
import uk.registerly.app.testing.ScreenChecks;
import uk.registerly.app.testing.Screenshots;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * The office's screens on a classroom-size tablet (1280x800 dp, landscape), each with a line
 * selected so the list and its detail show side by side, and on a phone (412x915 dp: the list, or
 * a line's detail over it), written to docs/screenshots/; each checked for labelled 48 dp
 * controls, unclipped text and no text over text.
 */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class OfficeScreenshotTest {
    private static final LocalDate MON = LocalDate.of(2026, 9, 7);
    private static final String YUSUF = "55555555-0000-4000-8000-000000000055";
    private static final String MIA = "66666666-0000-4000-8000-000000000066";
    private static final String LEO = "77777777-0000-4000-8000-000000000077";
    private static final String OLIVIA = "88888888-0000-4000-8000-000000000088";
    private static final String LEOS_CARD = "e7d1a000-0000-4000-8000-000000000001";
    private static final int CARD_BLUE = Color.rgb(21, 101, 192);

    /** An office in England: British English, London time. */
    private static final String BRITISH = "en-rGB";

    @Rule(order = 0)
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);
    @Rule(order = 1)
    public final ScreenTestDevice device = new ScreenTestDevice(Role.OFFICE);

    private final Context context = ApplicationProvider.getApplicationContext();
    private PulledEvents pulled;

    @Before
    public void setUp() {
        pulled = new PulledEvents(device.database);
        TestSchool.danielsContacts(device.roster);
        device.roster.apply("PUPIL", TestSchool.pupil(YUSUF, "P0005", "Yusuf", "Khan", "3", TestSchool.CLASS_3A));
        device.roster.apply("PUPIL", TestSchool.pupil(MIA, "P0006", "Mia", "Kowalska", "4", TestSchool.CLASS_4A));
        device.roster.apply("PUPIL", TestSchool.pupil(LEO, "P0007", "Leo", "Harris", "4", TestSchool.CLASS_4A));
        device.roster.apply("PUPIL", TestSchool.pupil(OLIVIA, "P0008", "Olivia", "Green", "3", TestSchool.CLASS_3A));
        TestSchool.guardian(device.roster, "9a4d0000-0000-4000-8000-0000000000a3", "Aisha Khan", "Mother",
                "07700 900789", YUSUF);
        TestSchool.guardian(device.roster, "9a4d0000-0000-4000-8000-0000000000a4", "Piotr Kowalski", "Father",
                "07700 900321", MIA);
    }

    /** 09:40 on Monday 7 September: the morning's Ns, a call already made, reports and a leave request. */
    private void morning() {
        device.clock.set(Instant.parse("2026-09-07T08:40:00Z"));
        for (String pupil : new String[] {TestSchool.DANIEL, YUSUF, MIA}) {
            pulled.mark(pupil, MON, Session.AM, AttendanceCode.N);
        }
        for (String pupil : new String[] {TestSchool.AMARA, TestSchool.ELSIE, TestSchool.FINN, LEO, OLIVIA}) {
            pulled.mark(pupil, MON, Session.AM, AttendanceCode.PRESENT_AM);
        }
        LocalDateTime call = MON.atTime(9, 25);
        pulled.add(EventType.CONTACT_ATTEMPT, EventPayloads.contactAttempt(TestSchool.DANIEL, MON,
                ContactOutcome.NO_ANSWER, "Grace Singh (Mother)", call), call);
        pulled.add(EventType.ABSENCE_REPORT, EventPayloads.absenceReport(TestSchool.ELSIE, MON, MON.plusDays(1),
                EnumSet.allOf(Session.class), AbsenceCategory.ILLNESS, "Tummy bug since last night", null),
                MON.atTime(7, 5));
        pulled.add(EventType.ABSENCE_REPORT, EventPayloads.absenceReport(TestSchool.ELSIE, MON, MON,
                EnumSet.of(Session.AM), AbsenceCategory.ILLNESS, "Elsie is poorly", null), MON.atTime(7, 40));
        pulled.add(EventType.ABSENCE_REPORT, EventPayloads.absenceReport(LEO, MON.plusDays(2), MON.plusDays(2),
                EnumSet.of(Session.AM), AbsenceCategory.MEDICAL_APPOINTMENT, "Orthodontist at 9:30",
                LEOS_CARD), MON.atTime(7, 15));
        pulled.add(EventType.ABSENCE_REPORT, EventPayloads.absenceReport(OLIVIA, MON.plusDays(4),
                MON.plusDays(4), EnumSet.allOf(Session.class), AbsenceCategory.OTHER, "Family wedding", null),
                MON.atTime(8, 5));
        pulled.add(EventType.LEAVE_REQUEST, EventPayloads.leaveRequest(TestSchool.AMARA,
                LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 12), EnumSet.allOf(Session.class),
                "Grandmother's funeral in Lagos"), MON.atTime(7, 0));
        pulled.add(EventType.LEAVE_REQUEST, EventPayloads.leaveRequest(TestSchool.FINN, MON.plusDays(10),
                MON.plusDays(14), EnumSet.allOf(Session.class), "Family holiday, cheaper flights"), MON.atTime(7, 30));
    }

    /** Friday 16 October, 12:00: six weeks of registers with the rules' follow-up duties. */
    private void sixWeeksIn() {
        device.clock.set(Instant.parse("2026-10-16T11:00:00Z"));
        LocalDate first = LocalDate.of(2026, 9, 2);
        LocalDate thursday = LocalDate.of(2026, 10, 15);
        for (String pupil : new String[] {TestSchool.ELSIE, LEO, OLIVIA, MIA}) {
            pulled.markDays(pupil, first, thursday, AttendanceCode.PRESENT_AM, AttendanceCode.PRESENT_PM);
        }
        pulled.markDays(TestSchool.DANIEL, first, LocalDate.of(2026, 9, 25), AttendanceCode.PRESENT_AM,
                AttendanceCode.PRESENT_PM);
        pulled.markDays(TestSchool.DANIEL, LocalDate.of(2026, 9, 28), thursday, AttendanceCode.N,
                AttendanceCode.N);
        pulled.markDays(TestSchool.FINN, first, LocalDate.of(2026, 9, 22), AttendanceCode.I, AttendanceCode.I);
        pulled.markDays(TestSchool.FINN, LocalDate.of(2026, 9, 23), thursday, AttendanceCode.PRESENT_AM,
                AttendanceCode.PRESENT_PM);
        pulled.markDays(YUSUF, first, LocalDate.of(2026, 10, 5), AttendanceCode.PRESENT_AM,
                AttendanceCode.PRESENT_PM);
        pulled.markDays(YUSUF, LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 9), AttendanceCode.O,
                AttendanceCode.O);
        pulled.markDays(YUSUF, LocalDate.of(2026, 10, 12), thursday, AttendanceCode.PRESENT_AM,
                AttendanceCode.PRESENT_PM);
        pulled.markDays(TestSchool.AMARA, first, LocalDate.of(2026, 10, 2), AttendanceCode.PRESENT_AM,
                AttendanceCode.PRESENT_PM);
        pulled.markDays(TestSchool.AMARA, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6),
                AttendanceCode.N, AttendanceCode.PRESENT_PM);
        pulled.markDays(TestSchool.AMARA, LocalDate.of(2026, 10, 7), thursday, AttendanceCode.PRESENT_AM,
                AttendanceCode.PRESENT_PM);
        LocalDateTime amended = LocalDate.of(2026, 10, 8).atTime(10, 12);
        pulled.add(EventType.AMENDMENT, EventPayloads.amendment(TestSchool.AMARA, LocalDate.of(2026, 10, 6),
                Session.AM, AttendanceCode.M, amended, "Dental appointment letter seen", TestSchool.OFFICE_SIGNATURE),
                amended);
    }

    /** The screen at classroom-tablet size, prepared (a line selected), checked to be drawn. */
    private Bitmap tablet(Intent intent, String file, Consumer<FragmentActivity> prepare) {
        return Screenshots.assertRendered(ActivityScreenshot.of(intent).size(1280, 800, Density.MDPI)
                .qualifiers(BRITISH).prepare(activity -> prepare.accept((FragmentActivity) activity))
                .check(ScreenChecks::assertUsable).capture(file), 1280, 800, Screenshots.TOOLBAR);
    }

    /** The screen at phone size, prepared, checked to be drawn. */
    private Bitmap phone(Intent intent, String file, Consumer<FragmentActivity> prepare) {
        return Screenshots.assertRendered(ActivityScreenshot.of(intent).size(412, 915, Density.MDPI)
                .qualifiers(BRITISH).prepare(activity -> prepare.accept((FragmentActivity) activity))
                .check(ScreenChecks::assertUsable).capture(file), 412, 915, Screenshots.TOOLBAR);
    }

    private static <T extends androidx.lifecycle.ViewModel> T shared(FragmentActivity activity, Class<T> type) {
        return new ViewModelProvider(activity).get(type);
    }

    /** The detail pane (right of the list) holds drawn content, not just its background. */
    private static void assertDetailShown(Bitmap bitmap) {
        int colours = Screenshots.coloursIn(bitmap, 560, 200, 1270, 700);
        assertTrue("the detail pane is empty (" + colours + " colours)", colours > 10);
    }

    @Test
    public void callingListBesideTheSelectedPupil() {
        morning();
        Bitmap shot = tablet(OfficeActivity.intent(context, OfficeSection.CALLING), "office-calling-tablet.png",
                activity -> shared(activity, CallingViewModel.class).select(TestSchool.DANIEL));
        assertDetailShown(shot);
        assertTrue("the N tags are drawn in the unexplained colour", Screenshots.contains(shot,
                ContextCompat.getColor(context, R.color.mark_unexplained), 0, 120, 500, 500));
    }

    @Test
    public void callingListOnAPhone() {
        morning();
        Bitmap shot = phone(OfficeActivity.intent(context, OfficeSection.CALLING), "office-calling-phone.png",
                activity -> { });
        assertTrue("the N tags are drawn in the unexplained colour", Screenshots.contains(shot,
                ContextCompat.getColor(context, R.color.mark_unexplained), 0, 100, 412, 600));
    }

    @Test
    public void aReportsPhotoOnAPhone() {
        morning();
        device.server.answer("/api/v1/evidence/" + LEOS_CARD, new MockResponse()
                .setHeader("Content-Type", "image/jpeg").setBody(new Buffer().write(appointmentCard())));
        String leos = InboxViewModelTestIds.firstReport(device.database, LEO);
        Bitmap shot = phone(OfficeActivity.intent(context, OfficeSection.INBOX), "office-inbox-photo-phone.png",
                activity -> {
                    InboxViewModel inbox = shared(activity, InboxViewModel.class);
                    inbox.select(leos);
                    inbox.viewPhoto(LEOS_CARD);
                });
        assertTrue("the card's blue heading is drawn", Screenshots.contains(shot, CARD_BLUE, 0, 150, 412, 915));
    }

    /** A photographed appointment card, as a parent's phone would have sent it. */
    private static byte[] appointmentCard() {
        Bitmap card = Bitmap.createBitmap(800, 500, Bitmap.Config.ARGB_8888);
        Canvas canvas = new Canvas(card);
        canvas.drawColor(Color.rgb(250, 248, 240));
        Paint paint = new Paint(Paint.ANTI_ALIAS_FLAG);
        paint.setColor(CARD_BLUE);
        canvas.drawRect(0, 0, 800, 110, paint);
        paint.setColor(Color.WHITE);
        paint.setTextSize(52);
        canvas.drawText("Millbrook Orthodontics", 40, 75, paint);
        paint.setColor(Color.rgb(40, 40, 40));
        paint.setTextSize(40);
        canvas.drawText("Appointment card", 40, 190, paint);
        canvas.drawText("Patient: Leo Harris", 40, 270, paint);
        canvas.drawText("Wednesday 9 September, 09:30", 40, 340, paint);
        canvas.drawText("Dr A. Mensah", 40, 410, paint);
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        card.compress(Bitmap.CompressFormat.JPEG, 90, jpeg);
        return jpeg.toByteArray();
    }

    @Test
    public void reportsInboxBesideTheMergedReports() {
        morning();
        String elsies = InboxViewModelTestIds.firstReport(device.database, TestSchool.ELSIE);
        Bitmap shot = tablet(OfficeActivity.intent(context, OfficeSection.INBOX), "office-inbox-tablet.png",
                activity -> shared(activity, InboxViewModel.class).select(elsies));
        assertDetailShown(shot);
    }

    @Test
    public void leaveRequestsBesideTheRulesChecks() {
        morning();
        String amaras = InboxViewModelTestIds.firstOf(device.database, EventType.LEAVE_REQUEST, TestSchool.AMARA);
        Bitmap shot = tablet(OfficeActivity.intent(context, OfficeSection.LEAVE), "office-leave-tablet.png",
                activity -> shared(activity, OfficeLeaveViewModel.class).select(amaras));
        assertDetailShown(shot);
        assertTrue("a passed check is drawn in green", Screenshots.contains(shot,
                ContextCompat.getColor(context, R.color.mark_present), 560, 200, 1270, 700));
    }

    @Test
    public void worklistsBesideAPupilsRecord() {
        sixWeeksIn();
        Bitmap shot = tablet(OfficeActivity.intent(context, OfficeSection.WORKLISTS), "office-worklists-tablet.png",
                activity -> shared(activity, WorklistsViewModel.class).select(TestSchool.DANIEL));
        assertDetailShown(shot);
        assertTrue("the record beside the lists shows Daniel's N marks", Screenshots.contains(shot,
                ContextCompat.getColor(context, R.color.mark_unexplained), 560, 200, 1270, 800));
    }

    @Test
    public void aPupilsRecordWithAnAmendedMarksHistory() {
        sixWeeksIn();
        Bitmap shot = tablet(PupilRecordActivity.intent(context, TestSchool.AMARA), "office-pupil-record-tablet.png",
                activity -> {
                    Fragment record = activity.getSupportFragmentManager().findFragmentById(R.id.record);
                    new ViewModelProvider(record).get(PupilRecordViewModel.class).select(
                            SchoolSession.of(LocalDate.of(2026, 10, 6), Session.AM));
                });
        assertTrue("the amended M is drawn in the authorised colour", Screenshots.contains(shot,
                ContextCompat.getColor(context, R.color.mark_authorised), 0, 200, 760, 800));
        assertTrue("the history beside the grid is drawn", Screenshots.coloursIn(shot, 800, 100, 1270, 400) > 10);
    }
}
