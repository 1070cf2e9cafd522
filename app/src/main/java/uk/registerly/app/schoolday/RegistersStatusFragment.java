package uk.registerly.app.schoolday;

import android.content.res.ColorStateList;
import android.graphics.Typeface;
import android.os.Bundle;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.LinearLayout;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.core.content.ContextCompat;
import androidx.core.view.ViewCompat;
import androidx.fragment.app.Fragment;
import androidx.lifecycle.ViewModelProvider;

import com.google.android.material.chip.ChipGroup;
import com.google.android.material.dialog.MaterialAlertDialogBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dagger.hilt.android.AndroidEntryPoint;
import uk.registerly.app.R;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.data.schoolday.ClassRegister;
import uk.registerly.app.data.schoolday.RegistersToday;
import uk.registerly.app.ui.Dates;
import uk.registerly.app.ui.Repeating;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.registers.RegisterState;
import uk.registerly.rules.registers.RegisterStatus;

/**
 * The office's "Registers" (issue 15 item 1): which registers of the session are taken, live from the tablet's
 * own journal (offline too); one not taken in the last 5 minutes before its close highlighted in colour and words;
 * and a register taken on its teacher's behalf when the teacher cannot (recorded as such).
 */
@AndroidEntryPoint(Fragment.class)
public class RegistersStatusFragment extends Hilt_RegistersStatusFragment {
    private static final long REFRESH_MILLIS = 60_000;

    private RegistersStatusViewModel viewModel;

    @Override
    public View onCreateView(@NonNull LayoutInflater inflater, @Nullable ViewGroup container,
                             @Nullable Bundle savedInstanceState) {
        return inflater.inflate(R.layout.fragment_registers_status, container, false);
    }

    @Override
    public void onViewCreated(@NonNull View view, @Nullable Bundle savedInstanceState) {
        viewModel = new ViewModelProvider(this).get(RegistersStatusViewModel.class);
        Repeating.whileResumed(getViewLifecycleOwner(), REFRESH_MILLIS, viewModel::refresh);
        ChipGroup sessions = view.findViewById(R.id.registers_session);
        sessions.setOnCheckedStateChangeListener((group, checked) -> {
            if (!checked.isEmpty()) {
                viewModel.choose(checked.get(0) == R.id.registers_pm ? Session.PM : Session.AM);
            }
        });
        viewModel.today().observe(getViewLifecycleOwner(), today -> show(view, sessions, today));
        viewModel.outcomes().observe(getViewLifecycleOwner(), once -> {
            RegistersStatusViewModel.OnBehalfOutcome outcome = once.take();
            if (outcome != null) {
                TextView message = view.findViewById(R.id.registers_message);
                message.setVisibility(View.VISIBLE);
                message.setText(outcome.taken ? getString(R.string.registers_taken_on_behalf, outcome.className,
                        outcome.teacherName, outcome.present, outcome.absent)
                        : outcome.refusal != null ? outcome.refusal
                        : getString(R.string.registers_take_no_teacher, outcome.className));
            }
        });
    }

    private void show(View view, ChipGroup sessions, @Nullable RegistersToday today) {
        TextView summary = view.findViewById(R.id.registers_summary);
        LinearLayout classes = view.findViewById(R.id.registers_classes);
        classes.removeAllViews();
        if (today == null) {
            summary.setText(R.string.registers_working);
            return;
        }
        int id = today.session == Session.PM ? R.id.registers_pm : R.id.registers_am;
        if (sessions.getCheckedChipId() != id) {
            sessions.check(id);
        }
        Locale locale = Dates.locale(requireContext());
        ((TextView) view.findViewById(R.id.registers_when)).setText(getString(R.string.registers_when,
                Dates.dayWithYear(today.date, locale), getString(today.session == Session.PM
                        ? R.string.registers_session_pm : R.string.registers_session_am),
                Dates.time(today.now, locale)));
        if (!today.schoolSession) {
            summary.setText(R.string.registers_no_session);
            return;
        }
        if (today.classes.isEmpty()) {
            summary.setText(R.string.registers_no_classes);
            return;
        }
        int taken = 0;
        int chasing = 0;
        LayoutInflater inflater = LayoutInflater.from(requireContext());
        for (ClassRegister register : today.classes) {
            taken += register.status.state() == RegisterState.TAKEN ? 1 : 0;
            chasing += register.status.reminderDue() ? 1 : 0;
            classes.addView(row(inflater, classes, register, today.session, locale));
        }
        summary.setText(chasing == 0 ? getString(R.string.registers_summary, taken, today.classes.size())
                : getString(R.string.registers_summary_chasing, taken, today.classes.size(), chasing));
    }

