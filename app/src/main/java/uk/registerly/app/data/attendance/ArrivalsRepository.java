package uk.registerly.app.data.attendance;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The late gate's arrivals: each recorded at once with what it means for the pupil's register,
 * the day's list, and the short undo for a wrong card. Implemented by
 * {@link OfflineFirstArrivalsRepository}.
 */
public interface ArrivalsRepository {
    /**
     * How long the gate's undo lasts after a scan. The protocol would accept a withdrawal all day;
     * the gate offers it while the wrong card is still in front of the person who scanned it, and
     * later corrections are the office's (an amendment).
     */
    Duration ARRIVAL_UNDO_WINDOW = Duration.ofSeconds(10);

    /**
     * Records a late-gate arrival now and says at once what it means for the pupil's register
     * (present, L or U with minutes late), before any sync. It can be taken back with
     * {@link #undoArrival} for {@link #ARRIVAL_UNDO_WINDOW}. The optional {@code reason} (what the
     * gate was told, e.g. "With a parent or carer") travels in the ARRIVAL payload for the office and
     * decides no mark (only the office's REASON does).
     */
    @WorkerThread
    ArrivalRecorded recordArrival(String pupilId, @Nullable String reason);

    /** {@link #recordArrival(String, String)} without a reason. */
    @WorkerThread
    default ArrivalRecorded recordArrival(String pupilId) {
        return recordArrival(pupilId, null);
    }

    /**
     * Takes back an arrival recorded on this device within its undo window (a wrong card scanned):
     * an ARRIVAL_WITHDRAWN is appended and sent like any fact, the arrival stays in the journal (and
     * on the server), and the rules work the mark out as if it had never been recorded. Returns false
     * when the window has passed or the arrival was already withdrawn (then the office corrects the
     * mark with an amendment).
     */
    @WorkerThread
    boolean undoArrival(String arrivalEventId);

    /** The day's arrivals at this school, newest first, each classified by its pupil's register. */
    LiveData<List<ArrivalRow>> arrivalsOn(LocalDate date);
}
