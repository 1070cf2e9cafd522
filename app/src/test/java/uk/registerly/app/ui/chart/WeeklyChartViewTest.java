package uk.registerly.app.ui.chart;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import android.app.Application;
import android.graphics.Bitmap;
import android.graphics.Canvas;
import android.graphics.Color;
import android.view.View;

import androidx.core.content.ContextCompat;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;

import uk.registerly.app.R;

/**
 * The weekly chart draws what it is given where it belongs (bars as tall as their percentages, the target line
 * between them, a line through the weeks), labels as many weeks as fit a phone or a tablet, and tells TalkBack
 * what it shows. Drawn by Robolectric's real graphics stack and read back pixel by pixel.
 */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class, qualifiers = "w800dp-h600dp-xhdpi")
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class WeeklyChartViewTest {
    private final Application context = ApplicationProvider.getApplicationContext();
    private final int dataColour = ContextCompat.getColor(context, R.color.chart_data);
    private final int targetColour = ContextCompat.getColor(context, R.color.chart_target);

    private static List<ChartPoint> weeks(Double... percents) {
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < percents.length; i++) {
            points.add(new ChartPoint((2 + 7 * i) % 28 + 1 + " Sep", "week of " + ((2 + 7 * i) % 28 + 1) + " September",
                    percents[i]));
        }
        return points;
    }

    private static Bitmap draw(View view, int widthPx, int heightPx) {
        view.measure(View.MeasureSpec.makeMeasureSpec(widthPx, View.MeasureSpec.EXACTLY),
                View.MeasureSpec.makeMeasureSpec(heightPx, View.MeasureSpec.EXACTLY));
        view.layout(0, 0, widthPx, heightPx);
        Bitmap bitmap = Bitmap.createBitmap(widthPx, heightPx, Bitmap.Config.ARGB_8888);
        Canvas canvas = new Canvas(bitmap);
        canvas.drawColor(Color.WHITE);
        view.draw(canvas);
        return bitmap;
    }

    /** Each run of columns holding the colour: {first column, last column, topmost row}. */
    private static List<int[]> columnRuns(Bitmap bitmap, int colour) {
        List<int[]> runs = new ArrayList<>();
        int[] run = null;
        for (int x = 0; x < bitmap.getWidth(); x++) {
            int top = -1;
            for (int y = 0; y < bitmap.getHeight() && top < 0; y++) {
                if (bitmap.getPixel(x, y) == colour) {
                    top = y;
                }
            }
            if (top >= 0 && run == null) {
                run = new int[] {x, x, top};
                runs.add(run);
            } else if (top >= 0) {
                run[1] = x;
                run[2] = Math.min(run[2], top);
            } else {
                run = null;
            }
        }
        return runs;
    }

    private static List<Integer> rowsHolding(Bitmap bitmap, int colour) {
        List<Integer> rows = new ArrayList<>();
        for (int y = 0; y < bitmap.getHeight(); y++) {
            int n = 0;
            for (int x = 0; x < bitmap.getWidth(); x++) {
                n += bitmap.getPixel(x, y) == colour ? 1 : 0;
            }
            if (n > bitmap.getWidth() / 4) {
                rows.add(y);
            }
        }
        return rows;
    }

    @Test
    public void barsStandAsTallAsTheirWeeksWithTheTargetBetweenThem() {
        WeeklyChartView chart = new WeeklyChartView(context);
        chart.setStyle(ChartStyle.BAR);
        chart.setPoints(weeks(90.0, 100.0, 95.0));
        chart.setTarget(96.0, "Target 96%");
        Bitmap bitmap = draw(chart, 1200, 440);

        List<int[]> bars = columnRuns(bitmap, dataColour);
        assertEquals("three bars", 3, bars.size());
        int top90 = bars.get(0)[2];
        int top100 = bars.get(1)[2];
        int top95 = bars.get(2)[2];
        assertTrue("100% is above 95%, which is above 90%", top100 < top95 && top95 < top90);
        assertTrue("bars left to right in week order", bars.get(0)[1] < bars.get(1)[0] && bars.get(1)[1] < bars.get(2)[0]);
        // the axis runs from 85% to 100%: the 90% bar stands a third of the 95% bar's height above the floor
        assertEquals(85.0, chart.axisFloor(), 0);
        float floor = top100 + (top95 - top100) * 3f; // 100 to 95 is a third of 100 to 85
        assertEquals(floor - (floor - top100) / 3f, top90, 3);

        List<Integer> targetRows = rowsHolding(bitmap, targetColour);
        assertTrue("a dashed line across the chart", !targetRows.isEmpty());
        int targetRow = targetRows.get(0);
        assertTrue("96% lies between the 100% and 95% bars' tops", targetRow > top100 && targetRow < top95);
    }

    @Test
    public void aLineRunsThroughTheWeeksAndBreaksAtAWeekWithNothing() {
        WeeklyChartView chart = new WeeklyChartView(context);
        chart.setPoints(weeks(92.0, 94.0, null, 97.0, 98.0));
        Bitmap bitmap = draw(chart, 1200, 440);

        List<int[]> runs = columnRuns(bitmap, dataColour);
        assertEquals("two pieces of line either side of the empty week", 2, runs.size());
        assertTrue("the later weeks are drawn higher", runs.get(1)[2] < runs.get(0)[2]);
        assertTrue("no target line unless asked", rowsHolding(bitmap, targetColour).isEmpty());
    }

    @Test
    public void describesItsWeeksForTalkBack() {
        WeeklyChartView chart = new WeeklyChartView(context);
        chart.setTitle("Attendance week by week");
        chart.setPoints(weeks(90.0, 100.0, 95.0));
        chart.setTarget(96.0, "96%");
        String said = chart.getContentDescription().toString();

        assertEquals("Attendance week by week: 3 weeks, week of 3 September to week of 17 September."
                + " Latest week 95.0%. Lowest 90.0%, week of 3 September; highest 100.0%, week of 10 September."
                + " Target 96%: 2 of 3 weeks below it.", said);
        assertEquals(View.IMPORTANT_FOR_ACCESSIBILITY_YES, chart.getImportantForAccessibility());
    }

    @Test
    public void aCallersWordingOfAWeekIsWhatIsSaid() {
        WeeklyChartView chart = new WeeklyChartView(context);
        chart.setTitle("Year 3");
        chart.setPoints(Arrays.asList(new ChartPoint("2 Sep", "week of 2 September", 75.0, "75.0% of 3 pupils")));
        assertEquals("Year 3: 1 week, week of 2 September. Latest week 75.0% of 3 pupils.",
                chart.getContentDescription().toString());
    }

    @Test
    public void withNoWeeksItSaysSoAndStillDraws() {
        WeeklyChartView chart = new WeeklyChartView(context);
        chart.setTitle("Attendance week by week");
        assertEquals("Attendance week by week: no weeks to show yet.", chart.getContentDescription().toString());
        chart.setPoints(weeks(null, null));
        assertEquals("Attendance week by week: no weeks to show yet.", chart.getContentDescription().toString());
        Bitmap bitmap = draw(chart, 720, 440);
        assertTrue("nothing plotted", columnRuns(bitmap, dataColour).isEmpty());
    }

    @Test
    public void aPhoneLabelsFewerWeeksThanATablet() {
        Double[] twelve = new Double[12];
        Arrays.fill(twelve, 95.0);
        WeeklyChartView chart = new WeeklyChartView(context);
        chart.setPoints(weeks(twelve));

        draw(chart, 2 * 1280, 440); // a tablet, 1280 dp at xhdpi
        assertEquals("every week labelled on a tablet", 0, chart.labelsSkipped());
        Bitmap phone = draw(chart, 2 * 320, 440);
        assertTrue("a narrow phone skips labels rather than overlapping them", chart.labelsSkipped() >= 1);
        List<int[]> line = columnRuns(phone, dataColour);
        assertEquals("one unbroken line on the phone", 1, line.size());
        assertTrue("across most of its width", line.get(0)[1] - line.get(0)[0] > phone.getWidth() * 2 / 3);
    }

    @Test
    public void refusesAPercentageOutsideTheScale() {
        assertThrows(IllegalArgumentException.class, () -> new ChartPoint("2 Sep", "week of 2 September", 101.0));
        assertThrows(IllegalArgumentException.class, () -> new ChartPoint("2 Sep", "week of 2 September", -1.0));
    }
}
