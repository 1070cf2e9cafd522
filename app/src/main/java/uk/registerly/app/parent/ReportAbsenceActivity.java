package uk.registerly.app.parent;

import android.app.DatePickerDialog;
import android.content.Context;
import android.content.Intent;
import android.os.Bundle;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.CompoundButton;
import android.widget.TextView;
import android.widget.Toast;

import androidx.activity.result.ActivityResultLauncher;
import androidx.activity.result.contract.ActivityResultContracts;
import androidx.annotation.Nullable;
import androidx.appcompat.app.AppCompatActivity;
import androidx.lifecycle.ViewModelProvider;

import com.google.android.material.appbar.MaterialToolbar;
import com.google.android.material.button.MaterialButton;
import com.google.android.material.checkbox.MaterialCheckBox;
import com.google.android.material.chip.ChipGroup;
import com.google.android.material.dialog.MaterialAlertDialogBuilder;
import com.google.android.material.textfield.TextInputEditText;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import dagger.hilt.android.AndroidEntryPoint;

import uk.registerly.app.R;
import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.app.data.reports.AbsenceReport;
import uk.registerly.app.data.reports.ReportLine;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.ui.AfterTextChanged;
import uk.registerly.app.ui.Dates;

/**
 * Report an absence for one or several children in a minute: when (today, tomorrow, or dates
 * ahead), which part of the day, why, an optional note and an optional photo of a letter or an
 * appointment card. An open report can be edited or cancelled here until the school deals with it.
 */
@AndroidEntryPoint(AppCompatActivity.class)
public class ReportAbsenceActivity extends Hilt_ReportAbsenceActivity {
    private ReportAbsenceViewModel viewModel;
    private boolean binding;

    private final ActivityResultLauncher<String> pickPhoto = registerForActivityResult(
            new ActivityResultContracts.GetContent(), uri -> {
                if (uri != null) {
                    viewModel.photo(uri);
                }
            });

    public static Intent create(Context context) {
        return new Intent(context, ReportAbsenceActivity.class);
    }

    public static Intent edit(Context context, String reportId) {
        return new Intent(context, ReportAbsenceActivity.class).putExtra(ReportAbsenceViewModel.REPORT, reportId);
    }

    @Override
    protected void onCreate(@Nullable Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_report_absence);
        viewModel = new ViewModelProvider(this).get(ReportAbsenceViewModel.class);
        MaterialToolbar toolbar = findViewById(R.id.toolbar);
        toolbar.setTitle(viewModel.isEdit() ? R.string.parent_edit_report_title : R.string.parent_report_title_new);
        toolbar.setNavigationOnClickListener(v -> finish());
        MaterialButton send = findViewById(R.id.report_send);
        send.setText(viewModel.isEdit() ? R.string.parent_save_changes : R.string.parent_send_report);

        ((ChipGroup) findViewById(R.id.report_when)).setOnCheckedStateChangeListener((group, ids) -> {
            if (!binding && !ids.isEmpty()) {
                int id = ids.get(0);
                viewModel.when(id == R.id.report_today ? ReportForm.When.TODAY
                        : id == R.id.report_tomorrow ? ReportForm.When.TOMORROW : ReportForm.When.DATES);
            }
        });
        findViewById(R.id.report_from).setOnClickListener(v ->
                FormChoices.pickDate(this, viewModel.form().getValue().from, viewModel::from));
        findViewById(R.id.report_to).setOnClickListener(v ->
                FormChoices.pickDate(this, viewModel.form().getValue().to, viewModel::to));
        FormChoices.sessions(findViewById(R.id.report_am), findViewById(R.id.report_pm), () -> binding,
                viewModel::sessions);
        ((ChipGroup) findViewById(R.id.report_category)).setOnCheckedStateChangeListener((group, ids) -> {
            if (!binding && !ids.isEmpty()) {
                viewModel.category(categoryOf(ids.get(0)));
            }
        });
        ((TextInputEditText) findViewById(R.id.report_note)).addTextChangedListener(new AfterTextChanged(text -> {
            if (!binding) {
                viewModel.note(text);
            }
        }));
        findViewById(R.id.report_add_photo).setOnClickListener(v -> pickPhoto.launch("image/*"));
        findViewById(R.id.report_remove_photo).setOnClickListener(v -> viewModel.removePhoto());
        send.setOnClickListener(v -> viewModel.send());
        findViewById(R.id.report_cancel).setOnClickListener(v -> new MaterialAlertDialogBuilder(this)
                .setTitle(R.string.parent_cancel_report_title)
                .setMessage(R.string.parent_cancel_report_explained)
                .setPositiveButton(R.string.parent_cancel_report, (dialog, which) -> viewModel.cancelReport())
                .setNegativeButton(R.string.parent_keep_report, null)
                .show());

