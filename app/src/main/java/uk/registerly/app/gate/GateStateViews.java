package uk.registerly.app.gate;

import android.app.Activity;
import android.content.res.ColorStateList;
import android.view.LayoutInflater;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;

import androidx.annotation.Nullable;
import androidx.core.content.ContextCompat;
import androidx.recyclerview.widget.RecyclerView;

import com.google.android.material.button.MaterialButton;
import com.google.android.material.chip.ChipGroup;
import com.google.android.material.textfield.TextInputEditText;

import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Consumer;

import uk.registerly.app.R;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.ui.MarkColours;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * Draws a {@link GateUiState} on the late gate: the day's arrivals and their count, the result
 * panel and its undo button, the name search's results, and the reason chips (cleared when the view
 * model clears the reason after an arrival). Each part is drawn when its part of the state changed.
 */
final class GateStateViews {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Activity activity;
    private final ArrivalsAdapter adapter;
    private final Consumer<RosterPupil> onPicked;
    /** Null until the first state is drawn, which draws every part. */
    @Nullable
    private GateUiState shown;

    GateStateViews(Activity activity, ArrivalsAdapter adapter, Consumer<RosterPupil> onPicked) {
        this.activity = activity;
        this.adapter = adapter;
        this.onPicked = onPicked;
    }

    GateUiState shown() {
        return shown == null ? GateUiState.EMPTY : shown;
    }

    void render(GateUiState state) {
        GateUiState before = shown == null ? new GateUiState(null, null, -1, null, "") : shown;
        shown = state;
        if (state.arrivals != null && state.arrivals != before.arrivals) {
            showArrivals(state);
        }
        if (state.result != null && state.result != before.result) {
            showResult(state.result);
        }
        if (state.undoSecondsLeft != before.undoSecondsLeft || state.result != before.result) {
            showUndo(state);
        }
        if (state.searchResults != before.searchResults) {
            showSearchResults(state);
        }
        if (state.reason == null && !Objects.equals(state.reason, before.reason)) {
            clearReason();
        }
    }

    private void showArrivals(GateUiState state) {
        RecyclerView list = activity.findViewById(R.id.arrivals);
        adapter.submitList(state.arrivals, () -> list.scrollToPosition(0));
        activity.findViewById(R.id.arrivals_empty).setVisibility(state.arrivals.isEmpty() ? View.VISIBLE : View.GONE);
        int arrived = state.arrivedCount();
        ((TextView) activity.findViewById(R.id.arrivals_title)).setText(arrived == 0
                ? activity.getString(R.string.gate_arrivals_title)
                : activity.getResources().getQuantityString(R.plurals.gate_arrivals_count, arrived, arrived));
    }

    private void showResult(GateResult result) {
        TextView title = activity.findViewById(R.id.result_title);
        TextView mark = activity.findViewById(R.id.result_mark);
        TextView detail = activity.findViewById(R.id.result_detail);
        mark.setVisibility(View.GONE);
        detail.setVisibility(View.GONE);
        title.setTextColor(ContextCompat.getColor(activity, result.kind == GateResult.Kind.REFUSED
                || result.kind == GateResult.Kind.UNDO_TOO_LATE ? R.color.mark_absent : R.color.mark_other));
        switch (result.kind) {
            case RECORDED:
                title.setText(result.pupilName);
                mark.setText(markText(result));
                MarkColours colours = MarkColours.of(result.code);
                mark.setTextColor(ContextCompat.getColor(activity, colours.content));
                mark.setBackgroundTintList(ColorStateList.valueOf(ContextCompat.getColor(activity, colours.container)));
                mark.setVisibility(View.VISIBLE);
                String at = TIME.format(result.at);
                detail.setText(result.reason == null ? at
                        : at + " · " + activity.getString(R.string.gate_result_reason, result.reason));
                detail.setVisibility(View.VISIBLE);
                break;
            case UNDONE:
                title.setText(activity.getString(R.string.gate_undone, result.pupilName));
                break;
            case UNDO_TOO_LATE:
                title.setText(activity.getString(R.string.gate_undo_too_late, result.pupilName));
                break;
            default:
                title.setText(result.message == null ? "" : result.message.resolve(activity));
                break;
        }
    }

    private String markText(GateResult result) {
        if (result.code == null) {
            return activity.getString(R.string.gate_result_after_session);
        }
        if (result.code == AttendanceCode.L) {
            return activity.getString(R.string.gate_result_late, result.minutesLate);
        }
        if (result.code == AttendanceCode.U) {
            return activity.getString(R.string.gate_result_after_close, result.minutesLate);
        }
        return activity.getString(R.string.gate_result_present, result.code.symbol());
    }

    private void showUndo(GateUiState state) {
        MaterialButton undo = activity.findViewById(R.id.undo);
        undo.setVisibility(state.offersUndo() ? View.VISIBLE : View.GONE);
        if (state.offersUndo()) {
            int seconds = (int) state.undoSecondsLeft;
            undo.setText(activity.getString(R.string.gate_undo, seconds));
            undo.setContentDescription(activity.getString(R.string.gate_undo_description, state.result.pupilName,
                    seconds));
        }
    }

    private void showSearchResults(GateUiState state) {
        LinearLayout list = activity.findViewById(R.id.search_results);
        list.removeAllViews();
        TextInputEditText search = activity.findViewById(R.id.search);
        String typed = search.getText() == null ? "" : search.getText().toString().trim();
        LayoutInflater inflater = LayoutInflater.from(activity);
        if (state.searchResults.isEmpty() && typed.length() >= GateActivity.SEARCH_FROM_LETTERS
                && !PupilCardCodec.looksLikeCard(typed)) {
            TextView none = (TextView) inflater.inflate(R.layout.item_gate_search_result, list, false);
            none.setText(R.string.gate_no_results);
            list.addView(none);
            return;
        }
        for (RosterPupil pupil : state.searchResults) {
            TextView row = (TextView) inflater.inflate(R.layout.item_gate_search_result, list, false);
            row.setText(activity.getString(R.string.gate_search_result, pupil.displayName(), pupil.yearGroup));
            row.setContentDescription(activity.getString(R.string.gate_search_result_description,
                    pupil.displayName(), pupil.yearGroup));
            row.setOnClickListener(v -> onPicked.accept(pupil));
            list.addView(row);
        }
    }

    /** The view model clears the reason after each arrival: the chips follow. */
    private void clearReason() {
        ChipGroup chips = activity.findViewById(R.id.reason_chips);
        if (!chips.getCheckedChipIds().isEmpty()) {
            chips.clearCheck();
            ((TextInputEditText) activity.findViewById(R.id.reason_other_text)).setText(null);
        }
    }
}
