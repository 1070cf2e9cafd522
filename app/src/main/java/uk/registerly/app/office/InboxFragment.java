package uk.registerly.app.office;

import android.os.Bundle;
import android.text.InputType;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.ImageView;
import android.widget.LinearLayout;
import android.widget.RadioGroup;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.fragment.app.Fragment;
import androidx.lifecycle.ViewModelProvider;

import com.google.android.material.button.MaterialButton;
import com.google.android.material.radiobutton.MaterialRadioButton;
import com.google.android.material.dialog.MaterialAlertDialogBuilder;
import com.google.android.material.textfield.TextInputEditText;
import com.google.android.material.textfield.TextInputLayout;

import java.time.ZoneId;
import java.util.Locale;

import uk.registerly.app.R;
import uk.registerly.app.data.reports.AbsenceReport;
import uk.registerly.app.data.reports.InboxItem;
import uk.registerly.app.ui.Dates;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * Parents' reports: each open absence once (duplicates merged), accepted with one tap on the
 * code its category suggests (or another code, chosen from a list that wraps on a phone), or declined with a note the parent sees. A
 * report's photo is fetched when asked for and shown full width in its card.
 */
public class InboxFragment extends Fragment {
    private InboxViewModel viewModel;
    /** The code chosen for the line shown; reset to the suggestion when another line is shown. */
    @Nullable
    private AttendanceCode chosen;
    @Nullable
    private String shownId;

    @Override
    public View onCreateView(@NonNull LayoutInflater inflater, @Nullable ViewGroup container,
                             @Nullable Bundle savedInstanceState) {
        return OfficeSectionViews.inflate(inflater, container, R.layout.office_inbox_detail);
    }

    @Override
    public void onViewCreated(@NonNull View view, @Nullable Bundle savedInstanceState) {
        viewModel = new ViewModelProvider(requireActivity()).get(InboxViewModel.class);
        OfficeSectionViews section = new OfficeSectionViews(this, view, R.string.office_inbox_empty, viewModel::select,
                () -> viewModel.select(null));

        viewModel.items().observe(getViewLifecycleOwner(), items -> section.showLines(items, this::line));
        viewModel.selected().observe(getViewLifecycleOwner(), item -> {
            section.showSelected(item == null ? null : item.group.first().id);
            if (item != null) {
                bind(view, item);
            }
        });
        viewModel.photo().observe(getViewLifecycleOwner(), photo -> {
            LinearLayout reports = view.findViewById(R.id.inbox_reports);
            for (int i = 0; i < reports.getChildCount(); i++) {
                View card = reports.getChildAt(i);
                bindPhoto(card, (AbsenceReport) card.getTag(), photo);
            }
        });
        OfficeSectionViews.toastRefusals(this, viewModel.errors());
    }

    private OfficeLine line(InboxItem item) {
        AbsenceReport first = item.group.first();
        String subtitle = getString(R.string.office_inbox_line, OfficeTexts.category(requireContext(), first.category),
                OfficeTexts.dates(requireContext(), first.from, first.to, first.sessions));
        if (item.group.isMerged()) {
            subtitle = getString(R.string.office_inbox_line_merged, subtitle, item.group.reports.size());
        }
        AttendanceCode suggested = item.group.suggestedCode();
        return OfficeLine.of(first.id, OfficeTexts.pupil(item.pupil), subtitle,
                suggested == null ? getString(R.string.office_tag_choose) : suggested.symbol(),
                suggested == null ? R.color.status_waiting : R.color.status_open);
    }

