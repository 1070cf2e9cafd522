package uk.registerly.app.data.spotcheck;

import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import java.util.List;
import java.util.Set;

import uk.registerly.rules.spotcheck.TruancyAlert;

/**
 * Internal-truancy spot checks (issue 15 item 4): who the register says should be in a class now, from this
 * device's journal (offline too), and recording what the member of staff found there.
 */
public interface SpotCheckRepository {
    /** The class's pupils as the register stands now, worked out again as the journal changes and on each tick. */
    LiveData<SpotCheckClass> classNow(String classId, LiveData<?> clockTicks);

    /**
     * Records SPOT_CHECK now and returns the alerts it raises for the office (none when the school has them off).
     *
     * @throws uk.registerly.app.data.journal.NotRecordableException with the reason, and nothing written
     */
    @WorkerThread
    List<TruancyAlert> record(String where, String classId, Set<String> expected, Set<String> found);
}
