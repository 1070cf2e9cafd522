package uk.registerly.app.office;

import android.os.Bundle;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.LinearLayout;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.fragment.app.Fragment;
import androidx.lifecycle.ViewModelProvider;

import com.google.android.material.button.MaterialButton;
import com.google.android.material.dialog.MaterialAlertDialogBuilder;

import java.util.List;

import uk.registerly.app.R;
import uk.registerly.app.data.calling.CallRow;
import uk.registerly.app.data.calling.ContactAttempt;
import uk.registerly.app.data.journal.EventPayloads.ContactOutcome;
import uk.registerly.app.data.reports.ReasonCodes;
import uk.registerly.app.data.roster.Guardian;
import uk.registerly.app.ui.Dates;
import uk.registerly.app.ui.Dialer;
import uk.registerly.app.ui.Repeating;
import uk.registerly.rules.codes.AttendanceCode;

/** First-day calling: pupils still N after their register closed; call a contact, record the outcome in one tap. */
public class CallingFragment extends Fragment {
    private static final long REFRESH_MILLIS = 60_000;

    private CallingViewModel viewModel;

    @Override
    public View onCreateView(@NonNull LayoutInflater inflater, @Nullable ViewGroup container,
                             @Nullable Bundle savedInstanceState) {
        return OfficeSectionViews.inflate(inflater, container, R.layout.office_calling_detail);
    }

    @Override
    public void onViewCreated(@NonNull View view, @Nullable Bundle savedInstanceState) {
        viewModel = new ViewModelProvider(requireActivity()).get(CallingViewModel.class);
        Repeating.whileResumed(getViewLifecycleOwner(), REFRESH_MILLIS, viewModel::refresh);
        OfficeSectionViews section = new OfficeSectionViews(this, view, R.string.office_calling_empty, viewModel::select,
                () -> viewModel.select(null));

        viewModel.rows().observe(getViewLifecycleOwner(), rows -> section.showLines(rows, this::line));
        viewModel.selected().observe(getViewLifecycleOwner(), row -> {
            section.showSelected(row == null ? null : row.pupil.id);
            if (row != null) {
                bind(view, row);
            }
        });
        OfficeSectionViews.toastRefusals(this, viewModel.errors());
    }

    private OfficeLine line(CallRow row) {
        String subtitle = getString(R.string.office_call_line, OfficeTexts.yearGroup(requireContext(), row.pupil),
                OfficeTexts.today(requireContext(), row.unexplained));
        if (!row.attempts.isEmpty()) {
            subtitle = getString(R.string.office_call_line_tried, subtitle, getResources().getQuantityString(
                    R.plurals.office_calls_made, row.attempts.size(), row.attempts.size()));
        }
        return row.homeVisitFlagged
                ? OfficeLine.of(row.pupil.id, OfficeTexts.pupil(row.pupil), subtitle,
                getString(R.string.office_tag_home_visit), R.color.mark_absent)
                : OfficeLine.of(row.pupil.id, OfficeTexts.pupil(row.pupil), subtitle, AttendanceCode.N.symbol(),
                R.color.mark_unexplained);
    }

    private void bind(View view, CallRow row) {
        ((TextView) view.findViewById(R.id.call_name)).setText(OfficeTexts.pupil(row.pupil));
        ((TextView) view.findViewById(R.id.call_summary)).setText(getString(R.string.office_call_summary,
                OfficeTexts.yearGroup(requireContext(), row.pupil), OfficeTexts.today(requireContext(), row.unexplained)));
        Guardian callee = viewModel.callee(row);
        ((TextView) view.findViewById(R.id.call_next)).setText(row.homeVisitFlagged
                ? getString(R.string.office_call_home_visit_flagged)
                : callee == null ? getString(R.string.office_call_all_tried)
                : getString(R.string.office_call_next, contactName(callee)));

        LinearLayout contacts = view.findViewById(R.id.call_contacts);
        contacts.removeAllViews();
        if (row.contacts.isEmpty()) {
            TextView none = new TextView(requireContext());
            none.setText(R.string.office_call_no_contacts);
            contacts.addView(none);
        }
        for (Guardian contact : row.contacts) {
            View line = getLayoutInflater().inflate(R.layout.office_contact, contacts, false);
            ((TextView) line.findViewById(R.id.contact_name)).setText(contactName(contact));
            ((TextView) line.findViewById(R.id.contact_phone)).setText(contact.phone == null
                    ? getString(R.string.office_call_no_phone) : contact.phone);
            MaterialButton call = line.findViewById(R.id.contact_call);
            call.setEnabled(contact.phone != null);
            call.setContentDescription(contact.phone == null ? null
                    : getString(R.string.office_call_description, contactName(contact), contact.phone));
            call.setOnClickListener(v -> {
                viewModel.dialling(row, contact);
                Dialer.start(requireContext(), contact.phone);
            });
            contacts.addView(line);
        }

        view.findViewById(R.id.call_reason_given).setOnClickListener(v -> chooseReason(row));
        view.findViewById(R.id.call_no_answer).setOnClickListener(v -> viewModel.record(row, ContactOutcome.NO_ANSWER));
        view.findViewById(R.id.call_message_left).setOnClickListener(v ->
                viewModel.record(row, ContactOutcome.MESSAGE_LEFT));
        view.findViewById(R.id.call_home_visit).setOnClickListener(v ->
                viewModel.record(row, ContactOutcome.HOME_VISIT_FLAGGED));
        view.findViewById(R.id.call_home_visit).setEnabled(!row.homeVisitFlagged);

        StringBuilder attempts = new StringBuilder();
        for (ContactAttempt attempt : row.attempts) {
            if (attempts.length() > 0) {
                attempts.append('\n');
            }
            String time = Dates.time(attempt.at, Dates.locale(requireContext()));
            attempts.append(attempt.note == null
                    ? getString(R.string.office_call_attempt_short, time, getString(outcome(attempt.outcome)))
                    : getString(R.string.office_call_attempt, time, getString(outcome(attempt.outcome)), attempt.note));
        }
        ((TextView) view.findViewById(R.id.call_attempts)).setText(attempts.length() == 0
                ? getString(R.string.office_call_none_yet) : attempts.toString());
        view.findViewById(R.id.call_open_record).setOnClickListener(v ->
                startActivity(PupilRecordActivity.intent(requireContext(), row.pupil.id)));
    }

    /** The parent gave a reason: pick the code; it explains today's sessions. */
    private void chooseReason(CallRow row) {
        List<AttendanceCode> codes = ReasonCodes.phoneReasons();
        String[] labels = new String[codes.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = OfficeTexts.code(codes.get(i));
        }
        new MaterialAlertDialogBuilder(requireContext())
                .setTitle(getString(R.string.office_call_reason_title, OfficeTexts.pupil(row.pupil),
                        OfficeTexts.today(requireContext(), row.toExplain)))
                .setItems(labels, (dialog, which) -> viewModel.reasonGiven(row, codes.get(which)))
                .setNegativeButton(android.R.string.cancel, null)
                .show();
    }

    private String contactName(Guardian contact) {
        return contact.relationship == null ? contact.name
                : getString(R.string.office_contact_name, contact.name, contact.relationship);
    }

    private static int outcome(ContactOutcome outcome) {
        switch (outcome) {
            case REACHED:
                return R.string.office_outcome_reached;
            case NO_ANSWER:
                return R.string.office_outcome_no_answer;
            case MESSAGE_LEFT:
                return R.string.office_outcome_message_left;
            default:
                return R.string.office_outcome_home_visit;
        }
    }
}
