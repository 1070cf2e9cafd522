package uk.registerly.app.enrolment;

import java.time.Clock;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.db.LocalDataWipe;
import uk.registerly.app.data.evidence.ViewedEvidenceRepository;
import uk.registerly.app.security.DeviceIdentityStore;
import uk.registerly.app.sync.RevocationListener;
import uk.registerly.app.sync.SyncScheduler;
import uk.registerly.app.sync.SyncStatusRepository;

/**
 * What the server's {@code device_revoked} does (never a bare 401, which may be a proxy's): the office
 * revoked this device. Local data is wiped and the token and identity
 * are forgotten, so the app returns to enrolment — but register facts the server never stored are
 * kept (encrypted) and sent after re-enrolment, because a register mark must never be lost
 * silently; the enrolment screen says how many are waiting. Photos the office viewed here go with
 * the roster. Wipe first, forget second: if the app dies in between, the next sync gets device_revoked again
 * and finishes the job.
 */
@Singleton
public class DeviceRevocation implements RevocationListener {
    private final LocalDataWipe wipe;
    private final ViewedEvidenceRepository viewedEvidence;
    private final DeviceIdentityStore identities;
    private final SyncScheduler scheduler;
    private final SyncStatusRepository status;
    private final Clock clock;

    @Inject
    public DeviceRevocation(LocalDataWipe wipe, ViewedEvidenceRepository viewedEvidence,
                            DeviceIdentityStore identities, SyncScheduler scheduler, SyncStatusRepository status,
                            Clock clock) {
        this.wipe = wipe;
        this.viewedEvidence = viewedEvidence;
        this.identities = identities;
        this.scheduler = scheduler;
        this.status = status;
        this.clock = clock;
    }

    @Override
    public void onRevoked() {
        int kept = wipe.wipeKeepingUnsentFacts();
        viewedEvidence.forgetAll();
        status.recordRevoked(kept, clock.instant());
        identities.forget();
        scheduler.cancelAll();
    }
}
