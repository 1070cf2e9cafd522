package uk.registerly.app.data.departures;

import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import uk.registerly.app.data.db.entity.GuardianEntity;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.schoolday.RegisterProposal;

/**
 * Early departures and returns at the office and the gate (issue 15 item 2): today's sign-outs from this device's
 * journal (every device's that have reached it, offline too), and recording one — checked by the rules the server
 * runs before anything is written.
 */
public interface DeparturesRepository {
    /** Today's sign-outs, worked out again whenever the journal changes and on each of {@code clockTicks}. */
    LiveData<DeparturesToday> today(LiveData<?> clockTicks);

    /**
     * What the register of {@code date}'s {@code session} proposes for pupils who left early and have not come
     * back ("left 12:30 — medical appointment", M), by pupil id: the rules' {@code EarlyDepartureRules.proposal}
     * over the sign-outs and returns this device holds. Recomputed as they arrive.
     */
    LiveData<Map<String, RegisterProposal>> proposals(LocalDate date, Session session);

    /** The pupil's guardians on this device: an office device holds them, a gate none ("another adult" then). */
    LiveData<List<GuardianEntity>> guardiansOf(String pupilId);

    /**
     * Records EARLY_DEPARTURE now; an approved one names whoever unlocked the device ({@code approvedBy}: their
     * staff id, as sync-protocol §4 has it).
     *
     * @throws uk.registerly.app.data.journal.NotRecordableException with the reason, and nothing written
     */
    @WorkerThread
    JournalEventEntity signOut(SignOut signOut);

    /**
     * Records RETURNED now for a pupil signed out today.
     *
     * @throws uk.registerly.app.data.journal.NotRecordableException with the reason, and nothing written
     */
    @WorkerThread
    JournalEventEntity returned(String pupilId);
}
