package uk.registerly.app.parent;

import android.app.DatePickerDialog;
import android.content.Context;
import android.content.Intent;
import android.os.Bundle;
import android.view.View;
import android.widget.CompoundButton;
import android.widget.RadioGroup;
import android.widget.TextView;
import android.widget.Toast;

import androidx.annotation.Nullable;
import androidx.appcompat.app.AppCompatActivity;
import androidx.lifecycle.ViewModelProvider;

import com.google.android.material.appbar.MaterialToolbar;
import com.google.android.material.button.MaterialButton;
import com.google.android.material.checkbox.MaterialCheckBox;
import com.google.android.material.radiobutton.MaterialRadioButton;
import com.google.android.material.textfield.TextInputEditText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import dagger.hilt.android.AndroidEntryPoint;

import uk.registerly.app.R;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.ui.AfterTextChanged;
import uk.registerly.app.ui.Dates;
import uk.registerly.rules.leave.LeaveIssue;

/**
 * Asking for leave of absence in term time: the school's rules are explained first (exceptional
 * circumstances only, the notice the school asks for, never once the leave has begun, a refusal
 * makes the absence unauthorised), the rules' view of the chosen dates is shown before sending,
 * and the parent confirms having read the rules.
 */
@AndroidEntryPoint(AppCompatActivity.class)
public class LeaveRequestActivity extends Hilt_LeaveRequestActivity {
    private LeaveRequestViewModel viewModel;
    private boolean binding;

    public static Intent intent(Context context) {
        return new Intent(context, LeaveRequestActivity.class);
    }

    @Override
    protected void onCreate(@Nullable Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_leave_request);
        viewModel = new ViewModelProvider(this).get(LeaveRequestViewModel.class);
        ((MaterialToolbar) findViewById(R.id.toolbar)).setNavigationOnClickListener(v -> finish());

        RadioGroup children = findViewById(R.id.leave_children);
        children.setOnCheckedChangeListener((group, id) -> {
            View chosen = group.findViewById(id);
            if (!binding && chosen != null) {
                viewModel.child((String) chosen.getTag());
            }
        });
        findViewById(R.id.leave_from).setOnClickListener(v ->
                FormChoices.pickDate(this, viewModel.form().getValue().from, viewModel::from));
        findViewById(R.id.leave_to).setOnClickListener(v ->
                FormChoices.pickDate(this, viewModel.form().getValue().to, viewModel::to));
        FormChoices.sessions(findViewById(R.id.leave_am), findViewById(R.id.leave_pm), () -> binding,
                viewModel::sessions);
        ((TextInputEditText) findViewById(R.id.leave_reason)).addTextChangedListener(new AfterTextChanged(text -> {
            if (!binding) {
                viewModel.reason(text);
            }
        }));
        ((MaterialCheckBox) findViewById(R.id.leave_rules_read)).setOnCheckedChangeListener((box, checked) -> {
            if (!binding) {
                viewModel.rulesRead(checked);
            }
        });
        findViewById(R.id.leave_send).setOnClickListener(v -> viewModel.send());

        viewModel.children().observe(this, this::showChildren);
        viewModel.form().observe(this, this::bind);
        viewModel.noticeDays().observe(this, days -> ((TextView) findViewById(R.id.leave_rule_notice)).setText(
                getResources().getQuantityString(R.plurals.parent_leave_rule_notice, days, days)));
        viewModel.issues().observe(this, this::showIssues);
        viewModel.refused().observe(this, shot -> {
            uk.registerly.app.data.parents.ParentRequestRefused.Problem problem = shot.take();
            if (problem != null) {
                TextView error = findViewById(R.id.leave_error);
                error.setVisibility(View.VISIBLE);
                error.setText(ParentTexts.problem(problem));
            }
        });
        viewModel.sent().observe(this, shot -> {
            if (shot.take() != null) {
                Toast.makeText(this, R.string.parent_leave_saved, Toast.LENGTH_LONG).show();
                finish();
            }
        });
    }

    private void showChildren(List<RosterPupil> list) {
        RadioGroup children = findViewById(R.id.leave_children);
        if (ChildChoices.same(children, list)) {
            return;
        }
        binding = true;
        try {
            children.removeAllViews();
            for (RosterPupil child : list) {
                MaterialRadioButton button = new MaterialRadioButton(this);
                button.setId(View.generateViewId());
                button.setText(getString(R.string.parent_child_name, child.firstName, child.lastName));
                button.setMinHeight(Math.round(48 * getResources().getDisplayMetrics().density));
                button.setTag(child.id);
                children.addView(button);
            }
        } finally {
            binding = false;
        }
        LeaveForm form = viewModel.form().getValue();
        if (form != null) {
            bind(form);
        }
    }

    private void bind(LeaveForm form) {
        binding = true;
        try {
            Locale locale = Dates.locale(this);
            RadioGroup children = findViewById(R.id.leave_children);
            for (int i = 0; i < children.getChildCount(); i++) {
                MaterialRadioButton button = (MaterialRadioButton) children.getChildAt(i);
                button.setChecked(button.getTag().equals(form.child));
            }
            MaterialButton from = findViewById(R.id.leave_from);
            MaterialButton to = findViewById(R.id.leave_to);
            from.setText(getString(R.string.parent_from_date, Dates.day(form.from, locale)));
            to.setText(getString(R.string.parent_to_date, Dates.day(form.to, locale)));
            from.setContentDescription(getString(R.string.parent_from_description, Dates.dayWithYear(form.from, locale)));
            to.setContentDescription(getString(R.string.parent_to_description, Dates.dayWithYear(form.to, locale)));
            ((CompoundButton) findViewById(R.id.leave_am)).setChecked(form.morning);
            ((CompoundButton) findViewById(R.id.leave_pm)).setChecked(form.afternoon);
            TextInputEditText reason = findViewById(R.id.leave_reason);
            if (!reason.getText().toString().equals(form.reason)) {
                reason.setText(form.reason);
            }
            ((MaterialCheckBox) findViewById(R.id.leave_rules_read)).setChecked(form.rulesRead);
            findViewById(R.id.leave_send).setEnabled(form.rulesRead);
            findViewById(R.id.leave_error).setVisibility(View.GONE);
        } finally {
            binding = false;
        }
    }

    private void showIssues(Set<LeaveIssue> issues) {
        List<String> lines = new ArrayList<>();
        if (issues.contains(LeaveIssue.NOT_IN_ADVANCE)) {
            lines.add(getString(R.string.parent_leave_issue_not_in_advance));
        }
        if (issues.contains(LeaveIssue.SHORT_NOTICE)) {
            int days = viewModel.noticeDays().getValue();
            lines.add(getResources().getQuantityString(R.plurals.parent_leave_issue_short_notice, days, days));
        }
        if (issues.contains(LeaveIssue.PREVIOUSLY_REFUSED)) {
            lines.add(getString(R.string.parent_leave_issue_refused_before));
        }
        TextView shown = findViewById(R.id.leave_issues);
        shown.setVisibility(lines.isEmpty() ? View.GONE : View.VISIBLE);
        shown.setText(android.text.TextUtils.join("\n", lines));
    }

}
