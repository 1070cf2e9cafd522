package uk.registerly.app.parent;

import android.content.res.ColorStateList;
import android.os.Bundle;
import android.text.InputType;
import android.view.LayoutInflater;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;
import android.widget.Toast;

import androidx.annotation.Nullable;
import androidx.appcompat.app.AppCompatActivity;
import androidx.core.content.ContextCompat;
import androidx.lifecycle.ViewModelProvider;

import com.google.android.material.dialog.MaterialAlertDialogBuilder;
import com.google.android.material.textfield.TextInputEditText;
import com.google.android.material.textfield.TextInputLayout;

import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dagger.hilt.android.AndroidEntryPoint;

import uk.registerly.app.R;
import uk.registerly.app.data.leave.LeaveLine;
import uk.registerly.app.data.reports.AbsenceReport;
import uk.registerly.app.data.reports.ReportLine;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.data.roster.School;
import uk.registerly.app.ui.CodeColours;
import uk.registerly.app.ui.Dates;
import uk.registerly.app.ui.SyncBadgeViews;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.figures.PupilFigures;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.marks.MarkSource;

/**
 * A parent's phone: each child's attendance and recent marks, reporting an absence or asking for
 * leave in a minute, and where each report and request stands (sent or waiting for a network,
 * accepted with its code, declined with the school's note). It is the phone's home: the toolbar's
 * sync badge and a notice of anything the school's server refused take the staff home's place.
 */
@AndroidEntryPoint(AppCompatActivity.class)
public class ParentHomeActivity extends Hilt_ParentHomeActivity {
    /** How many recent sessions each child's card lists. */
    private static final int RECENT_MARKS = 6;

    private ParentHomeViewModel viewModel;
    private Map<String, String> schoolNames = new HashMap<>();

    @Override
    protected void onCreate(@Nullable Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_parent_home);
        viewModel = new ViewModelProvider(this).get(ParentHomeViewModel.class);
        SyncBadgeViews.attach(this, viewModel);
        TextView refused = findViewById(R.id.parent_refused);
        viewModel.refused().observe(this, count -> {
            refused.setVisibility(count == 0 ? View.GONE : View.VISIBLE);
            refused.setText(count == 0 ? null : getResources().getQuantityString(R.plurals.parent_refused, count, count));
        });

        findViewById(R.id.parent_report).setOnClickListener(v -> startActivity(ReportAbsenceActivity.create(this)));
        findViewById(R.id.parent_leave).setOnClickListener(v -> startActivity(LeaveRequestActivity.intent(this)));
        findViewById(R.id.parent_link).setOnClickListener(v -> link());

