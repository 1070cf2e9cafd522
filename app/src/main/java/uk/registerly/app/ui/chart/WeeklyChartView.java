package uk.registerly.app.ui.chart;

import android.content.Context;
import android.graphics.Canvas;
import android.graphics.DashPathEffect;
import android.graphics.Paint;
import android.graphics.Path;
import android.graphics.RectF;
import android.util.AttributeSet;
import android.util.TypedValue;
import android.view.View;

import androidx.annotation.Nullable;
import androidx.annotation.VisibleForTesting;
import androidx.core.content.ContextCompat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import uk.registerly.app.R;

/**
 * Weekly percentages (a school's attendance week by week, a pupil's) as a line or bars on the platform's
 * Canvas, with the percentage axis labelled on the left, the weeks below (as many labels as fit the width, so
 * a phone shows every second or fourth week), and an optional dashed target line. No chart library resolves
 * for the app (../shared/android/verified-deps.lock). It draws only what it is given: the figures are worked
 * out by the rules module, never here. TalkBack reads a summary of the data ({@link ChartDescription}).
 */
public class WeeklyChartView extends View {
    private static final int DEFAULT_HEIGHT_DP = 220;

    private final Paint axisText = new Paint(Paint.ANTI_ALIAS_FLAG);
    private final Paint grid = new Paint();
    private final Paint data = new Paint(Paint.ANTI_ALIAS_FLAG);
    private final Paint target = new Paint(Paint.ANTI_ALIAS_FLAG);
    private final Paint targetText = new Paint(Paint.ANTI_ALIAS_FLAG);
    private final Path line = new Path();
    private final Path dash = new Path();
    private final RectF plot = new RectF();
    private final RectF bar = new RectF();
    private final float dp;

    private ChartStyle style = ChartStyle.LINE;
    private String title = "";
    private List<ChartPoint> points = Collections.emptyList();
    @Nullable
    private Double targetPercent;
    @Nullable
    private String targetLabel;
    private ChartScale scale = ChartScale.of(points, null);

    public WeeklyChartView(Context context) {
        this(context, null);
    }

    public WeeklyChartView(Context context, @Nullable AttributeSet attributes) {
        super(context, attributes);
        dp = getResources().getDisplayMetrics().density;
        float sp = TypedValue.applyDimension(TypedValue.COMPLEX_UNIT_SP, 1, getResources().getDisplayMetrics());
        axisText.setColor(ContextCompat.getColor(context, R.color.chart_axis_text));
        axisText.setTextSize(12 * sp);
        grid.setColor(ContextCompat.getColor(context, R.color.chart_grid));
        grid.setStrokeWidth(Math.max(1, dp));
        data.setColor(ContextCompat.getColor(context, R.color.chart_data));
        data.setStrokeWidth(2.5f * dp);
        data.setStrokeJoin(Paint.Join.ROUND);
        target.setColor(ContextCompat.getColor(context, R.color.chart_target));
        target.setStyle(Paint.Style.STROKE);
        target.setStrokeWidth(2 * dp);
        target.setPathEffect(new DashPathEffect(new float[] {6 * dp, 4 * dp}, 0));
        targetText.setColor(target.getColor());
        targetText.setTextSize(12 * sp);
        targetText.setFakeBoldText(true);
        setImportantForAccessibility(IMPORTANT_FOR_ACCESSIBILITY_YES);
        describe();
    }

    /** Line (a trend) or bars (a few weeks). */
    public void setStyle(ChartStyle chartStyle) {
        style = chartStyle;
        invalidate();
    }

    /** What the chart shows, as TalkBack starts its summary: "Attendance week by week". */
    public void setTitle(String chartTitle) {
        title = chartTitle;
        describe();
    }

    /** The weeks, oldest first. */
    public void setPoints(List<ChartPoint> weeks) {
        points = Collections.unmodifiableList(new ArrayList<>(weeks));
        scale = ChartScale.of(points, targetPercent);
        describe();
        invalidate();
    }

    /** A dashed line at {@code percent} (the school's target), labelled {@code label}; null removes it. */
    public void setTarget(@Nullable Double percent, @Nullable String label) {
        targetPercent = percent;
        targetLabel = label;
        scale = ChartScale.of(points, targetPercent);
        describe();
        invalidate();
    }

    public List<ChartPoint> points() {
        return points;
    }

    /** The axis's lowest percentage (its bottom gridline). */
    @VisibleForTesting
    public double axisFloor() {
        return scale.lower;
    }

    /** How many week labels are skipped between two drawn ones at the current width (0: every week labelled). */
    @VisibleForTesting
    public int labelsSkipped() {
        return labelStride() - 1;
    }

