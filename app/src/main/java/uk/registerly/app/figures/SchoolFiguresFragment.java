package uk.registerly.app.figures;

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

import com.google.android.material.chip.ChipGroup;

import java.util.Locale;

import dagger.hilt.android.AndroidEntryPoint;
import uk.registerly.app.R;
import uk.registerly.app.data.figures.FiguresGrouping;
import uk.registerly.app.data.figures.SchoolFigures;
import uk.registerly.app.ui.Dates;
import uk.registerly.app.ui.chart.ChartStyle;
import uk.registerly.app.ui.chart.WeeklyChartView;
import uk.registerly.rules.figures.GroupFigures;

/**
 * The office's "Figures" (issue 18 item 4): the school's attendance this school year, by year group or class and
 * week by week, worked out from this tablet's own records (so it answers offline and matches the pupils' records).
 */
@AndroidEntryPoint(Fragment.class)
public class SchoolFiguresFragment extends Hilt_SchoolFiguresFragment {
    private SchoolFiguresViewModel viewModel;

    @Override
    public View onCreateView(@NonNull LayoutInflater inflater, @Nullable ViewGroup container,
                             @Nullable Bundle savedInstanceState) {
        return inflater.inflate(R.layout.fragment_school_figures, container, false);
    }

    @Override
    public void onViewCreated(@NonNull View view, @Nullable Bundle savedInstanceState) {
        viewModel = new ViewModelProvider(this).get(SchoolFiguresViewModel.class);
        ChipGroup grouping = view.findViewById(R.id.school_figures_grouping);
        WeeklyChartView chart = view.findViewById(R.id.school_figures_chart);
        chart.setStyle(ChartStyle.LINE);
        chart.setTitle(getString(R.string.figures_school_chart_title));
        chart.setTarget(WeekPoints.PERSISTENT_ABSENCE_LINE, WeekPoints.persistentAbsenceLabel(requireContext()));

        grouping.setOnCheckedStateChangeListener((group, checked) -> {
            if (!checked.isEmpty()) {
                viewModel.choose(checked.get(0) == R.id.school_figures_by_class ? FiguresGrouping.CLASS
                        : FiguresGrouping.YEAR_GROUP);
            }
        });
        viewModel.grouping().observe(getViewLifecycleOwner(), by -> {
            int id = by == FiguresGrouping.CLASS ? R.id.school_figures_by_class : R.id.school_figures_by_year;
            if (grouping.getCheckedChipId() != id) {
                grouping.check(id);
            }
        });
        viewModel.figures().observe(getViewLifecycleOwner(), figures -> show(view, chart, figures));
    }

    private void show(View view, WeeklyChartView chart, @Nullable SchoolFigures school) {
        TextView working = view.findViewById(R.id.school_figures_working);
        TextView period = view.findViewById(R.id.school_figures_period);
        TextView total = view.findViewById(R.id.school_figures_total);
        TextView totalDetail = view.findViewById(R.id.school_figures_total_detail);
        TextView groupsTitle = view.findViewById(R.id.school_figures_groups_title);
        LinearLayout groups = view.findViewById(R.id.school_figures_groups);
        groups.removeAllViews();
        if (school == null) {
            working.setVisibility(View.VISIBLE);
            working.setText(R.string.figures_working);
            return;
        }
        Locale locale = Dates.locale(requireContext());
        period.setText(getString(R.string.figures_period, Dates.dayWithYear(school.figures.period().from(), locale),
                Dates.dayWithYear(school.figures.period().to(), locale)));
        GroupFigures all = school.figures.total();
        boolean any = all.pupils() > 0;
        working.setVisibility(any ? View.GONE : View.VISIBLE);
        working.setText(R.string.figures_none);
        total.setText(any ? getString(R.string.figures_group_heading, GroupTexts.pupils(requireContext(), all),
                GroupTexts.attendance(requireContext(), all)) : "");
        totalDetail.setText(any ? GroupTexts.absence(requireContext(), all) + "\n"
                + GroupTexts.persistent(requireContext(), all) + "\n" + GroupTexts.lates(requireContext(), all) : "");
        chart.setPoints(WeekPoints.ofGroupWeeks(requireContext(), school.figures.weeks()));
        groupsTitle.setText(school.grouping == FiguresGrouping.CLASS ? R.string.figures_groups_by_class
                : R.string.figures_groups_by_year);
        LayoutInflater inflater = LayoutInflater.from(requireContext());
        for (GroupFigures g : school.figures.groups()) {
            View row = inflater.inflate(R.layout.school_figures_group, groups, false);
            ((TextView) row.findViewById(R.id.figures_group_name)).setText(getString(R.string.figures_group_heading,
                    GroupTexts.name(requireContext(), school.grouping, g.group()), GroupTexts.pupils(requireContext(), g)));
            ((TextView) row.findViewById(R.id.figures_group_attendance)).setText(
                    GroupTexts.attendance(requireContext(), g));
            ((TextView) row.findViewById(R.id.figures_group_detail)).setText(GroupTexts.absence(requireContext(), g)
                    + "\n" + GroupTexts.persistent(requireContext(), g) + "\n" + GroupTexts.lates(requireContext(), g));
            row.setContentDescription(GroupTexts.spoken(requireContext(), school.grouping, g));
            groups.addView(row);
        }
    }
}
