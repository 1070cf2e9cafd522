package uk.registerly.app.office;

import android.os.Bundle;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.ArrayAdapter;
import android.widget.AutoCompleteTextView;
import android.widget.LinearLayout;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.appcompat.app.AlertDialog;
import androidx.fragment.app.Fragment;
import androidx.lifecycle.ViewModelProvider;
import androidx.recyclerview.widget.LinearLayoutManager;
import androidx.recyclerview.widget.RecyclerView;

import com.google.android.material.dialog.MaterialAlertDialogBuilder;
import com.google.android.material.textfield.TextInputEditText;
import com.google.android.material.textfield.TextInputLayout;

import java.util.ArrayList;
import java.util.List;

import dagger.hilt.android.AndroidEntryPoint;
import uk.registerly.app.R;
import uk.registerly.app.ui.Dates;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.figures.Fraction;
import uk.registerly.rules.figures.PupilFigures;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.marks.MarkSource;
import uk.registerly.rules.marks.RegisterEntry;

/**
 * A pupil's record: figures (attendance, authorised and unauthorised absence, persistent or
 * severe absence, the penalty window), the session grid, and the selected mark's full history:
 * the original entry, every later change, and each amendment with its reason, date and signer.
 * Amending needs a reason; nothing is ever removed.
 */
@AndroidEntryPoint(Fragment.class)
public class PupilRecordFragment extends Hilt_PupilRecordFragment {
    private PupilRecordViewModel viewModel;
    @Nullable
    private AlertDialog amendDialog;
    @Nullable
    private TextInputLayout amendReasonLayout;

    public static PupilRecordFragment of(String pupilId) {
        PupilRecordFragment fragment = new PupilRecordFragment();
        Bundle arguments = new Bundle();
        arguments.putString(PupilRecordViewModel.PUPIL, pupilId);
        fragment.setArguments(arguments);
        return fragment;
    }

    public String pupilId() {
        return requireArguments().getString(PupilRecordViewModel.PUPIL);
    }

    @Override
    public View onCreateView(@NonNull LayoutInflater inflater, @Nullable ViewGroup container,
                             @Nullable Bundle savedInstanceState) {
        return inflater.inflate(R.layout.fragment_pupil_record, container, false);
    }

    @Override
    public void onViewCreated(@NonNull View view, @Nullable Bundle savedInstanceState) {
        viewModel = new ViewModelProvider(this).get(PupilRecordViewModel.class);
        RecordDayAdapter grid = new RecordDayAdapter(viewModel::select);
        RecyclerView list = view.findViewById(R.id.record_grid);
        list.setLayoutManager(new LinearLayoutManager(requireContext()));
        list.setAdapter(grid);

        viewModel.pupil().observe(getViewLifecycleOwner(), pupil -> {
            if (pupil != null) {
                ((TextView) view.findViewById(R.id.record_name)).setText(OfficeTexts.pupil(pupil));
                ((TextView) view.findViewById(R.id.record_subtitle)).setText(getString(R.string.office_record_subtitle,
                        OfficeTexts.yearGroup(requireContext(), pupil), pupil.misId == null ? "" : pupil.misId));
            }
        });
        viewModel.record().observe(getViewLifecycleOwner(), record -> bindFigures(view, record));
        viewModel.needingNewerApp().observe(getViewLifecycleOwner(), count -> {
            TextView newer = view.findViewById(R.id.record_needs_newer_app);
            int n = count == null ? 0 : count;
            newer.setText(getResources().getQuantityString(R.plurals.record_needs_newer_app, n, n));
            newer.setVisibility(n == 0 ? View.GONE : View.VISIBLE);
        });
        viewModel.days().observe(getViewLifecycleOwner(), grid::submitList);
        viewModel.selectedSession().observe(getViewLifecycleOwner(), grid::setSelected);
        viewModel.selectedMark().observe(getViewLifecycleOwner(), mark -> bindHistory(view, mark));
        viewModel.amendment().observe(getViewLifecycleOwner(), outcome -> {
            PupilRecordViewModel.Amended amended = outcome.take();
            if (amended == null || amendDialog == null || !amendDialog.isShowing()) {
                return;
            }
            if (amended.refusal == null) {
                amendDialog.dismiss();
            } else {
                amendReasonLayout.setError(amended.refusal);
            }
        });
        view.findViewById(R.id.history_amend).setOnClickListener(v -> amend());
        uk.registerly.app.office.record.RecordPanelButtons.addTo(view.findViewById(R.id.record_panels), pupilId());
    }

    private void bindFigures(View view, @Nullable PupilEvaluation record) {
        if (record == null) {
            return;
        }
        PupilFigures figures = record.schoolYearFigures();
        boolean any = figures != null && figures.hasPossibleSessions();
        figure(view, R.id.record_attendance, any ? figures.attendanceRate() : null, R.string.office_record_attendance);
        figure(view, R.id.record_authorised, any ? figures.authorisedAbsenceRate() : null,
                R.string.office_record_authorised);
        figure(view, R.id.record_unauthorised, any ? figures.unauthorisedAbsenceRate() : null,
                R.string.office_record_unauthorised);
        ((TextView) view.findViewById(R.id.record_penalty)).setText(getString(R.string.office_record_penalty,
                record.penaltyWindowSessions()));
        List<String> flags = new ArrayList<>();
        if (any && figures.isSeverelyAbsent()) {
            flags.add(getString(R.string.office_record_severe));
        } else if (any && figures.isPersistentlyAbsent()) {
            flags.add(getString(R.string.office_record_persistent));
        }
        if (record.isApproachingPenaltyThreshold()) {
            flags.add(getString(R.string.office_record_approaching));
        }
        if (record.ladderBand() != null) {
            flags.add(getString(R.string.office_record_ladder, record.ladderBand().description()));
        }
        TextView flagView = view.findViewById(R.id.record_flags);
        flagView.setText(android.text.TextUtils.join(" · ", flags));
        flagView.setVisibility(flags.isEmpty() ? View.GONE : View.VISIBLE);
    }

