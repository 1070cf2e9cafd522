package uk.registerly.app.data.attendance;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import java.time.LocalDate;
import java.util.List;

import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * A class's register: its rows with the marks the rules compute over the local journal, its
 * window, and the marks and amendments recorded on it. Writes go to the journal first and return
 * the rows written; the sync sends them later. Implemented by {@link OfflineFirstRegisterRepository}.
 */
public interface RegisterRepository {
    /** The class's pupils with their effective mark for one session, recomputed on every change. */
    LiveData<List<RegisterRow>> register(String classId, LocalDate date, Session session);

    /** When the class's register opens, goes late and closes for a session; null before the school is known. */
    @Nullable
    @WorkerThread
    RegisterWindow registerWindow(String classId, Session session);

    /** The teacher's mark (REGISTER_MARK), recorded now. */
    @WorkerThread
    JournalEventEntity recordMark(String pupilId, LocalDate date, Session session, AttendanceCode code);

    /**
     * The same mark for several pupils at once ("mark all remaining present"): one transaction, so
     * the marks leave together and the sync is asked once, not once per pupil. All or none: a pupil
     * who cannot be marked refuses the whole batch, before anything is written.
     */
    @WorkerThread
    List<JournalEventEntity> recordMarks(List<String> pupilIds, LocalDate date, Session session, AttendanceCode code);

    /**
     * The office takes a register on a teacher's behalf (issue 15): a REGISTER_MARK per pupil naming the teacher
     * ({@code onBehalfOf}), who must teach each pupil's class. Checked and written as {@link #recordMarks}: all
     * or none, refused once the register has closed (then it is an amendment).
     */
    @WorkerThread
    List<JournalEventEntity> recordMarksOnBehalf(java.util.Map<String, AttendanceCode> codes, LocalDate date,
                                                 Session session, String teacherId);

    /**
     * A correction with its reason, signed with the enrolled member of staff's "Name, Position"
     * (the register keeps who changed what and why, for 6 years). The office amends any pupil's
     * mark; a teacher, the marks of pupils in classes they teach (sync-protocol §4).
     */
    @WorkerThread
    JournalEventEntity recordAmendment(String pupilId, LocalDate date, Session session, AttendanceCode code,
                                       String reason);
}
