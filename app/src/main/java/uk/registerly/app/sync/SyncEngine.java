package uk.registerly.app.sync;

import java.time.Clock;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.roster.RosterChangeApplier;
import uk.registerly.app.network.RegisterlyNetwork;
import uk.registerly.app.network.RegisterlyNetworkApi;

/**
 * One sync pass, photos then push then pull, until the outbox is empty and the pull says there is
 * no more. Plain Java over Room and Retrofit, so tests drive it directly. The parts:
 *
 * <ul>
 * <li>{@link EventPusher}: own pending events oldest first, exactly as stored; the server's own
 * error codes decide what happens to a batch ({@link PushOutcomes} records the per-event answers).</li>
 * <li>{@link PoisonBisection}: a batch the server keeps failing on ({@code internal_error}) is
 * halved until the one event it fails on is found; only that one is set aside, and quarantined
 * after {@link PoisonEvents#STRIKES} passes in which the others were stored.</li>
 * <li>{@link EventPuller}: each page's events and roster changes with its cursor, in one transaction.</li>
 * <li>{@link ServerAnswers}: only the server's own JSON is acted on (sync-protocol §10):
 * {@code device_revoked} wipes the device ({@link RevocationListener}); anything else that is not
 * the server's — HTML, an empty body, a redirect, a portal's 200, a proxy's 401 or 413, any 5xx —
 * ends the pass for a retry with backoff; nothing is lost or wiped.</li>
 * </ul>
 */
@Singleton
public class SyncEngine {
    /** Passes end even if writes never stop, so the worker can report progress and be rescheduled. */
    static final int MAX_ROUNDS = 10;

    private final JournalDao journal;
    private final RegisterlyNetwork network;
    private final SyncStatusRepository status;
    private final RevocationListener revocation;
    private final EvidenceUploader evidence;
    private final Clock clock;
    private final EventPusher pusher;
    private final EventPuller puller;

    @Inject
    public SyncEngine(RegisterlyDatabase database, RegisterlyNetwork network, RosterChangeApplier roster,
                      SyncStatusRepository status, RevocationListener revocation, EvidenceUploader evidence,
                      Clock clock) {
        this.journal = database.journal();
        this.network = network;
        this.status = status;
        this.revocation = revocation;
        this.evidence = evidence;
        this.clock = clock;
        this.pusher = new EventPusher(journal, new PushOutcomes(database, clock),
                new PoisonEvents(database.deviceSettings()), clock);
        this.puller = new EventPuller(database, roster, new RawRosterRows(database.deviceSettings()), clock,
                network::enrolledRole);
    }

    /** One pass; serialised, so two workers never push the same events at once. */
    public synchronized SyncResult syncUntilIdle() {
        try {
            RegisterlyNetworkApi api = network.api();
            for (int round = 0; round < MAX_ROUNDS; round++) {
                // Photos first: a report naming a photo the server does not hold would be rejected.
                evidence.uploadPending(api);
                PoisonBisection pushed = pusher.pushAll(api);
                puller.pullAll(api);
                pushed.afterPull();
                if (journal.outbox(1).isEmpty()) {
                    status.recordSyncCompleted(clock.instant());
                    return new SyncResult(SyncResult.Status.IDLE, null);
                }
            }
            return new SyncResult(SyncResult.Status.MORE_TO_DO, null);
        } catch (Revoked e) {
            revocation.onRevoked();
            return new SyncResult(SyncResult.Status.REVOKED, "this device's enrolment was revoked");
        } catch (SyncFailure e) {
            status.recordSyncFailed(clock.instant(), e.problem, e.getMessage());
            return new SyncResult(SyncResult.Status.RETRY, e.getMessage());
        }
    }
}