        viewModel.schools().observe(this, schools -> {
            schoolNames = new HashMap<>();
            for (School school : schools) {
                schoolNames.put(school.id, school.name);
            }
            showChildren();
        });
        viewModel.children().observe(this, children -> showChildren());
        viewModel.records().observe(this, records -> showChildren());
        viewModel.reports().observe(this, this::showReports);
        viewModel.leave().observe(this, this::showLeave);
        viewModel.linking().observe(this, busy -> {
            findViewById(R.id.parent_linking).setVisibility(busy ? View.VISIBLE : View.GONE);
            findViewById(R.id.parent_link).setEnabled(!busy);
        });
        viewModel.linked().observe(this, shot -> {
            ParentHomeViewModel.LinkOutcome outcome = shot.take();
            if (outcome != null) {
                Toast.makeText(this, outcome.failure != null ? ParentTexts.linkProblem(this, outcome.failure)
                        : getResources().getQuantityString(R.plurals.parent_linked, outcome.children,
                        outcome.children), Toast.LENGTH_LONG).show();
            }
        });
    }

    private void showChildren() {
        List<RosterPupil> children = viewModel.children().getValue();
        Map<String, PupilEvaluation> records = viewModel.records().getValue();
        LinearLayout cards = findViewById(R.id.parent_children);
        cards.removeAllViews();
        boolean none = children == null || children.isEmpty();
        findViewById(R.id.parent_no_children).setVisibility(none ? View.VISIBLE : View.GONE);
        findViewById(R.id.parent_report).setEnabled(!none);
        findViewById(R.id.parent_leave).setEnabled(!none);
        if (none) {
            return;
        }
        LayoutInflater inflater = getLayoutInflater();
        for (RosterPupil child : children) {
            View card = inflater.inflate(R.layout.parent_child_card, cards, false);
            ((TextView) card.findViewById(R.id.child_name)).setText(getString(R.string.parent_child_name, child.firstName,
                    child.lastName));
            String school = child.schoolId == null ? null : schoolNames.get(child.schoolId);
            if (school == null && schoolNames.size() == 1) {
                school = schoolNames.values().iterator().next();
            }
            ((TextView) card.findViewById(R.id.child_school)).setText(school);
            PupilEvaluation record = records == null ? null : records.get(child.id);
            bindRecord(card, child, record);
            cards.addView(card);
        }
    }

    private void bindRecord(View card, RosterPupil child, @Nullable PupilEvaluation record) {
        TextView rate = card.findViewById(R.id.child_rate);
        TextView label = card.findViewById(R.id.child_rate_label);
        PupilFigures figures = record == null ? null : record.schoolYearFigures();
        if (figures == null || !figures.hasPossibleSessions()) {
            rate.setText(null);
            label.setText(R.string.parent_no_marks_yet);
        } else {
            NumberFormat percent = NumberFormat.getPercentInstance(Dates.locale(this));
            percent.setMinimumFractionDigits(1);
            percent.setMaximumFractionDigits(1);
            String shown = percent.format(figures.attendanceRate().toDouble());
            rate.setText(shown);
            rate.setContentDescription(getString(R.string.parent_rate_description, child.firstName, shown));
            label.setText(getResources().getQuantityString(R.plurals.parent_rate_label,
                    figures.possibleSessions(), figures.attendanceSessions(), figures.possibleSessions()));
        }
        LinearLayout marks = card.findViewById(R.id.child_marks);
        marks.removeAllViews();
        if (record == null) {
            return;
        }
        List<EffectiveMark> all = record.marks();
        int shown = 0;
        for (int i = all.size() - 1; i >= 0 && shown < RECENT_MARKS; i--) {
            EffectiveMark mark = all.get(i);
            if (mark.source() == MarkSource.CLOSURE) {
                continue;
            }
            View line = getLayoutInflater().inflate(R.layout.parent_mark_line, marks, false);
            line.findViewById(R.id.mark_dot).setBackgroundTintList(ColorStateList.valueOf(
                    ContextCompat.getColor(this, CodeColours.of(mark.code()))));
            ((TextView) line.findViewById(R.id.mark_text)).setText(getString(R.string.parent_mark_line,
                    Dates.day(mark.session().date(), Dates.locale(this)),
                    getString(mark.session().session() == Session.AM ? R.string.parent_morning
                            : R.string.parent_afternoon),
                    getString(ParentTexts.meaning(mark.code()))));
            marks.addView(line);
            shown++;
        }
    }

    private void showReports(List<ReportLine> reports) {
        LinearLayout list = findViewById(R.id.parent_reports);
        list.removeAllViews();
        findViewById(R.id.parent_reports_none).setVisibility(reports.isEmpty() ? View.VISIBLE : View.GONE);
        for (ReportLine line : reports) {
            AbsenceReport report = line.report;
            View card = getLayoutInflater().inflate(R.layout.parent_request_line, list, false);
            ((TextView) card.findViewById(R.id.request_title)).setText(getString(R.string.parent_report_title,
                    line.pupil.firstName, getString(ParentTexts.category(report.category))));
            ((TextView) card.findViewById(R.id.request_dates)).setText(ParentTexts.dates(this, report.from, report.to,
                    report.sessions));
            TextView status = card.findViewById(R.id.request_status);
            status.setText(reportStatus(line));
            status.setTextColor(ContextCompat.getColor(this, report.status == AbsenceReport.Status.DECLINED
                    ? R.color.mark_absent : report.status == AbsenceReport.Status.ACCEPTED
                    ? R.color.mark_present : R.color.status_open));
            card.setContentDescription(getString(R.string.parent_report_description,
                    ((TextView) card.findViewById(R.id.request_title)).getText(),
                    ((TextView) card.findViewById(R.id.request_dates)).getText(), status.getText()));
            card.setOnClickListener(v -> startActivity(ReportAbsenceActivity.edit(this, report.id)));
            list.addView(card);
        }
    }

    private String reportStatus(ReportLine line) {
        AbsenceReport report = line.report;
        switch (report.status) {
            case ACCEPTED:
                return getString(R.string.parent_status_accepted, getString(ParentTexts.meaning(report.code)),
                        report.code.symbol());
            case DECLINED:
                return getString(R.string.parent_status_declined, report.declineNote == null ? "" : report.declineNote);
            case CANCELLED:
                return getString(line.unsent ? R.string.parent_status_cancelled_unsent : R.string.parent_status_cancelled);
            default:
                return getString(line.unsent ? R.string.parent_status_unsent : R.string.parent_status_with_school);
        }
    }

    private void showLeave(List<LeaveLine> requests) {
        LinearLayout list = findViewById(R.id.parent_leave_requests);
        list.removeAllViews();
        findViewById(R.id.parent_leave_none).setVisibility(requests.isEmpty() ? View.VISIBLE : View.GONE);
        for (LeaveLine line : requests) {
            View card = getLayoutInflater().inflate(R.layout.parent_request_line, list, false);
            ((TextView) card.findViewById(R.id.request_title)).setText(getString(R.string.parent_leave_title,
                    line.pupil.firstName));
            ((TextView) card.findViewById(R.id.request_dates)).setText(ParentTexts.dates(this, line.request.from,
                    line.request.to, line.request.sessions));
            TextView status = card.findViewById(R.id.request_status);
            switch (line.request.status) {
                case APPROVED:
                    status.setText(R.string.parent_leave_approved);
                    status.setTextColor(ContextCompat.getColor(this, R.color.mark_present));
                    break;
                case REFUSED:
                    status.setText(getString(R.string.parent_leave_refused,
                            line.request.note == null ? "" : line.request.note));
                    status.setTextColor(ContextCompat.getColor(this, R.color.mark_absent));
                    break;
                default:
                    status.setText(line.unsent ? R.string.parent_status_unsent : R.string.parent_leave_waiting);
                    status.setTextColor(ContextCompat.getColor(this, R.color.status_open));
            }
            list.addView(card);
        }
    }

    /** Another invitation code from a school: a second child, or a child at another school. */
    private void link() {
        View form = getLayoutInflater().inflate(R.layout.text_entry_dialog, null, false);
        TextInputLayout layout = form.findViewById(R.id.note_layout);
        TextInputEditText code = form.findViewById(R.id.note);
        layout.setHint(R.string.parent_link_code);
        code.setInputType(InputType.TYPE_CLASS_TEXT | InputType.TYPE_TEXT_FLAG_CAP_CHARACTERS);
        new MaterialAlertDialogBuilder(this)
                .setTitle(R.string.parent_link_child)
                .setMessage(R.string.parent_link_explained)
                .setView(form)
                .setPositiveButton(R.string.parent_link, (dialog, which) ->
                        viewModel.link(code.getText() == null ? "" : code.getText().toString()))
                .setNegativeButton(R.string.parent_not_now, null)
                .show();
    }
}
