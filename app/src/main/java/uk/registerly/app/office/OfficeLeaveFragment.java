package uk.registerly.app.office;

import android.os.Bundle;
import android.text.InputType;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.LinearLayout;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.core.content.ContextCompat;
import androidx.fragment.app.Fragment;
import androidx.lifecycle.ViewModelProvider;

import com.google.android.material.button.MaterialButton;
import com.google.android.material.checkbox.MaterialCheckBox;
import com.google.android.material.dialog.MaterialAlertDialogBuilder;
import com.google.android.material.textfield.TextInputEditText;
import com.google.android.material.textfield.TextInputLayout;

import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

import uk.registerly.app.R;
import uk.registerly.app.data.leave.LeaveChecks;
import uk.registerly.app.data.leave.LeaveLine;
import uk.registerly.app.data.leave.LeaveRequestState;
import uk.registerly.app.ui.Dates;
import uk.registerly.rules.leave.LeaveIssue;

/**
 * Parents' leave requests: each with the rules' checks shown (asked in advance, the school's
 * notice, exceptional circumstances only, never for dates refused before); approve gives C for
 * every granted session, refuse needs a note and is final.
 */
public class OfficeLeaveFragment extends Fragment {
    private OfficeLeaveViewModel viewModel;

    @Override
    public View onCreateView(@NonNull LayoutInflater inflater, @Nullable ViewGroup container,
                             @Nullable Bundle savedInstanceState) {
        return OfficeSectionViews.inflate(inflater, container, R.layout.office_leave_detail);
    }

    @Override
    public void onViewCreated(@NonNull View view, @Nullable Bundle savedInstanceState) {
        viewModel = new ViewModelProvider(requireActivity()).get(OfficeLeaveViewModel.class);
        OfficeSectionViews section = new OfficeSectionViews(this, view, R.string.office_leave_empty, viewModel::select,
                () -> viewModel.select(null));

        viewModel.lines().observe(getViewLifecycleOwner(), lines -> section.showLines(lines, this::line));
        MaterialCheckBox exceptional = view.findViewById(R.id.leave_exceptional);
        exceptional.setOnCheckedChangeListener((box, checked) -> viewModel.setExceptional(checked));
        viewModel.selected().observe(getViewLifecycleOwner(), line -> {
            section.showSelected(line == null ? null : line.request.id);
            if (line != null) {
                bind(view, line);
            }
        });
        viewModel.exceptional().observe(getViewLifecycleOwner(), judged -> {
            if (exceptional.isChecked() != judged) {
                exceptional.setChecked(judged);
            }
            LeaveLine line = viewModel.selected().getValue();
            if (line != null) {
                bind(view, line);
            }
        });
        OfficeSectionViews.toastRefusals(this, viewModel.errors());
    }

    private OfficeLine line(LeaveLine line) {
        LeaveRequestState request = line.request;
        String subtitle = OfficeTexts.dates(requireContext(), request.from, request.to, request.sessions);
        switch (request.status) {
            case APPROVED:
                return OfficeLine.of(request.id, OfficeTexts.pupil(line.pupil), subtitle,
                        getString(R.string.office_leave_tag_approved), R.color.mark_authorised);
            case REFUSED:
                return OfficeLine.of(request.id, OfficeTexts.pupil(line.pupil), subtitle,
                        getString(R.string.office_leave_tag_refused), R.color.mark_absent);
            default:
                return OfficeLine.of(request.id, OfficeTexts.pupil(line.pupil), subtitle,
                        getString(R.string.office_leave_tag_open), R.color.status_open);
        }
    }

