package uk.registerly.app.figures;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.SavedStateHandle;
import androidx.lifecycle.Transformations;
import androidx.lifecycle.ViewModel;

import java.util.List;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
import uk.registerly.app.data.attendance.AttendanceRecordsRepository;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.data.roster.RosterRepository;
import uk.registerly.app.office.record.RecordPanel;
import uk.registerly.rules.figures.AttendanceWeek;
import uk.registerly.rules.evaluation.PupilEvaluation;

/**
 * A pupil's attendance week by week this school year (issue 18 item 4), from the same evaluation of the device's
 * journal as the record's figures, so the chart and the figures above it never disagree.
 */
@HiltViewModel
public class PupilWeeksViewModel extends ViewModel {
    private final LiveData<RosterPupil> pupil;
    private final LiveData<List<AttendanceWeek>> weeks;

    @Inject
    public PupilWeeksViewModel(SavedStateHandle state, AttendanceRecordsRepository records, RosterRepository roster) {
        String pupilId = state.get(RecordPanel.PUPIL);
        this.pupil = roster.pupil(pupilId);
        LiveData<PupilEvaluation> record = records.pupilRecord(pupilId);
        this.weeks = Transformations.map(record, evaluation -> evaluation == null ? List.of()
                : evaluation.weeklyAttendance());
    }

    public LiveData<RosterPupil> pupil() {
        return pupil;
    }

    public LiveData<List<AttendanceWeek>> weeks() {
        return weeks;
    }
}