    private void figure(View view, int id, @Nullable Fraction rate, int label) {
        ((TextView) view.findViewById(id)).setText(getString(label,
                rate == null ? "–" : getString(R.string.office_percent, rate.toPercent(1))));
    }

    private void bindHistory(View view, @Nullable EffectiveMark mark) {
        SchoolSession session = viewModel.selectedSession().getValue();
        TextView title = view.findViewById(R.id.history_title);
        LinearLayout entries = view.findViewById(R.id.history_entries);
        entries.removeAllViews();
        view.findViewById(R.id.history_amend).setEnabled(session != null
                && (mark == null || mark.source() != MarkSource.CLOSURE) && viewModel.signature() != null);
        if (session == null) {
            title.setText(R.string.office_record_pick_session);
            return;
        }
        title.setText(getString(R.string.office_record_history_title, Dates.day(session.date(), Dates.locale(requireContext())),
                getString(session.session() == Session.AM ? R.string.office_record_am_long
                        : R.string.office_record_pm_long),
                mark == null ? "–" : OfficeTexts.code(mark.code())));
        if (mark == null) {
            entries.addView(entryView(getString(R.string.office_record_no_mark)));
            return;
        }
        if (mark.source() == MarkSource.CLOSURE) {
            entries.addView(entryView(getString(R.string.office_record_closure)));
            return;
        }
        for (RegisterEntry entry : mark.history()) {
            entries.addView(entryView(describe(entry)));
        }
    }

    private String describe(RegisterEntry entry) {
        String when = Dates.dayAndTime(entry.fact().at(), Dates.locale(requireContext()));
        String source = getString(source(entry.fact().type().name()));
        String code = entry.codeAfter() == null ? "–" : entry.codeAfter().symbol();
        switch (entry.kind()) {
            case ORIGINAL:
                return getString(R.string.office_history_original, code, source, when);
            case CHANGED:
                return getString(R.string.office_history_changed, code, source, when);
            case AMENDMENT:
                return getString(R.string.office_history_amendment, code, entry.fact().reason(), entry.fact().by(),
                        when);
            default:
                return getString(R.string.office_history_no_change, source, when);
        }
    }

    private static int source(String factType) {
        switch (factType) {
            case "REGISTER_MARK":
                return R.string.office_source_register;
            case "ARRIVAL":
                return R.string.office_source_arrival;
            case "REASON":
                return R.string.office_source_reason;
            default:
                return R.string.office_source_amendment;
        }
    }

    private TextView entryView(String text) {
        TextView entry = new TextView(requireContext());
        entry.setText(text);
        entry.setTextAppearance(com.google.android.material.R.style.TextAppearance_Material3_BodyMedium);
        entry.setPadding(0, dp(8), 0, dp(8));
        entry.setTextAlignment(View.TEXT_ALIGNMENT_VIEW_START);
        return entry;
    }

    private int dp(int value) {
        return Math.round(value * getResources().getDisplayMetrics().density);
    }

    /** The correction form: a code and a reason (required), signed by the enrolled member of staff. */
    private void amend() {
        SchoolSession session = viewModel.selectedSession().getValue();
        if (session == null) {
            return;
        }
        View form = getLayoutInflater().inflate(R.layout.office_amend_dialog, null, false);
        List<AttendanceCode> codes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (AttendanceCode code : AttendanceCode.values()) {
            if (code != AttendanceCode.CLOSED) {
                codes.add(code);
                labels.add(OfficeTexts.code(code));
            }
        }
        AutoCompleteTextView codeField = form.findViewById(R.id.amend_code);
        codeField.setAdapter(new ArrayAdapter<>(requireContext(), android.R.layout.simple_list_item_1, labels));
        amendReasonLayout = form.findViewById(R.id.amend_reason_layout);
        TextInputEditText reason = form.findViewById(R.id.amend_reason);
        ((TextView) form.findViewById(R.id.amend_signed)).setText(getString(R.string.office_amend_signed,
                viewModel.signature()));
        amendDialog = new MaterialAlertDialogBuilder(requireContext())
                .setTitle(getString(R.string.office_amend_title, Dates.day(session.date(), Dates.locale(requireContext())),
                        getString(session.session() == Session.AM ? R.string.office_record_am_long
                                : R.string.office_record_pm_long)))
                .setView(form)
                .setPositiveButton(R.string.office_amend_save, null)
                .setNegativeButton(android.R.string.cancel, null)
                .create();
        amendDialog.setOnShowListener(shown -> amendDialog.getButton(AlertDialog.BUTTON_POSITIVE).setOnClickListener(
                v -> {
                    amendReasonLayout.setError(null);
                    int chosen = labels.indexOf(codeField.getText().toString());
                    viewModel.amend(session, chosen < 0 ? null : codes.get(chosen),
                            reason.getText() == null ? "" : reason.getText().toString());
                }));
        amendDialog.show();
    }
}
