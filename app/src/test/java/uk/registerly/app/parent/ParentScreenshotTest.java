package uk.registerly.app.parent;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import android.content.Context;
import android.net.Uri;
import android.view.View;
import android.widget.LinearLayout;

import androidx.lifecycle.ViewModelProvider;
import androidx.test.core.app.ActivityScenario;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumSet;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import org.robolectric.annotation.SQLiteMode;

import dagger.hilt.android.testing.HiltAndroidRule;
import dagger.hilt.android.testing.HiltAndroidTest;
import dagger.hilt.android.testing.HiltTestApplication;

import uk.registerly.app.R;
import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.reports.AbsenceReportDraft;
import uk.registerly.app.data.reports.OfflineFirstAbsenceReportRepository;
import uk.registerly.app.testing.ActivityScreenshot.Density;
import uk.registerly.app.testing.ActivityScreenshot;
import uk.registerly.app.testing.Layouts;
import uk.registerly.app.testing.PulledEvents;
import uk.registerly.app.testing.ScreenChecks;
import uk.registerly.app.testing.ScreenTestDevice;
import uk.registerly.app.testing.Screenshots;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * The parent's screens on a phone (412x915 dp), in English, in Polish, and right to left (the
 * layout an Arabic or Urdu phone gets; the text stays English until those translations exist),
 * written to docs/screenshots/. The right-to-left home is also checked to be mirrored with no
 * text drawn over text.
 */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class ParentScreenshotTest {
    private static final String BRITISH = "en-rGB";
    private static final String POLISH = "pl-rPL";
    /**
     * Urdu: right to left, with Latin digits (Arabic's digits have no glyphs in the test fonts, so
     * numbers would show as boxes). The text stays English until an Urdu translation exists.
     */
    private static final String RIGHT_TO_LEFT = "ur-ldrtl";
    private static final LocalDate MON = LocalDate.of(2026, 9, 7);

    @Rule(order = 0)
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);
    @Rule(order = 1)
    public final ScreenTestDevice device = ScreenTestDevice.parentOf(TestSchool.amaraAndDaniel());

    @Inject
    OfflineFirstAbsenceReportRepository reports;

    private final Context context = ApplicationProvider.getApplicationContext();
    private PulledEvents pulled;


    @Before
    public void setUp() {
        hilt.inject();
        pulled = new PulledEvents(device.database);
        // Monday 7 September, 17:30: the first week's marks, a report the school accepted, one not sent yet.
        device.clock.set(Instant.parse("2026-09-07T16:30:00Z"));
        pulled.markDays(TestSchool.AMARA, LocalDate.of(2026, 9, 2), MON, AttendanceCode.PRESENT_AM,
                AttendanceCode.PRESENT_PM);
        pulled.markDays(TestSchool.DANIEL, LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 3),
                AttendanceCode.PRESENT_AM, AttendanceCode.PRESENT_PM);
        pulled.mark(TestSchool.DANIEL, LocalDate.of(2026, 9, 4), Session.AM, AttendanceCode.L);
        pulled.mark(TestSchool.DANIEL, LocalDate.of(2026, 9, 4), Session.PM, AttendanceCode.I);
        pulled.markDays(TestSchool.DANIEL, MON, MON, AttendanceCode.N, AttendanceCode.N);
        String accepted = reports.report(new AbsenceReportDraft(Collections.singleton(TestSchool.DANIEL), MON, MON,
                EnumSet.allOf(Session.class), AbsenceCategory.ILLNESS, "High temperature"), null).get(0).id;
        LocalDateTime office = LocalDateTime.of(2026, 9, 7, 9, 40);
        pulled.add(EventType.ABSENCE_REPORT_PROCESSED, EventPayloads.absenceReportAccepted(TestSchool.DANIEL,
                accepted, AttendanceCode.I), office);
        for (Session session : Session.values()) {
            pulled.add(EventType.REASON, EventPayloads.reason(TestSchool.DANIEL, MON, session, AttendanceCode.I,
                    office, accepted), office);
        }
        device.database.deliveries().delivered(Collections.singletonList(
                new uk.registerly.app.data.db.entity.DeliveredEventEntity(accepted, "ACCEPTED", 1L)));
        reports.report(new AbsenceReportDraft(Collections.singleton(TestSchool.AMARA), MON.plusDays(2),
                MON.plusDays(2), EnumSet.of(Session.AM), AbsenceCategory.MEDICAL_APPOINTMENT, "Orthodontist"), null);
    }

    /** The screen at phone size in a language or direction, prepared, checked to be drawn. */
    private static void phone(android.content.Intent intent, String qualifiers, String file,
                              java.util.function.Consumer<androidx.fragment.app.FragmentActivity> prepare) {
        phone(intent, qualifiers, file, prepare, activity -> { });
    }

    /** ... and inspected once laid out ({@code check}), beside the checks every screen passes. */
    private static void phone(android.content.Intent intent, String qualifiers, String file,
                              java.util.function.Consumer<androidx.fragment.app.FragmentActivity> prepare,
                              java.util.function.Consumer<android.app.Activity> check) {
        Screenshots.assertRendered(ActivityScreenshot.of(intent).size(412, 915, Density.MDPI).qualifiers(qualifiers)
                .prepare(activity -> prepare.accept((androidx.fragment.app.FragmentActivity) activity))
                .check(activity -> {
                    ScreenChecks.assertUsable(activity);
                    check.accept(activity);
                }).capture(file), 412, 915, Screenshots.TOOLBAR);
    }

    private void home(String qualifiers, String file) {
        phone(new android.content.Intent(context, ParentHomeActivity.class), qualifiers, file, activity -> { });
    }

    /** A report being written: one child, illness, a note, a photo attached. */
    private void reportForm(String qualifiers, String file) {
        phone(ReportAbsenceActivity.create(context), qualifiers, file, activity -> {
            ReportAbsenceViewModel form = new ViewModelProvider(activity).get(ReportAbsenceViewModel.class);
            form.toggleChild(TestSchool.AMARA, true);
            form.category(AbsenceCategory.MEDICAL_APPOINTMENT);
            form.note(qualifiers.startsWith("pl") ? "Ortodonta o 9:30" : "Orthodontist at 9:30");
            form.photo(Uri.parse("content://media/picker/0/photo/1000000042"));
        });
    }

    @Test
    public void theParentsHome() {
        home(BRITISH, "parent-home-phone.png");
    }

    /** In Polish, with the sync badge and a report the school's server refused. */
    @Test
    public void theParentsHomeInPolish() {
        String refused = reports.report(new AbsenceReportDraft(Collections.singleton(TestSchool.AMARA),
                MON.plusDays(3), MON.plusDays(3), EnumSet.allOf(Session.class), AbsenceCategory.OTHER, null), null)
                .get(0).id;
        device.database.deliveries().rejected(Collections.singletonList(
                new uk.registerly.app.data.db.entity.RejectedEventEntity(refused, "not a school day", 1L)));
        phone(new android.content.Intent(context, ParentHomeActivity.class), POLISH, "parent-home-phone-pl.png",
                activity -> { }, activity -> {
                    assertEquals("System szkoły nie przyjął 1 zgłoszenia lub zmiany. Skontaktuj się z sekretariatem"
                            + " szkoły.", text(activity, R.id.parent_refused));
                    assertEquals("Niewysłane: 1", text(activity, R.id.sync_badge));
                });
    }

    private static String text(android.app.Activity activity, int id) {
        return ((android.widget.TextView) activity.findViewById(id)).getText().toString();
    }

    @Test
    public void reportingAnAbsenceInEnglishAndPolish() {
        reportForm(BRITISH, "parent-report-phone.png");
        reportForm(POLISH, "parent-report-phone-pl.png");
    }

    @Test
    public void askingForLeaveWithTheSchoolsRulesFirst() {
        phone(LeaveRequestActivity.intent(context), BRITISH, "parent-leave-phone.png", activity -> {
            LeaveRequestViewModel form = new ViewModelProvider(activity).get(LeaveRequestViewModel.class);
            form.child(TestSchool.AMARA);
            form.from(MON.plusDays(10));
            form.to(MON.plusDays(11));
            form.reason("Grandmother's funeral in Lagos");
        });
    }

    @Test
    public void rightToLeftTheHomeIsMirroredWithNoTextOverText() {
        home(RIGHT_TO_LEFT, "parent-home-phone-rtl.png");

        RuntimeEnvironment.setQualifiers(RIGHT_TO_LEFT + "-w412dp-h915dp-port-mdpi");
        try (ActivityScenario<ParentHomeActivity> scenario = ActivityScenario.launch(ParentHomeActivity.class)) {
            scenario.onActivity(activity -> {
                View root = activity.getWindow().getDecorView();
                assertEquals(View.LAYOUT_DIRECTION_RTL, root.getLayoutDirection());
                LinearLayout cards = activity.findViewById(R.id.parent_children);
                View card = cards.getChildAt(0);
                int[] name = new int[2];
                int[] rate = new int[2];
                card.findViewById(R.id.child_name).getLocationOnScreen(name);
                card.findViewById(R.id.child_rate).getLocationOnScreen(rate);
                assertTrue("the rate sits at the left end, the name on the right", rate[0] < name[0]);
                Layouts.assertNoOverlappingSiblings(root);
            });
        }
        try (ActivityScenario<ReportAbsenceActivity> form = ActivityScenario.launch(ReportAbsenceActivity.class)) {
            form.onActivity(activity -> Layouts.assertNoOverlappingSiblings(activity.getWindow().getDecorView()));
        }
    }

    @Test
    public void leftToRightTheSameHomeIsNotMirrored() {
        RuntimeEnvironment.setQualifiers(BRITISH + "-w412dp-h915dp-port-mdpi");
        try (ActivityScenario<ParentHomeActivity> scenario = ActivityScenario.launch(ParentHomeActivity.class)) {
            scenario.onActivity(activity -> {
                View card = ((LinearLayout) activity.findViewById(R.id.parent_children)).getChildAt(0);
                int[] name = new int[2];
                int[] rate = new int[2];
                card.findViewById(R.id.child_name).getLocationOnScreen(name);
                card.findViewById(R.id.child_rate).getLocationOnScreen(rate);
                assertTrue("the name on the left, the rate at the right end", name[0] < rate[0]);
                Layouts.assertNoOverlappingSiblings(activity.getWindow().getDecorView());
            });
        }
    }
}
