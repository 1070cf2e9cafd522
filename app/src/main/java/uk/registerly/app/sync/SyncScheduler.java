package uk.registerly.app.sync;

import android.content.Context;
import android.os.SystemClock;

import androidx.work.BackoffPolicy;
import androidx.work.Constraints;
import androidx.work.ExistingPeriodicWorkPolicy;
import androidx.work.ExistingWorkPolicy;
import androidx.work.NetworkType;
import androidx.work.OneTimeWorkRequest;
import androidx.work.OutOfQuotaPolicy;
import androidx.work.PeriodicWorkRequest;
import androidx.work.WorkManager;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.inject.Inject;
import javax.inject.Singleton;

import dagger.hilt.android.qualifiers.ApplicationContext;
import uk.registerly.app.data.journal.LocalWriteListener;

/**
 * Asks WorkManager for sync passes: an expedited one after each local write, one every 15 minutes,
 * and another at once when a pass had more to do. Every request needs a network, backs off
 * exponentially after a failure, and survives the app being closed or the tablet restarting.
 *
 * <p>The one-shot is unique with KEEP, so a burst of writes makes one pass. KEEP also drops a
 * request made while a pass is already running; the pass re-checks the outbox before it ends,
 * and a write that lands while a pass is running also enqueues {@link #FOLLOW_UP} (appended),
 * so a write can never wait for the periodic pass.
 */
@Singleton
public class SyncScheduler implements LocalWriteListener {
    static final String UNIQUE_SYNC = "sync-now";
    static final String FOLLOW_UP = "sync-follow-up";
    static final String PERIODIC = "sync-periodic";
    static final String AGAIN = "sync-again";
    static final String UNSENT_CHECK = "unsent-check";
    static final Duration PERIOD = Duration.ofMinutes(15);
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);

    /** Long enough to cover WorkManager marking a returned pass finished. */
    private static final Duration JUST_ENDED = Duration.ofSeconds(10);

    private final Context context;
    private final AtomicInteger passesRunning = new AtomicInteger();
    private volatile long lastPassEndedAt = Long.MIN_VALUE / 2;

    @Inject
    public SyncScheduler(@ApplicationContext Context context) {
        this.context = context;
    }

    /** An expedited pass; one already waiting is kept rather than queued twice. Returns the id of the request made. */
    public UUID syncNow() {
        OneTimeWorkRequest request = oneTime().setExpedited(OutOfQuotaPolicy.RUN_AS_NON_EXPEDITED_WORK_REQUEST).build();
        WorkManager.getInstance(context).enqueueUniqueWork(UNIQUE_SYNC, ExistingWorkPolicy.KEEP, request);
        return request.getId();
    }

    @Override
    public void onLocalWrite() {
        boolean running = passRunningOrJustEnded();
        syncNow();
        if (running) {
            WorkManager.getInstance(context).enqueueUniqueWork(FOLLOW_UP, ExistingWorkPolicy.APPEND_OR_REPLACE,
                    oneTime().build());
        }
    }

    /**
     * The 15-minute pass, and the 15-minute check for records waiting too long (which needs no
     * network): kept if already scheduled. Call at start and after enrolment.
     */
    public void schedulePeriodic() {
        PeriodicWorkRequest request = new PeriodicWorkRequest.Builder(SyncWorker.class, PERIOD.toMinutes(), TimeUnit.MINUTES)
                .setConstraints(networkConstraint())
                .setBackoffCriteria(BackoffPolicy.EXPONENTIAL, FIRST_BACKOFF.toMillis(), TimeUnit.MILLISECONDS)
                .build();
        WorkManager manager = WorkManager.getInstance(context);
        manager.enqueueUniquePeriodicWork(PERIODIC, ExistingPeriodicWorkPolicy.KEEP, request);
        manager.enqueueUniquePeriodicWork(UNSENT_CHECK, ExistingPeriodicWorkPolicy.KEEP,
                new PeriodicWorkRequest.Builder(UnsentEventsCheckWorker.class, PERIOD.toMinutes(), TimeUnit.MINUTES)
                        .build());
    }

    /** Another pass once this one has ended (a pass that had more to do than one pass does). */
    public void syncAgain() {
        WorkManager.getInstance(context).enqueueUniqueWork(AGAIN, ExistingWorkPolicy.REPLACE, oneTime().build());
    }

    /** Revocation: no pass may run with a token the server no longer accepts. */
    public void cancelAll() {
        WorkManager manager = WorkManager.getInstance(context);
        for (String name : new String[] {UNIQUE_SYNC, FOLLOW_UP, PERIODIC, AGAIN, UNSENT_CHECK}) {
            manager.cancelUniqueWork(name);
        }
    }

    private static OneTimeWorkRequest.Builder oneTime() {
        return new OneTimeWorkRequest.Builder(SyncWorker.class)
                .setConstraints(networkConstraint())
                .setBackoffCriteria(BackoffPolicy.EXPONENTIAL, FIRST_BACKOFF.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Constraints networkConstraint() {
        return new Constraints.Builder().setRequiredNetworkType(NetworkType.CONNECTED).build();
    }

    /** Called by {@link SyncWorker} around each pass. */
    void passStarted() {
        passesRunning.incrementAndGet();
    }

    void passEnded() {
        lastPassEndedAt = SystemClock.elapsedRealtime();
        passesRunning.decrementAndGet();
    }

    /**
     * Whether KEEP could drop a request made now: a pass is running, or has just returned and
     * WorkManager may not have marked it finished yet. Tracked in-process (workers run in the app's
     * process), because asking WorkManager from inside a write would wait on its database.
     */
    private boolean passRunningOrJustEnded() {
        return passesRunning.get() > 0
                || SystemClock.elapsedRealtime() - lastPassEndedAt < JUST_ENDED.toMillis();
    }
}
