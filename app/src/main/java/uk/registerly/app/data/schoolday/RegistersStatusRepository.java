package uk.registerly.app.data.schoolday;

import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import java.util.List;

import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.rules.calendar.Session;

/**
 * Which registers of today have been taken (issue 15 item 1), from the office tablet's own journal and roster by
 * the rules' {@code RegisterStatusRules}, so it answers offline; and the office taking a register on a teacher's
 * behalf. Implemented by {@link OfflineFirstRegistersStatusRepository}.
 */
public interface RegistersStatusRepository {
    /**
     * Today's registers for {@code session} (null: the session under way, the afternoon once the morning has
     * ended), recomputed when the journal or roster changes and whenever
     * {@code clockTicks} changes (the minutes to each close move on); null while the device's school is unknown.
     */
    LiveData<RegistersToday> status(@androidx.annotation.Nullable Session session, LiveData<?> clockTicks);

    /**
     * The office takes the register of {@code classId} for today's {@code session} on {@code teacherId}'s behalf:
     * a REGISTER_MARK naming the teacher ({@code onBehalfOf}) for each pupil, present for {@code present}, N
     * (absent, no reason yet) for {@code absent}. All or none: a pupil who cannot be marked refuses the batch
     * before anything is written (the register has closed: an amendment, not a register mark).
     */
    @WorkerThread
    List<JournalEventEntity> takeOnBehalf(String classId, Session session, String teacherId, List<String> present,
                                          List<String> absent);
}
