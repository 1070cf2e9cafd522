package uk.registerly.app.figures;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.content.Context;
import android.content.Intent;
import android.graphics.Bitmap;
import android.os.Looper;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;

import androidx.core.content.ContextCompat;
import androidx.test.core.app.ActivityScenario;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.android.material.tabs.TabLayout;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import uk.registerly.app.office.OfficeActivity;
import uk.registerly.app.office.OfficeSection;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.testing.ActivityScreenshot;
import uk.registerly.app.testing.ActivityScreenshot.Density;
import uk.registerly.app.testing.PulledEvents;
import uk.registerly.app.testing.ScreenChecks;
import uk.registerly.app.testing.ScreenTestDevice;
import uk.registerly.app.testing.Screenshots;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.app.ui.chart.ChartPoint;
import uk.registerly.app.ui.chart.WeeklyChartView;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * Issue 18 item 4: the office's "Figures" section shows the school year so far by year group or by class, each
 * group's figures its own pupils' added up (the groups make the whole school), week by week on a line chart with
 * the persistent-absence line, a group of fewer than 5 pupils always with its count, each row one TalkBack stop;
 * drawn on a tablet and a phone (docs/screenshots/).
 */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class SchoolFiguresScreenTest {
    @Rule(order = 0)
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);
    @Rule(order = 1)
    public final ScreenTestDevice device = new ScreenTestDevice(Role.OFFICE);

    private final Context context = ApplicationProvider.getApplicationContext();

    /**
     * Friday 16 October 2026: Amara, Elsie (3A, year 3) and Finn (4A, year 4) present every session from
     * 2 September; Daniel (3A) present until 25 September, then N every session to the 15th.
     */
    @Before
    public void sixWeeks() {
        device.clock.set(Instant.parse("2026-10-16T11:00:00Z"));
        PulledEvents pulled = new PulledEvents(device.database);
        for (String pupil : List.of(TestSchool.AMARA, TestSchool.ELSIE, TestSchool.FINN)) {
            pulled.markDays(pupil, LocalDate.of(2026, 9, 2), LocalDate.of(2026, 10, 15),
                    AttendanceCode.PRESENT_AM, AttendanceCode.PRESENT_PM);
        }
        pulled.markDays(TestSchool.DANIEL, LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 25),
                AttendanceCode.PRESENT_AM, AttendanceCode.PRESENT_PM);
        pulled.markDays(TestSchool.DANIEL, LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 15),
                AttendanceCode.N, AttendanceCode.N);
    }

    private Intent figures() {
        return OfficeActivity.intent(context, OfficeSection.FIGURES);
    }

    private static void idle() {
        shadowOf(Looper.getMainLooper()).idle();
    }

    private static List<String> rowTexts(OfficeActivity activity) {
        LinearLayout groups = activity.findViewById(R.id.school_figures_groups);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < groups.getChildCount(); i++) {
            View row = groups.getChildAt(i);
            rows.add(((TextView) row.findViewById(R.id.figures_group_name)).getText() + " | "
                    + ((TextView) row.findViewById(R.id.figures_group_attendance)).getText());
        }
        return rows;
    }

    private static String text(OfficeActivity activity, int id) {
        return ((TextView) activity.findViewById(id)).getText().toString();
    }

    @Test
    public void theOfficeHasAFiguresTabBeforeItsExports() {
        try (ActivityScenario<OfficeActivity> scenario = ActivityScenario.launch(figures())) {
            scenario.onActivity(activity -> {
                TabLayout tabs = activity.findViewById(R.id.sections);
                TabLayout.Tab tab = tabs.getTabAt(OfficeSection.FIGURES.ordinal());
                assertEquals(context.getString(R.string.office_section_figures), tab.getText().toString());
                assertEquals("the figures tab is the one open", OfficeSection.FIGURES.ordinal(),
                        tabs.getSelectedTabPosition());
                assertEquals(OfficeSection.FIGURES.ordinal() + 1, OfficeSection.EXPORTS.ordinal());
            });
        }
    }

    @Test
    public void yearGroupsAddUpToTheWholeSchool() {
        try (ActivityScenario<OfficeActivity> scenario = ActivityScenario.launch(figures())) {
            scenario.onActivity(activity -> {
                idle();
                // 2 Sep - 15 Oct: 32 school days, 64 sessions each; Daniel missed 14 days (28 sessions).
                // Whole school: 4 pupils, 256 possible, 228 attended.
                String total = text(activity, R.id.school_figures_total);
                assertTrue(total, total.contains("4 pupils (fewer than 5)"));
                assertTrue(total, total.contains("(228 of 256 sessions)"));
                assertTrue(total, total.contains("89.1% attendance"));
                String detail = text(activity, R.id.school_figures_total_detail);
                assertTrue("Daniel is persistently absent (below 90%): " + detail,
                        detail.contains("Persistently absent: 1 pupil (25.0%)"));
                assertTrue(detail, detail.contains("unauthorised (28)"));
                List<String> rows = rowTexts(activity);
                assertEquals(rows.toString(), 2, rows.size());
                assertTrue(rows.get(0), rows.get(0).startsWith("Year 3 · 3 pupils (fewer than 5)"));
                assertTrue("year 3: Amara, Daniel and Elsie, 164 of 192: " + rows.get(0),
                        rows.get(0).contains("(164 of 192 sessions)"));
                assertTrue(rows.get(1), rows.get(1).startsWith("Year 4 · 1 pupil (fewer than 5)"));
                assertTrue(rows.get(1), rows.get(1).contains("100.0% attendance (64 of 64 sessions)"));
                String period = text(activity, R.id.school_figures_period);
                assertTrue("the school year to date: " + period, period.contains("2026"));
                assertEquals(View.GONE, activity.findViewById(R.id.school_figures_working).getVisibility());
            });
        }
    }

    @Test
    public void theSchoolIsChartedWeekByWeekWithThePersistentAbsenceLine() {
        try (ActivityScenario<OfficeActivity> scenario = ActivityScenario.launch(figures())) {
            scenario.onActivity(activity -> {
                idle();
                WeeklyChartView chart = activity.findViewById(R.id.school_figures_chart);
                List<ChartPoint> points = chart.points();
                assertTrue("six weeks or more: " + points.size(), points.size() >= 6);
                for (int week = 0; week < 4; week++) {
                    assertEquals("week " + week + ": everyone present", 100.0, points.get(week).percent, 0.001);
                }
                // Week of 28 September: Daniel's 10 sessions missed of the school's 40.
                assertEquals(75.0, points.get(4).percent, 0.001);
                assertTrue(points.get(4).valueText, points.get(4).valueText.contains("30 of 40 sessions"));
                String spoken = chart.getContentDescription().toString();
                assertTrue(spoken, spoken.startsWith(context.getString(R.string.figures_school_chart_title)));
                assertTrue("the persistent-absence line is said: " + spoken, spoken.contains("90%"));
            });
        }
    }

    @Test
    public void eachGroupIsOneTalkBackStopSayingEverything() {
        try (ActivityScenario<OfficeActivity> scenario = ActivityScenario.launch(figures())) {
            scenario.onActivity(activity -> {
                idle();
                LinearLayout groups = activity.findViewById(R.id.school_figures_groups);
                View year3 = groups.getChildAt(0);
                String spoken = year3.getContentDescription().toString();
                assertTrue(spoken, spoken.startsWith("Year 3, 3 pupils (fewer than 5)."));
                assertTrue(spoken, spoken.contains("(164 of 192 sessions)"));
                assertTrue(spoken, spoken.contains("Persistently absent: 1 pupil"));
                assertTrue(spoken, spoken.contains("Late: 0"));
                assertTrue("a row is focusable as one", year3.isFocusable());
                assertEquals(View.IMPORTANT_FOR_ACCESSIBILITY_NO,
                        year3.findViewById(R.id.figures_group_name).getImportantForAccessibility());
            });
        }
    }

    @Test
    public void byClassGroupsThePupilsByTheirClassNames() {
        try (ActivityScenario<OfficeActivity> scenario = ActivityScenario.launch(figures())) {
            scenario.onActivity(activity -> {
                idle();
                activity.findViewById(R.id.school_figures_by_class).performClick();
                idle();
                assertEquals(context.getString(R.string.figures_groups_by_class),
                        text(activity, R.id.school_figures_groups_title));
                List<String> rows = rowTexts(activity);
                assertEquals(rows.toString(), 2, rows.size());
                assertTrue(rows.get(0), rows.get(0).startsWith("3A · 3 pupils"));
                assertTrue(rows.get(1), rows.get(1).startsWith("4A · 1 pupil"));
                String total = text(activity, R.id.school_figures_total);
                assertTrue("the whole school is the same however it is grouped: " + total,
                        total.contains("(228 of 256 sessions)"));
            });
        }
    }

    @Test
    public void figuresOnATabletAndAPhone() {
        int data = ContextCompat.getColor(context, R.color.chart_data);
        Bitmap tablet = Screenshots.assertRendered(ActivityScreenshot.of(figures())
                .size(1280, 800, Density.MDPI).qualifiers("en-rGB").check(ScreenChecks::assertUsable)
                .capture("office-figures-tablet.png"), 1280, 800, Screenshots.TOOLBAR);
        assertTrue("the line is drawn", Screenshots.contains(tablet, data, 0, 150, 1280, 800));
        Bitmap phone = Screenshots.assertRendered(ActivityScreenshot.of(figures())
                .size(412, 915, Density.MDPI).qualifiers("en-rGB").check(ScreenChecks::assertUsable)
                .capture("office-figures-phone.png"), 412, 915, Screenshots.TOOLBAR);
        assertTrue("the line is drawn on a phone", Screenshots.contains(phone, data, 0, 150, 412, 915));
    }
}
