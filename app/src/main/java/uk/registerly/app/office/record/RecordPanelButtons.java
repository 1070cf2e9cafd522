package uk.registerly.app.office.record;

import android.view.ViewGroup;

import com.google.android.material.button.MaterialButton;

/** One button per {@link RecordPanel} under a pupil's figures; the row is hidden when there are none. */
public final class RecordPanelButtons {
    private RecordPanelButtons() {
    }

    public static void addTo(ViewGroup row, String pupilId) {
        row.removeAllViews();
        for (RecordPanel panel : RecordPanel.values()) {
            MaterialButton button = new MaterialButton(row.getContext(), null,
                    com.google.android.material.R.attr.materialButtonOutlinedStyle);
            button.setText(panel.title);
            // At least 48 dp high, as every touch target (the style's own inset keeps it so).
            button.setMinHeight(Math.round(48 * row.getResources().getDisplayMetrics().density));
            button.setOnClickListener(v -> v.getContext().startActivity(
                    RecordPanelActivity.intent(v.getContext(), panel, pupilId)));
            ViewGroup.MarginLayoutParams params = new ViewGroup.MarginLayoutParams(
                    ViewGroup.LayoutParams.WRAP_CONTENT, ViewGroup.LayoutParams.WRAP_CONTENT);
            params.setMarginEnd(Math.round(8 * row.getResources().getDisplayMetrics().density));
            row.addView(button, params);
        }
        row.setVisibility(RecordPanel.values().length == 0 ? android.view.View.GONE : android.view.View.VISIBLE);
    }
}