    private View row(LayoutInflater inflater, ViewGroup parent, ClassRegister register, Session session,
                     Locale locale) {
        View row = inflater.inflate(R.layout.registers_status_row, parent, false);
        RegisterStatus status = register.status;
        String teachers = teacherNames(register);
        String heading = getString(R.string.registers_class, register.className, teachers);
        String state = stateText(status);
        String time = timeText(status, locale);
        ((TextView) row.findViewById(R.id.register_row_class)).setText(heading);
        ((TextView) row.findViewById(R.id.register_row_state)).setText(state);
        TextView timeView = row.findViewById(R.id.register_row_time);
        timeView.setText(time);
        row.findViewById(R.id.register_row_text).setContentDescription(
                getString(R.string.registers_spoken, heading, state, time));
        if (status.reminderDue()) {
            // Colour and words: the time line says "not taken" as well as the tint.
            ViewCompat.setBackgroundTintList(row, ColorStateList.valueOf(
                    ContextCompat.getColor(requireContext(), R.color.mark_absent_container)));
            timeView.setTextColor(ContextCompat.getColor(requireContext(), R.color.mark_absent));
            timeView.setTypeface(timeView.getTypeface(), Typeface.BOLD);
        }
        View take = row.findViewById(R.id.register_row_take);
        boolean open = status.minutesToClose() != null && status.minutesToClose() > 0;
        // A register is taken on a named teacher's behalf: a class with none on the roster is amended instead.
        boolean canTake = status.state() != RegisterState.TAKEN && open && !register.unmarked.isEmpty()
                && !register.teachers.isEmpty();
        take.setVisibility(canTake ? View.VISIBLE : View.GONE);
        take.setContentDescription(getString(R.string.registers_take_description, register.className, teachers));
        take.setOnClickListener(v -> confirmOnBehalf(register, session, teachers));
        return row;
    }

    private String teacherNames(ClassRegister register) {
        if (register.teachers.isEmpty()) {
            return getString(R.string.registers_no_teacher);
        }
        StringBuilder names = new StringBuilder();
        for (ClassRegister.Teacher teacher : register.teachers) {
            names.append(names.length() == 0 ? "" : ", ").append(teacher.name);
        }
        return names.toString();
    }

    private String stateText(RegisterStatus status) {
        if (status.pupils() == 0) {
            return getString(R.string.registers_state_no_pupils);
        }
        int text = status.state() == RegisterState.TAKEN ? R.string.registers_state_taken
                : status.state() == RegisterState.PARTIAL ? R.string.registers_state_partial
                : R.string.registers_state_not_started;
        return getString(text, status.marked(), status.pupils());
    }

    private String timeText(RegisterStatus status, Locale locale) {
        if (status.state() == RegisterState.TAKEN) {
            return getString(status.takenOnBehalf() ? R.string.registers_taken_at_on_behalf
                    : R.string.registers_taken_at, Dates.time(status.takenAt(), locale));
        }
        if (status.closesAt() == null || status.minutesToClose() == null) {
            return "";
        }
        long minutes = status.minutesToClose();
        if (minutes <= 0) {
            return getString(R.string.registers_closed_not_taken, Dates.time(status.closesAt(), locale));
        }
        return status.reminderDue() ? getString(R.string.registers_closes_soon, (int) minutes)
                : getString(R.string.registers_closes_in, Dates.time(status.closesAt(), locale), (int) minutes);
    }

    /** Every unmarked pupil ticked present to start with; the office unticks those the teacher says are absent. */
    private void confirmOnBehalf(ClassRegister register, Session session, String teachers) {
        List<RosterPupil> pupils = register.unmarked;
        String[] names = new String[pupils.size()];
        boolean[] here = new boolean[pupils.size()];
        for (int i = 0; i < pupils.size(); i++) {
            names[i] = pupils.get(i).firstName + " " + pupils.get(i).lastName;
            here[i] = true;
        }
        new MaterialAlertDialogBuilder(requireContext())
                .setTitle(getString(R.string.registers_take_title, register.className, teachers))
                .setMultiChoiceItems(names, here, (dialog, which, checked) -> here[which] = checked)
                .setNegativeButton(R.string.registers_take_cancel, null)
                .setPositiveButton(R.string.registers_take_confirm, (dialog, which) -> {
                    List<String> present = new ArrayList<>();
                    List<String> absent = new ArrayList<>();
                    for (int i = 0; i < pupils.size(); i++) {
                        (here[i] ? present : absent).add(pupils.get(i).id);
                    }
                    viewModel.takeOnBehalf(register, session, present, absent);
                })
                .show();
    }
}