    private void bind(View view, LeaveLine line) {
        LeaveRequestState request = line.request;
        Locale locale = Dates.locale(requireContext());
        boolean judged = Boolean.TRUE.equals(viewModel.exceptional().getValue());
        ((TextView) view.findViewById(R.id.leave_name)).setText(OfficeTexts.pupil(line.pupil));
        ((TextView) view.findViewById(R.id.leave_dates)).setText(OfficeTexts.dates(requireContext(), request.from,
                request.to, request.sessions));
        ((TextView) view.findViewById(R.id.leave_reason)).setText(getString(R.string.office_quoted, request.reason));
        java.time.LocalDate asked = request.requestedAt.atZone(ZoneId.systemDefault()).toLocalDate();
        ((TextView) view.findViewById(R.id.leave_asked)).setText(getString(R.string.office_leave_asked,
                Dates.dayWithYear(asked, locale), ChronoUnit.DAYS.between(asked, request.from)));

        LinearLayout checks = view.findViewById(R.id.leave_checks);
        checks.removeAllViews();
        LeaveChecks rules = line.checks;
        if (rules == null) {
            checks.addView(check(getString(R.string.office_leave_rules_unknown), false));
        } else {
            Set<LeaveIssue> issues = rules.issues(judged);
            long notice = ChronoUnit.DAYS.between(asked, request.from);
            checks.addView(issues.contains(LeaveIssue.NOT_IN_ADVANCE)
                    ? check(getString(R.string.office_leave_check_not_in_advance), false)
                    : issues.contains(LeaveIssue.SHORT_NOTICE)
                    ? check(getString(R.string.office_leave_check_short_notice, notice, rules.noticeDays), null)
                    : check(getString(R.string.office_leave_check_notice_ok, notice, rules.noticeDays), true));
            checks.addView(issues.contains(LeaveIssue.NOT_EXCEPTIONAL)
                    ? check(getString(R.string.office_leave_check_not_exceptional), false)
                    : check(getString(R.string.office_leave_check_exceptional), true));
            checks.addView(issues.contains(LeaveIssue.PREVIOUSLY_REFUSED)
                    ? check(getString(R.string.office_leave_check_refused_before), false)
                    : check(getString(R.string.office_leave_check_not_refused), true));
        }

        boolean open = request.isOpen();
        MaterialCheckBox exceptional = view.findViewById(R.id.leave_exceptional);
        exceptional.setVisibility(open ? View.VISIBLE : View.GONE);
        TextView decided = view.findViewById(R.id.leave_decided);
        decided.setVisibility(open ? View.GONE : View.VISIBLE);
        decided.setText(request.status == LeaveRequestState.Status.APPROVED
                ? getString(R.string.office_leave_approved)
                : getString(R.string.office_leave_refused, request.note == null ? "" : request.note));
        MaterialButton approve = view.findViewById(R.id.leave_approve);
        MaterialButton refuse = view.findViewById(R.id.leave_refuse);
        approve.setVisibility(open ? View.VISIBLE : View.GONE);
        refuse.setVisibility(open ? View.VISIBLE : View.GONE);
        approve.setEnabled(rules != null && rules.mayBeGranted(judged));
        approve.setText(R.string.office_leave_approve);
        approve.setContentDescription(getString(R.string.office_leave_approve_description,
                OfficeTexts.pupil(line.pupil)));
        approve.setOnClickListener(v -> viewModel.approve(line));
        refuse.setOnClickListener(v -> refuse(line));
        view.findViewById(R.id.leave_open_record).setOnClickListener(v ->
                startActivity(PupilRecordActivity.intent(requireContext(), line.pupil.id)));
    }

    /** One check: passed (true), failed and blocking (false), or a warning the head may overrule (null). */
    private TextView check(String text, @Nullable Boolean passed) {
        TextView check = new TextView(requireContext());
        String mark = passed == null ? "!" : passed ? "✓" : "✗";
        check.setText(getString(R.string.office_leave_check_line, mark, text));
        check.setTextAppearance(com.google.android.material.R.style.TextAppearance_Material3_BodyLarge);
        check.setTextColor(ContextCompat.getColor(requireContext(), passed == null ? R.color.mark_authorised
                : passed ? R.color.mark_present : R.color.mark_absent));
        int padding = Math.round(6 * getResources().getDisplayMetrics().density);
        check.setPadding(0, padding, 0, padding);
        check.setTextAlignment(View.TEXT_ALIGNMENT_VIEW_START);
        return check;
    }

    private void refuse(LeaveLine line) {
        View form = getLayoutInflater().inflate(R.layout.text_entry_dialog, null, false);
        TextInputLayout layout = form.findViewById(R.id.note_layout);
        TextInputEditText note = form.findViewById(R.id.note);
        layout.setHint(R.string.office_leave_refuse_note);
        note.setInputType(InputType.TYPE_CLASS_TEXT | InputType.TYPE_TEXT_FLAG_CAP_SENTENCES
                | InputType.TYPE_TEXT_FLAG_MULTI_LINE);
        new MaterialAlertDialogBuilder(requireContext())
                .setTitle(getString(R.string.office_leave_refuse_title, OfficeTexts.pupil(line.pupil)))
                .setMessage(R.string.office_leave_refuse_final)
                .setView(form)
                .setPositiveButton(R.string.office_leave_refuse, (dialog, which) ->
                        viewModel.refuse(line, note.getText() == null ? "" : note.getText().toString()))
                .setNegativeButton(android.R.string.cancel, null)
                .show();
    }
}