    private void bind(View view, InboxItem item) {
        if (!item.group.first().id.equals(shownId)) {
            shownId = item.group.first().id;
            chosen = item.group.suggestedCode();
        }
        ((TextView) view.findViewById(R.id.inbox_name)).setText(OfficeTexts.pupil(item.pupil));
        TextView merged = view.findViewById(R.id.inbox_merged);
        merged.setVisibility(item.group.isMerged() ? View.VISIBLE : View.GONE);
        merged.setText(getString(R.string.office_inbox_merged, item.group.reports.size()));

        LinearLayout reports = view.findViewById(R.id.inbox_reports);
        reports.removeAllViews();
        Locale locale = Dates.locale(requireContext());
        for (AbsenceReport report : item.group.reports) {
            View card = getLayoutInflater().inflate(R.layout.office_report, reports, false);
            ((TextView) card.findViewById(R.id.report_title)).setText(
                    OfficeTexts.category(requireContext(), report.category));
            ((TextView) card.findViewById(R.id.report_when)).setText(
                    OfficeTexts.dates(requireContext(), report.from, report.to, report.sessions));
            TextView note = card.findViewById(R.id.report_note);
            note.setVisibility(report.note == null ? View.GONE : View.VISIBLE);
            note.setText(report.note == null ? null : getString(R.string.office_quoted, report.note));
            String reported = getString(R.string.office_inbox_reported_at, Dates.dayAndTime(
                    report.reportedAt.atZone(ZoneId.systemDefault()).toLocalDateTime(), locale));
            ((TextView) card.findViewById(R.id.report_meta)).setText(report.evidenceId == null ? reported
                    : getString(R.string.office_inbox_with_photo, reported));
            card.setTag(report);
            card.findViewById(R.id.report_view_photo).setOnClickListener(v -> viewModel.viewPhoto(report.evidenceId));
            bindPhoto(card, report, viewModel.photo().getValue());
            reports.addView(card);
        }

        ((TextView) view.findViewById(R.id.inbox_covers)).setText(item.covered.isEmpty()
                ? getString(R.string.office_inbox_covers_none)
                : getResources().getQuantityString(R.plurals.office_inbox_covers, item.covered.size(),
                item.covered.size()));
        RadioGroup codes = view.findViewById(R.id.inbox_codes);
        codes.setOnCheckedChangeListener(null);
        codes.removeAllViews();
        for (AttendanceCode code : item.group.codeChoices()) {
            MaterialRadioButton option = new MaterialRadioButton(requireContext());
            option.setId(View.generateViewId());
            option.setText(OfficeTexts.code(code));
            option.setTag(code);
            option.setMinHeight(getResources().getDimensionPixelSize(R.dimen.touch_target_min));
            codes.addView(option, new RadioGroup.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT,
                    ViewGroup.LayoutParams.WRAP_CONTENT));
            if (code == chosen) {
                codes.check(option.getId());
            }
        }
        MaterialButton accept = view.findViewById(R.id.inbox_accept);
        Runnable showChoice = () -> {
            accept.setEnabled(chosen != null);
            accept.setText(chosen == null ? getString(R.string.office_inbox_choose_code)
                    : getString(R.string.office_inbox_accept, chosen.symbol()));
            accept.setContentDescription(chosen == null ? null
                    : getString(R.string.office_inbox_accept_description, OfficeTexts.code(chosen)));
        };
        codes.setOnCheckedChangeListener((group, checked) -> {
            chosen = checked == View.NO_ID ? null : (AttendanceCode) group.findViewById(checked).getTag();
            showChoice.run();
        });
        showChoice.run();
        accept.setOnClickListener(v -> {
            if (chosen != null) {
                viewModel.accept(item, chosen);
            }
        });
        view.findViewById(R.id.inbox_decline).setOnClickListener(v -> decline(item));
        view.findViewById(R.id.inbox_open_record).setOnClickListener(v ->
                startActivity(PupilRecordActivity.intent(requireContext(), item.pupil.id)));
    }

    /** The photo part of a report's card: the button, the photo as it loads, or why it is not there. */
    private void bindPhoto(View card, AbsenceReport report, @Nullable ReportPhoto photo) {
        ReportPhoto mine = photo != null && photo.evidenceId.equals(report.evidenceId) ? photo : null;
        card.findViewById(R.id.report_view_photo).setVisibility(report.evidenceId != null
                && (mine == null || mine.mayRetry()) ? View.VISIBLE : View.GONE);
        card.findViewById(R.id.report_photo_progress).setVisibility(mine != null && mine.isLoading()
                ? View.VISIBLE : View.GONE);
        ImageView image = card.findViewById(R.id.report_photo);
        boolean shown = mine != null && mine.bitmap != null;
        image.setImageBitmap(shown ? mine.bitmap : null);
        image.setContentDescription(shown ? getString(R.string.office_photo_description,
                OfficeTexts.category(requireContext(), report.category),
                OfficeTexts.dates(requireContext(), report.from, report.to, report.sessions)) : null);
        image.setVisibility(shown ? View.VISIBLE : View.GONE);
        TextView message = card.findViewById(R.id.report_photo_message);
        String problem = mine == null ? null : OfficeTexts.photoProblem(requireContext(), mine);
        message.setText(problem);
        message.setVisibility(problem == null ? View.GONE : View.VISIBLE);
    }

    /** Declining needs a note: the parent reads it. */
    private void decline(InboxItem item) {
        View form = getLayoutInflater().inflate(R.layout.text_entry_dialog, null, false);
        TextInputLayout layout = form.findViewById(R.id.note_layout);
        TextInputEditText note = form.findViewById(R.id.note);
        layout.setHint(R.string.office_inbox_decline_note);
        note.setInputType(InputType.TYPE_CLASS_TEXT | InputType.TYPE_TEXT_FLAG_CAP_SENTENCES
                | InputType.TYPE_TEXT_FLAG_MULTI_LINE);
        new MaterialAlertDialogBuilder(requireContext())
                .setTitle(getString(R.string.office_inbox_decline_title, OfficeTexts.pupil(item.pupil)))
                .setView(form)
                .setPositiveButton(R.string.office_inbox_decline, (dialog, which) ->
                        viewModel.decline(item, note.getText() == null ? "" : note.getText().toString()))
                .setNegativeButton(android.R.string.cancel, null)
                .show();
    }
}
