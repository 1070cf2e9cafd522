package uk.registerly.app.testing;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.registerly.app.data.attendance.AttendanceRecordsRepository;
import uk.registerly.app.data.attendance.MarkedPupil;
import uk.registerly.rules.evaluation.AttendanceEvaluation;
import uk.registerly.rules.evaluation.PupilEvaluation;

/** An in-memory {@link AttendanceRecordsRepository}: the test sends each evaluation. */
public final class TestAttendanceRecordsRepository implements AttendanceRecordsRepository {
    private final Map<String, MutableLiveData<PupilEvaluation>> records = new HashMap<>();
    private final MutableLiveData<AttendanceEvaluation> school = new MutableLiveData<>();
    private final List<MarkedPupil> unexplained = new ArrayList<>();

    public void sendRecord(String pupilId, PupilEvaluation record) {
        live(pupilId).setValue(record);
    }

    public void sendSchool(AttendanceEvaluation evaluation) {
        school.setValue(evaluation);
    }

    public void setUnexplained(List<MarkedPupil> absences) {
        unexplained.clear();
        unexplained.addAll(absences);
    }

    private MutableLiveData<PupilEvaluation> live(String pupilId) {
        return records.computeIfAbsent(pupilId, id -> new MutableLiveData<>());
    }

    @Override
    public LiveData<PupilEvaluation> pupilRecord(String pupilId) {
        return live(pupilId);
    }

    @Override
    public LiveData<AttendanceEvaluation> schoolEvaluation() {
        return school;
    }

    @Override
    public List<MarkedPupil> unexplainedAbsencesOn(LocalDate date) {
        return new ArrayList<>(unexplained);
    }
}
