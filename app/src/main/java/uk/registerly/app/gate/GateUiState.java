package uk.registerly.app.gate;

import androidx.annotation.Nullable;

import java.util.Collections;
import java.util.List;

import uk.registerly.app.data.attendance.ArrivalRow;
import uk.registerly.app.data.roster.RosterPupil;

/**
 * Everything the late gate shows, in one value: today's arrivals, the result panel with its undo
 * countdown, the name search's results and the reason chosen for the next arrival.
 * {@link GateViewModel} builds a new one whenever a part changes; the screen draws the parts that changed.
 */
public final class GateUiState {
    static final GateUiState EMPTY = new GateUiState(null, null, 0, Collections.<RosterPupil>emptyList(), null);

    /** Today's arrivals at this school, newest first (null until the school's day is known). */
    @Nullable
    public final List<ArrivalRow> arrivals;
    /** The last thing that happened at the gate. */
    @Nullable
    public final GateResult result;
    /** Seconds left to undo the last arrival (0: no undo). */
    public final long undoSecondsLeft;
    public final List<RosterPupil> searchResults;
    /** The reason chosen for the next arrival, or null. */
    @Nullable
    public final String reason;

    GateUiState(@Nullable List<ArrivalRow> arrivals, @Nullable GateResult result, long undoSecondsLeft,
                List<RosterPupil> searchResults, @Nullable String reason) {
        this.arrivals = arrivals;
        this.result = result;
        this.undoSecondsLeft = undoSecondsLeft;
        this.searchResults = searchResults;
        this.reason = reason;
    }

    /** How many pupils have arrived today: undone arrivals stay in the list but are not arrivals. */
    public int arrivedCount() {
        int arrived = 0;
        for (ArrivalRow row : arrivals == null ? Collections.<ArrivalRow>emptyList() : arrivals) {
            arrived += row.undone ? 0 : 1;
        }
        return arrived;
    }

    /** Whether the undo button shows (for the arrival on the result panel). */
    public boolean offersUndo() {
        return undoSecondsLeft > 0 && result != null;
    }
}