        viewModel.children().observe(this, this::showChildren);
        viewModel.form().observe(this, this::bind);
        viewModel.existing().observe(this, this::showStatus);
        viewModel.busy().observe(this, busy -> {
            findViewById(R.id.report_busy).setVisibility(busy ? View.VISIBLE : View.GONE);
            send.setEnabled(!busy);
        });
        viewModel.outcome().observe(this, shot -> {
            ReportAbsenceViewModel.Outcome outcome = shot.take();
            if (outcome == null) {
                return;
            }
            TextView error = findViewById(R.id.report_error);
            switch (outcome.kind) {
                case SENT:
                    Toast.makeText(this, R.string.parent_report_saved, Toast.LENGTH_LONG).show();
                    finish();
                    break;
                case CANCELLED:
                    Toast.makeText(this, R.string.parent_report_cancelled, Toast.LENGTH_LONG).show();
                    finish();
                    break;
                case MISSING_REASON:
                    error.setVisibility(View.VISIBLE);
                    error.setText(R.string.parent_problem_no_reason);
                    break;
                default:
                    error.setVisibility(View.VISIBLE);
                    error.setText(ParentTexts.problem(outcome.problem));
            }
        });
    }

    private void showChildren(List<RosterPupil> children) {
        LinearLayout list = findViewById(R.id.report_children);
        if (ChildChoices.same(list, children)) {
            return;
        }
        list.removeAllViews();
        for (RosterPupil child : children) {
            MaterialCheckBox box = new MaterialCheckBox(this);
            box.setText(getString(R.string.parent_child_name, child.firstName, child.lastName));
            box.setMinHeight(Math.round(48 * getResources().getDisplayMetrics().density));
            box.setTag(child.id);
            box.setOnCheckedChangeListener((view, checked) -> {
                if (!binding) {
                    viewModel.toggleChild(child.id, checked);
                }
            });
            list.addView(box);
        }
        ReportForm form = viewModel.form().getValue();
        if (form != null) {
            bind(form);
        }
    }

    private void bind(ReportForm form) {
        binding = true;
        try {
            Locale locale = Dates.locale(this);
            LinearLayout children = findViewById(R.id.report_children);
            for (int i = 0; i < children.getChildCount(); i++) {
                MaterialCheckBox box = (MaterialCheckBox) children.getChildAt(i);
                box.setChecked(form.children.contains((String) box.getTag()));
                // An edit concerns the report's child only.
                box.setEnabled(!viewModel.isEdit());
            }
            ((ChipGroup) findViewById(R.id.report_when)).check(form.when == ReportForm.When.TODAY ? R.id.report_today
                    : form.when == ReportForm.When.TOMORROW ? R.id.report_tomorrow : R.id.report_dates);
            ((TextView) findViewById(R.id.report_today)).setText(getString(R.string.parent_today_date,
                    Dates.day(viewModel.today(), locale)));
            ((TextView) findViewById(R.id.report_tomorrow)).setText(getString(R.string.parent_tomorrow_date,
                    Dates.day(viewModel.today().plusDays(1), locale)));
            findViewById(R.id.report_range).setVisibility(form.when == ReportForm.When.DATES ? View.VISIBLE : View.GONE);
            MaterialButton from = findViewById(R.id.report_from);
            MaterialButton to = findViewById(R.id.report_to);
            from.setText(getString(R.string.parent_from_date, Dates.day(form.from, locale)));
            to.setText(getString(R.string.parent_to_date, Dates.day(form.to, locale)));
            from.setContentDescription(getString(R.string.parent_from_description, Dates.dayWithYear(form.from, locale)));
            to.setContentDescription(getString(R.string.parent_to_description, Dates.dayWithYear(form.to, locale)));
            ((CompoundButton) findViewById(R.id.report_am)).setChecked(form.morning);
            ((CompoundButton) findViewById(R.id.report_pm)).setChecked(form.afternoon);
            ChipGroup categories = findViewById(R.id.report_category);
            if (form.category == null) {
                categories.clearCheck();
            } else {
                categories.check(idOf(form.category));
            }
            TextInputEditText note = findViewById(R.id.report_note);
            if (!note.getText().toString().equals(form.note)) {
                note.setText(form.note);
            }
            ((TextView) findViewById(R.id.report_photo_state)).setText(form.photo != null ? R.string.parent_photo_added
                    : form.keepsPhoto ? R.string.parent_photo_kept : R.string.parent_photo_none);
            findViewById(R.id.report_remove_photo).setVisibility(form.hasPhoto() ? View.VISIBLE : View.GONE);
            ((MaterialButton) findViewById(R.id.report_add_photo)).setText(form.hasPhoto()
                    ? R.string.parent_replace_photo : R.string.parent_add_photo);
            findViewById(R.id.report_error).setVisibility(View.GONE);
        } finally {
            binding = false;
        }
    }

    /** An edited report's state; once the school has dealt with it, the form is read-only. */
    private void showStatus(@Nullable ReportLine line) {
        TextView status = findViewById(R.id.report_status);
        if (line == null) {
            return;
        }
        AbsenceReport report = line.report;
        status.setVisibility(View.VISIBLE);
        boolean open = report.isOpen();
        switch (report.status) {
            case ACCEPTED:
                status.setText(getString(R.string.parent_status_accepted, getString(ParentTexts.meaning(report.code)),
                        report.code.symbol()));
                break;
            case DECLINED:
                status.setText(getString(R.string.parent_status_declined,
                        report.declineNote == null ? "" : report.declineNote));
                break;
            case CANCELLED:
                status.setText(R.string.parent_status_cancelled);
                break;
            default:
                status.setText(line.unsent ? R.string.parent_status_unsent : R.string.parent_status_with_school);
        }
        findViewById(R.id.report_send).setVisibility(open ? View.VISIBLE : View.GONE);
        findViewById(R.id.report_cancel).setVisibility(open ? View.VISIBLE : View.GONE);
        for (int id : new int[] {R.id.report_from, R.id.report_to, R.id.report_am, R.id.report_pm,
                R.id.report_note, R.id.report_add_photo, R.id.report_remove_photo}) {
            findViewById(id).setEnabled(open);
        }
        for (int group : new int[] {R.id.report_category, R.id.report_when}) {
            ChipGroup chips = findViewById(group);
            for (int i = 0; i < chips.getChildCount(); i++) {
                chips.getChildAt(i).setEnabled(open);
            }
        }
    }


    private static AbsenceCategory categoryOf(int id) {
        if (id == R.id.report_category_illness) {
            return AbsenceCategory.ILLNESS;
        } else if (id == R.id.report_category_medical) {
            return AbsenceCategory.MEDICAL_APPOINTMENT;
        } else if (id == R.id.report_category_religious) {
            return AbsenceCategory.RELIGIOUS_OBSERVANCE;
        } else if (id == R.id.report_category_emergency) {
            return AbsenceCategory.FAMILY_EMERGENCY;
        } else if (id == R.id.report_category_transport) {
            return AbsenceCategory.TRANSPORT;
        }
        return AbsenceCategory.OTHER;
    }

    private static int idOf(AbsenceCategory category) {
        switch (category) {
            case ILLNESS:
                return R.id.report_category_illness;
            case MEDICAL_APPOINTMENT:
                return R.id.report_category_medical;
            case RELIGIOUS_OBSERVANCE:
                return R.id.report_category_religious;
            case FAMILY_EMERGENCY:
                return R.id.report_category_emergency;
            case TRANSPORT:
                return R.id.report_category_transport;
            default:
                return R.id.report_category_other;
        }
    }
}
