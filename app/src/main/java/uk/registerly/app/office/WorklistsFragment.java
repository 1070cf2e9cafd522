package uk.registerly.app.office;

import android.os.Bundle;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.fragment.app.Fragment;
import androidx.lifecycle.ViewModelProvider;
import androidx.recyclerview.widget.LinearLayoutManager;
import androidx.recyclerview.widget.RecyclerView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.registerly.app.R;
import uk.registerly.app.data.worklists.Worklist;
import uk.registerly.app.data.worklists.WorklistEntry;
import uk.registerly.app.ui.Dates;
import uk.registerly.app.ui.ListDetailPanes;

/** Follow-up duties from the rules, list by list; a pupil opens their record (beside the lists on a tablet). */
public class WorklistsFragment extends Fragment {
    private static final String RECORD = "record";

    private WorklistsViewModel viewModel;
    private ListDetailPanes panes;

    @Override
    public View onCreateView(@NonNull LayoutInflater inflater, @Nullable ViewGroup container,
                             @Nullable Bundle savedInstanceState) {
        return inflater.inflate(R.layout.office_panes, container, false);
    }

    @Override
    public void onViewCreated(@NonNull View view, @Nullable Bundle savedInstanceState) {
        viewModel = new ViewModelProvider(requireActivity()).get(WorklistsViewModel.class);
        panes = new ListDetailPanes(this, view.findViewById(R.id.list_pane), view.findViewById(R.id.detail),
                view.findViewById(R.id.placeholder), () -> { });
        OfficeLineAdapter adapter = new OfficeLineAdapter(this::open);
        RecyclerView list = view.findViewById(R.id.list);
        list.setLayoutManager(new LinearLayoutManager(requireContext()));
        list.setAdapter(adapter);
        TextView empty = view.findViewById(R.id.empty);
        empty.setText(R.string.office_worklists_loading);
        empty.setVisibility(View.VISIBLE);

        viewModel.lists().observe(getViewLifecycleOwner(), lists -> {
            adapter.submitList(lines(lists));
            empty.setVisibility(View.GONE);
        });
        viewModel.selected().observe(getViewLifecycleOwner(), pupilId -> {
            adapter.setSelected(panes.isTwoPane() ? pupilId : null);
            if (panes.isTwoPane() && pupilId != null) {
                PupilRecordFragment shown = (PupilRecordFragment) getChildFragmentManager().findFragmentByTag(RECORD);
                if (shown == null || !pupilId.equals(shown.pupilId())) {
                    getChildFragmentManager().beginTransaction()
                            .replace(R.id.detail, PupilRecordFragment.of(pupilId), RECORD)
                            .commitNow();
                }
            }
            panes.show(panes.isTwoPane() && pupilId != null);
        });
    }

    private void open(String pupilId) {
        if (panes.isTwoPane()) {
            viewModel.select(pupilId);
        } else {
            startActivity(PupilRecordActivity.intent(requireContext(), pupilId));
        }
    }

    private List<OfficeLine> lines(Map<Worklist, List<WorklistEntry>> lists) {
        List<OfficeLine> lines = new ArrayList<>();
        for (Map.Entry<Worklist, List<WorklistEntry>> list : lists.entrySet()) {
            List<WorklistEntry> entries = list.getValue();
            lines.add(OfficeLine.header(getResources().getQuantityString(title(list.getKey()), entries.size(),
                    entries.size())));
            for (WorklistEntry entry : entries) {
                lines.add(OfficeLine.of(entry.pupil.id, OfficeTexts.pupil(entry.pupil),
                        OfficeTexts.yearGroup(requireContext(), entry.pupil) + " · " + detail(entry), tag(entry),
                        entry.list == Worklist.PENALTY_APPROACHING || entry.list == Worklist.PERSISTENT_ABSENCE
                                ? R.color.mark_authorised : R.color.mark_absent));
            }
        }
        return lines;
    }

    private String detail(WorklistEntry e) {
        Locale locale = Dates.locale(requireContext());
        switch (e.list) {
            case N_OVERDUE:
                return getResources().getQuantityString(R.plurals.office_worklist_n_overdue, e.sessions, e.sessions,
                        Dates.day(e.sessionDate, locale), e.session.name(), Dates.day(e.date, locale));
            case CONTINUOUS_ABSENCE:
                return getString(R.string.office_worklist_continuous, Dates.day(e.date, locale));
            case PENALTY_REACHED:
                return getString(R.string.office_worklist_penalty_reached, e.sessions, Dates.day(e.date, locale));
            case PENALTY_APPROACHING:
                return getString(R.string.office_worklist_penalty_approaching, e.sessions);
            case SEVERE_ABSENCE:
            case PERSISTENT_ABSENCE:
                return getString(R.string.office_worklist_absence_rate, e.rate.toPercent(1), e.sessions);
            case SICKNESS_RETURN:
                return getString(R.string.office_worklist_sickness, e.sessions, Dates.day(e.date, locale));
            case MEDICAL_EVIDENCE:
                return getString(R.string.office_worklist_medical, e.sessions, Dates.day(e.sessionDate, locale));
            default:
                return getString(R.string.office_worklist_u_marks, e.sessions, Dates.day(e.date, locale));
        }
    }

    private String tag(WorklistEntry e) {
        switch (e.list) {
            case PENALTY_APPROACHING:
                return getString(R.string.office_worklist_of_ten, e.sessions);
            case SEVERE_ABSENCE:
            case PERSISTENT_ABSENCE:
                return getString(R.string.office_percent, e.rate.toPercent(0));
            default:
                return String.valueOf(e.sessions == null ? "!" : e.sessions);
        }
    }

    private static int title(Worklist list) {
        switch (list) {
            case N_OVERDUE:
                return R.plurals.office_worklist_title_n_overdue;
            case CONTINUOUS_ABSENCE:
                return R.plurals.office_worklist_title_continuous;
            case PENALTY_REACHED:
                return R.plurals.office_worklist_title_penalty_reached;
            case PENALTY_APPROACHING:
                return R.plurals.office_worklist_title_penalty_approaching;
            case SEVERE_ABSENCE:
                return R.plurals.office_worklist_title_severe;
            case PERSISTENT_ABSENCE:
                return R.plurals.office_worklist_title_persistent;
            case SICKNESS_RETURN:
                return R.plurals.office_worklist_title_sickness;
            case MEDICAL_EVIDENCE:
                return R.plurals.office_worklist_title_medical;
            default:
                return R.plurals.office_worklist_title_u_marks;
        }
    }
}