    private void describe() {
        setContentDescription(ChartDescription.of(getResources(), title, points, targetPercent, targetLabel));
    }

    @Override
    protected void onMeasure(int widthMeasureSpec, int heightMeasureSpec) {
        int width = MeasureSpec.getSize(widthMeasureSpec);
        int wanted = Math.round(DEFAULT_HEIGHT_DP * dp) + getPaddingTop() + getPaddingBottom();
        setMeasuredDimension(width, resolveSize(wanted, heightMeasureSpec));
    }

    @Override
    protected void onDraw(Canvas canvas) {
        layoutPlot();
        drawAxis(canvas);
        if (points.isEmpty()) {
            String empty = getResources().getString(R.string.chart_no_weeks);
            canvas.drawText(empty, plot.centerX() - axisText.measureText(empty) / 2, plot.centerY(), axisText);
            return;
        }
        if (style == ChartStyle.BAR) {
            drawBars(canvas);
        } else {
            drawLine(canvas);
        }
        drawTarget(canvas);
    }

    private void layoutPlot() {
        float labelWidth = axisText.measureText(ChartDescription.percent(getResources(), 100));
        Paint.FontMetrics metrics = axisText.getFontMetrics();
        float textHeight = metrics.descent - metrics.ascent;
        plot.set(getPaddingLeft() + labelWidth + 8 * dp, getPaddingTop() + textHeight,
                getWidth() - getPaddingRight() - 8 * dp, getHeight() - getPaddingBottom() - textHeight - 6 * dp);
    }

    private float y(double percent) {
        return plot.bottom - scale.fraction(percent) * plot.height();
    }

    private float slot() {
        return plot.width() / Math.max(1, points.size());
    }

    private float x(int index) {
        return plot.left + slot() * (index + 0.5f);
    }

    private int labelStride() {
        float widest = 0;
        for (ChartPoint p : points) {
            widest = Math.max(widest, axisText.measureText(p.axisLabel));
        }
        float needed = widest + 8 * dp;
        float slot = slot();
        return slot <= 0 ? 1 : Math.max(1, (int) Math.ceil(needed / slot));
    }

    private void drawAxis(Canvas canvas) {
        Paint.FontMetrics metrics = axisText.getFontMetrics();
        float middle = -(metrics.ascent + metrics.descent) / 2;
        for (int i = 0; i < scale.ticks(); i++) {
            double value = scale.tick(i);
            float y = y(value);
            canvas.drawLine(plot.left, y, plot.right, y, grid);
            String label = ChartDescription.percent(getResources(), value).replace(".0", "");
            canvas.drawText(label, plot.left - 6 * dp - axisText.measureText(label), y + middle, axisText);
        }
        int stride = labelStride();
        float baseline = plot.bottom + 4 * dp - metrics.ascent;
        for (int i = points.size() - 1; i >= 0; i -= stride) { // the latest week is always labelled
            String label = points.get(i).axisLabel;
            float w = axisText.measureText(label);
            float left = Math.max(plot.left - 4 * dp, Math.min(x(i) - w / 2, getWidth() - getPaddingRight() - w));
            canvas.drawText(label, left, baseline, axisText);
        }
    }

    private void drawLine(Canvas canvas) {
        line.reset();
        boolean drawing = false;
        data.setStyle(Paint.Style.FILL);
        for (int i = 0; i < points.size(); i++) {
            Double value = points.get(i).percent;
            if (value == null) {
                drawing = false; // a week with nothing to show breaks the line
                continue;
            }
            float x = x(i);
            float y = y(value);
            if (drawing) {
                line.lineTo(x, y);
            } else {
                line.moveTo(x, y);
                drawing = true;
            }
            canvas.drawCircle(x, y, 3.5f * dp, data);
        }
        data.setStyle(Paint.Style.STROKE);
        canvas.drawPath(line, data);
    }

    private void drawBars(Canvas canvas) {
        data.setStyle(Paint.Style.FILL);
        float half = Math.max(1, slot() * 0.3f);
        for (int i = 0; i < points.size(); i++) {
            Double value = points.get(i).percent;
            if (value != null) {
                bar.set(x(i) - half, y(value), x(i) + half, plot.bottom);
                canvas.drawRect(bar, data);
            }
        }
    }

    private void drawTarget(Canvas canvas) {
        if (targetPercent == null) {
            return;
        }
        float y = y(targetPercent);
        dash.reset();
        dash.moveTo(plot.left, y);
        dash.lineTo(plot.right, y);
        canvas.drawPath(dash, target);
        if (targetLabel != null) {
            canvas.drawText(targetLabel, plot.left + 4 * dp, y - 4 * dp, targetText);
        }
    }
}
