package uk.registerly.app.figures;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.content.Context;
import android.content.Intent;
import android.widget.TextView;

import androidx.core.content.ContextCompat;
import androidx.test.core.app.ActivityScenario;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.time.Instant;
import java.time.LocalDate;
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
import uk.registerly.app.office.PupilRecordActivity;
import uk.registerly.app.office.record.RecordPanel;
import uk.registerly.app.office.record.RecordPanelActivity;
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
 * Issue 18 item 4: a pupil's record opens "Week by week", which charts each school week's attendance from the
 * device's own journal (four full weeks present, then two weeks of N), says the year so far in words and to
 * TalkBack, and is drawn on a tablet and a phone (docs/screenshots/).
 */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class PupilWeeksPanelTest {
    @Rule(order = 0)
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);
    @Rule(order = 1)
    public final ScreenTestDevice device = new ScreenTestDevice(Role.OFFICE);

    private final Context context = ApplicationProvider.getApplicationContext();

    /** Friday 16 October 2026, 12:00: Daniel present from 2 to 25 September, then N every session to the 15th. */
    @Before
    public void sixWeeks() {
        device.clock.set(Instant.parse("2026-10-16T11:00:00Z"));
        PulledEvents pulled = new PulledEvents(device.database);
        pulled.markDays(TestSchool.DANIEL, LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 25),
                AttendanceCode.PRESENT_AM, AttendanceCode.PRESENT_PM);
        pulled.markDays(TestSchool.DANIEL, LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 15),
                AttendanceCode.N, AttendanceCode.N);
    }

    private Intent panel() {
        return RecordPanelActivity.intent(context, RecordPanel.WEEK_BY_WEEK, TestSchool.DANIEL);
    }

    @Test
    public void theRecordOpensWeekByWeekForItsPupil() {
        try (ActivityScenario<PupilRecordActivity> record = ActivityScenario.launch(
                PupilRecordActivity.intent(context, TestSchool.DANIEL))) {
            record.onActivity(activity -> {
                TextView button = (TextView) ((android.view.ViewGroup) activity.findViewById(R.id.record_panels))
                        .getChildAt(RecordPanel.WEEK_BY_WEEK.ordinal());
                assertEquals(context.getString(R.string.figures_record_panel), button.getText().toString());
                assertTrue("48 dp tall at least", button.getHeight() == 0
                        || button.getHeight() >= 48 * activity.getResources().getDisplayMetrics().density);
                button.performClick();
                Intent started = shadowOf(activity).getNextStartedActivity();
                assertNotNull("the panel's screen is started", started);
                assertEquals(RecordPanelActivity.class.getName(), started.getComponent().getClassName());
                assertEquals(TestSchool.DANIEL, started.getStringExtra(RecordPanel.PUPIL));
            });
        }
    }

    @Test
    public void eachWeekIsChartedFromTheJournalAndSaidToTalkBack() {
        try (ActivityScenario<RecordPanelActivity> scenario = ActivityScenario.launch(panel())) {
            scenario.onActivity(activity -> {
                shadowOf(android.os.Looper.getMainLooper()).idle();
                WeeklyChartView chart = activity.findViewById(R.id.pupil_weeks_chart);
                List<ChartPoint> points = chart.points();
                assertTrue("six weeks or more charted: " + points.size(), points.size() >= 6);
                for (int week = 0; week < 4; week++) {
                    assertEquals("week " + week + " all present", 100.0, points.get(week).percent, 0.001);
                }
                assertEquals("week of 28 September: all N", 0.0, points.get(4).percent, 0.001);
                assertEquals("week of 5 October: all N", 0.0, points.get(5).percent, 0.001);
                assertTrue(points.get(4).valueText, points.get(4).valueText.contains("0 of 10 sessions"));
                String spoken = chart.getContentDescription().toString();
                assertTrue(spoken, spoken.startsWith(context.getString(R.string.figures_pupil_chart_title)));
                assertTrue("the persistent-absence line is said: " + spoken, spoken.contains("90%"));
                String summary = ((TextView) activity.findViewById(R.id.pupil_weeks_summary)).getText().toString();
                assertTrue(summary, summary.contains("attendance ("));
                assertTrue("the name is the heading",
                        ((TextView) activity.findViewById(R.id.pupil_weeks_name)).getText().toString()
                                .startsWith("Daniel"));
            });
        }
    }

    @Test
    public void aWeekWithoutPossibleSessionsIsAGapNotZero() {
        List<ChartPoint> none = WeekPoints.of(context, List.of());
        assertTrue(none.isEmpty());
        try (ActivityScenario<RecordPanelActivity> scenario = ActivityScenario.launch(
                RecordPanelActivity.intent(context, RecordPanel.WEEK_BY_WEEK, TestSchool.AMARA))) {
            scenario.onActivity(activity -> {
                shadowOf(android.os.Looper.getMainLooper()).idle();
                // Amara has no marks: every week so far is a gap (null), never drawn as 0%.
                for (ChartPoint point : ((WeeklyChartView) activity.findViewById(R.id.pupil_weeks_chart)).points()) {
                    assertNull(point.spokenLabel, point.percent);
                }
            });
        }
    }

    @Test
    public void weekByWeekOnATabletAndAPhone() {
        int data = ContextCompat.getColor(context, R.color.chart_data);
        android.graphics.Bitmap tablet = Screenshots.assertRendered(ActivityScreenshot.of(panel())
                .size(1280, 800, Density.MDPI).qualifiers("en-rGB").check(ScreenChecks::assertUsable)
                .capture("office-pupil-week-by-week-tablet.png"), 1280, 800, Screenshots.TOOLBAR);
        assertTrue("the bars are drawn", Screenshots.contains(tablet, data, 0, 150, 1280, 800));
        android.graphics.Bitmap phone = Screenshots.assertRendered(ActivityScreenshot.of(panel())
                .size(412, 915, Density.MDPI).qualifiers("en-rGB").check(ScreenChecks::assertUsable)
                .capture("office-pupil-week-by-week-phone.png"), 412, 915, Screenshots.TOOLBAR);
        assertTrue("the bars are drawn on a phone", Screenshots.contains(phone, data, 0, 150, 412, 915));
    }
}
