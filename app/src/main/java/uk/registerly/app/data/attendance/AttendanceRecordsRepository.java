package uk.registerly.app.data.attendance;

import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import java.time.LocalDate;
import java.util.List;

import uk.registerly.rules.evaluation.AttendanceEvaluation;
import uk.registerly.rules.evaluation.PupilEvaluation;

/**
 * Pupils' records as the rules evaluate the local journal: one pupil's (the office's record, a
 * parent's child), the whole school's (the office's worklists), a day's unexplained absences
 * (first-day calling). Implemented by {@link OfflineFirstAttendanceRecordsRepository}.
 */
public interface AttendanceRecordsRepository {
    /** A pupil's whole record to date: every mark with its history, figures, alerts, ladder band. */
    LiveData<PupilEvaluation> pupilRecord(String pupilId);

    /** Every pupil on the device, evaluated to date: figures and alerts for the office's worklists. */
    LiveData<AttendanceEvaluation> schoolEvaluation();

    /** Pupils whose effective mark on {@code date} is still N or U, AM before PM. */
    @WorkerThread
    List<MarkedPupil> unexplainedAbsencesOn(LocalDate date);
}
