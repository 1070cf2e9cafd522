package uk.registerly.app.figures;

import android.os.Bundle;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.fragment.app.Fragment;
import androidx.lifecycle.ViewModelProvider;

import java.util.List;

import dagger.hilt.android.AndroidEntryPoint;
import uk.registerly.app.R;
import uk.registerly.app.office.OfficeTexts;
import uk.registerly.app.ui.chart.ChartStyle;
import uk.registerly.app.ui.chart.WeeklyChartView;
import uk.registerly.rules.figures.AttendanceWeek;
import uk.registerly.rules.figures.PupilFigures;

/** The "Week by week" part of a pupil's record: each school week's attendance this year, and the year so far. */
@AndroidEntryPoint(Fragment.class)
public class PupilWeeksFragment extends Hilt_PupilWeeksFragment {
    @Override
    public View onCreateView(@NonNull LayoutInflater inflater, @Nullable ViewGroup container,
                             @Nullable Bundle savedInstanceState) {
        return inflater.inflate(R.layout.fragment_pupil_weeks, container, false);
    }

    @Override
    public void onViewCreated(@NonNull View view, @Nullable Bundle savedInstanceState) {
        PupilWeeksViewModel viewModel = new ViewModelProvider(this).get(PupilWeeksViewModel.class);
        WeeklyChartView chart = view.findViewById(R.id.pupil_weeks_chart);
        chart.setStyle(ChartStyle.BAR);
        chart.setTitle(getString(R.string.figures_pupil_chart_title));
        chart.setTarget(WeekPoints.PERSISTENT_ABSENCE_LINE, WeekPoints.persistentAbsenceLabel(requireContext()));
        TextView name = view.findViewById(R.id.pupil_weeks_name);
        TextView summary = view.findViewById(R.id.pupil_weeks_summary);
        viewModel.pupil().observe(getViewLifecycleOwner(), pupil -> {
            if (pupil != null) {
                name.setText(OfficeTexts.pupil(pupil));
            }
        });
        viewModel.weeks().observe(getViewLifecycleOwner(), weeks -> {
            chart.setPoints(WeekPoints.of(requireContext(), weeks));
            summary.setText(summary(weeks));
        });
    }

    private String summary(List<AttendanceWeek> weeks) {
        if (weeks.isEmpty()) {
            return getString(R.string.figures_pupil_no_weeks);
        }
        PupilFigures year = weeks.get(weeks.size() - 1).toDate();
        if (!year.hasPossibleSessions()) {
            return getString(R.string.figures_pupil_no_weeks);
        }
        return getResources().getQuantityString(R.plurals.figures_pupil_year, weeks.size(),
                year.attendanceRate().toPercent(1), year.attendanceSessions(), year.possibleSessions(), weeks.size());
    }
}
