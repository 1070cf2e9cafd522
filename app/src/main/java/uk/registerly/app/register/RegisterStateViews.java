package uk.registerly.app.register;

import android.app.Activity;
import android.view.View;
import android.widget.TextView;

import androidx.annotation.Nullable;

import com.google.android.material.button.MaterialButton;
import com.google.android.material.button.MaterialButtonToggleGroup;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import uk.registerly.app.R;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * Draws a {@link RegisterUiState} on the register screen: the class, date and session choosers,
 * the window, the phase and countdown, the counts and "mark all", the list and what shows when there
 * is no register. Each part is drawn when the state's part for it changed, so the list is diffed
 * only when its rows did and a tick of the clock redraws only the countdown and the counts.
 */
final class RegisterStateViews {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter FULL_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final Activity activity;
    private final RegisterAdapter adapter;
    @Nullable
    private final ClassListAdapter classAdapter;
    /** Null until the first state is drawn. */
    @Nullable
    private RegisterUiState shown;

    RegisterStateViews(Activity activity, RegisterAdapter adapter, @Nullable ClassListAdapter classAdapter) {
        this.activity = activity;
        this.adapter = adapter;
        this.classAdapter = classAdapter;
    }

    /** The state last drawn. */
    RegisterUiState shown() {
        return shown == null ? RegisterUiState.LOADING : shown;
    }

    void render(RegisterUiState state) {
        RegisterUiState before = shown == null ? RegisterUiState.LOADING : shown;
        shown = state;
        if (state.classes != null && (state.classes != before.classes) && classAdapter != null) {
            classAdapter.submitList(state.classes);
        }
        if (state.classes != before.classes || state.schoolTime != before.schoolTime) {
            showEmptyState(state);
        }
        if (state.selection != null && (state.selection != before.selection || state.classes != before.classes
                || state.onToday != before.onToday)) {
            showSelection(state);
        }
        if (state.rows != null && state.rows != before.rows) {
            adapter.submit(state.rows, state.session());
        }
        if (state.window != before.window) {
            showWindow(state.window);
        }
        if (state.clock != null && state.clock != before.clock) {
            showPhase(state);
        }
        if (state.rows != null && (state.rows != before.rows || state.clock != before.clock)) {
            showSummary(state);
        }
    }

    private void showSelection(RegisterUiState state) {
        RegisterSelection selection = state.selection;
        String className = state.className();
        MaterialButton classButton = activity.findViewById(R.id.class_button);
        classButton.setText(activity.getString(R.string.register_class_button, className));
        classButton.setContentDescription(activity.getString(R.string.register_class_button_description, className));
        // The tablet lists the classes beside the register; the phone chooses from the button's menu.
        classButton.setVisibility(classAdapter == null ? View.VISIBLE : View.GONE);
        MaterialButton dateButton = activity.findViewById(R.id.date_button);
        dateButton.setText(DAY.format(selection.date));
        dateButton.setContentDescription(activity.getString(R.string.register_date_button_description,
                FULL_DAY.format(selection.date)));
        activity.findViewById(R.id.today_button).setVisibility(state.onToday ? View.GONE : View.VISIBLE);
        MaterialButtonToggleGroup sessions = activity.findViewById(R.id.session_toggle);
        sessions.check(selection.session == Session.PM ? R.id.session_pm : R.id.session_am);
        if (classAdapter != null) {
            classAdapter.select(selection.classId);
        }
    }

    private void showWindow(@Nullable RegisterWindow window) {
        TextView text = activity.findViewById(R.id.register_window);
        text.setText(window == null ? "" : activity.getString(R.string.register_window, TIME.format(window.opens()),
                TIME.format(window.lateAfter()), TIME.format(window.closes())));
    }

    private void showPhase(RegisterUiState state) {
        RegisterClock clock = state.clock;
        TextView phase = activity.findViewById(R.id.register_phase);
        switch (clock.phase()) {
            case NOT_OPEN:
                phase.setText(activity.getString(R.string.register_phase_not_open,
                        RegisterClock.countdown(clock.untilNextChange())));
                break;
            case ON_TIME:
                phase.setText(activity.getString(R.string.register_phase_on_time, TIME.format(clock.nextChange()),
                        RegisterClock.countdown(clock.untilNextChange())));
                break;
            case LATE:
                phase.setText(activity.getString(R.string.register_phase_late,
                        RegisterClock.countdown(clock.untilNextChange())));
                break;
            case CLOSED:
                phase.setText(state.window != null && state.onToday
                        ? activity.getString(R.string.register_phase_closed, TIME.format(state.window.closes()))
                        : activity.getString(R.string.register_phase_closed_day));
                break;
            default:
                phase.setText(R.string.register_phase_future);
                break;
        }
    }

    private void showSummary(RegisterUiState state) {
        RegisterSummary summary = RegisterSummary.of(state.rows);
        ((TextView) activity.findViewById(R.id.register_summary)).setText(activity.getString(R.string.register_summary,
                summary.present, summary.late, summary.absent, summary.unmarked));
        MaterialButton markAll = activity.findViewById(R.id.mark_all);
        markAll.setVisibility(state.offersMarkAll() ? View.VISIBLE : View.GONE);
        // What the button would mark: the unmarked less any pupil signed out early, whose row proposes a code.
        int remaining = state.remaining().size();
        markAll.setEnabled(remaining > 0);
        markAll.setText(remaining > 0 ? activity.getString(R.string.register_mark_all, remaining)
                : activity.getString(R.string.register_mark_all_done));
        markAll.setContentDescription(remaining > 0
                ? activity.getString(R.string.register_mark_all_description, remaining)
                : activity.getString(R.string.register_mark_all_done));
    }

    private void showEmptyState(RegisterUiState state) {
        TextView empty = activity.findViewById(R.id.register_empty);
        switch (state.empty()) {
            case NO_CALENDAR:
                empty.setText(R.string.register_no_calendar);
                empty.setVisibility(View.VISIBLE);
                break;
            case NO_CLASSES:
                empty.setText(R.string.register_no_classes);
                empty.setVisibility(View.VISIBLE);
                break;
            default:
                empty.setVisibility(View.GONE);
                break;
        }
    }
}
