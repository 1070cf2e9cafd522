package uk.registerly.server.exports.push;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.registerly.server.audit.AuditLog;
import uk.registerly.server.config.MarksPushSettings;
import uk.registerly.server.exports.MarksFeed;
import uk.registerly.server.school.SchoolSetup;
import uk.registerly.server.school.SchoolSetups;
import uk.registerly.server.sync.Cursor;

/**
 * The optional push of the marks to an integrator (issue 17, item 5): every {@code interval}, for each
 * school, the rows of the marks-changes feed ({@link MarksFeed}, the same code and the same gap-free
 * horizon) after the push's own stored cursor, POSTed in batches. The cursor moves only when the receiver
 * answers 2xx, so delivery is at least once and nothing is skipped; a failed batch is sent again with the
 * same idempotency key after a back-off that doubles per failure (settings' retryBase up to retryMax).
 *
 * <p>Two app servers never push one school at once: each round over a school holds a session advisory lock
 * (not a transaction, which would hold back the xid horizon every pull waits on while the POST runs).
 * Logs name the school and the receiver's status only, never a row.
 */
public final class MarksPusher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MarksPusher.class);
    /** Batches one school may send in one round before the next school's turn. */
    static final int MAX_BATCHES_PER_ROUND = 50;

    private final Jdbi jdbi;
    private final SchoolSetups setups;
    private final MarksPushSettings settings;
    private final MarksPushClient client;
    private final Clock today;
    private final Clock retryClock;
    private final Function<Handle, List<UUID>> schools;
    private ScheduledExecutorService scheduler;

    /**
     * @param today      the server's clock, for the feed's "today"
     * @param retryClock when an attempt is due (a test moves it on instead of waiting)
     * @param schools    the schools to push (every school, on a server)
     */
    MarksPusher(Jdbi jdbi, SchoolSetups setups, MarksPushSettings settings, Clock today, Clock retryClock,
            Function<Handle, List<UUID>> schools) {
        this.jdbi = jdbi;
        this.setups = setups;
        this.settings = settings;
        this.client = new MarksPushClient(settings);
        this.today = today;
        this.retryClock = retryClock;
        this.schools = schools;
    }

    /** The push for every school of the database. */
    public static MarksPusher forAllSchools(Jdbi jdbi, SchoolSetups setups, MarksPushSettings settings, Clock today) {
        return new MarksPusher(jdbi, setups, settings, today, Clock.systemUTC(),
                h -> h.createQuery("select id from schools order by id").mapTo(UUID.class).list());
    }

    /** Runs a round every interval on a daemon thread until {@link #close()}. */
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "marks-push");
            t.setDaemon(true);
            return t;
        });
        long millis = settings.interval().toMillis();
        scheduler.scheduleWithFixedDelay(this::roundLogged, millis, millis, TimeUnit.MILLISECONDS);
        LOG.info("marks push on: {} every {}", settings.url(), settings.interval());
    }

    private void roundLogged() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.warn("marks push round failed: {}", e.getClass().getSimpleName());
        }
    }

    /** One round: each school due is pushed up to the end of its feed (or a failure). */
    public void runOnce() {
        for (UUID school : jdbi.withHandle(schools::apply)) {
            try {
                pushSchool(school);
            } catch (RuntimeException e) {
                // one school's problem (its set-up, a row) must not stop the others' push
                LOG.warn("marks push for school {} failed: {}", school, e.getClass().getSimpleName());
            }
        }
    }

    private void pushSchool(UUID school) {
        jdbi.useHandle(h -> {
            if (!h.createQuery("select pg_try_advisory_lock(hashtext('marks-push'), hashtext(:school))")
                    .bind("school", school.toString()).mapTo(Boolean.class).one()) {
                return; // another app server is pushing this school now
            }
            try {
                for (int i = 0; i < MAX_BATCHES_PER_ROUND; i++) {
                    if (!pushBatch(h, school)) {
                        return;
                    }
                }
            } finally {
                h.createQuery("select pg_advisory_unlock(hashtext('marks-push'), hashtext(:school))")
                        .bind("school", school.toString()).mapTo(Boolean.class).one();
            }
        });
    }

    /** Sends the batch after the school's cursor; true when there may be more to send now. */
    private boolean pushBatch(Handle h, UUID school) {
        MarksPushCursors.State state = h.inTransaction(tx -> MarksPushCursors.of(tx, school));
        Instant now = retryClock.instant();
        if (!state.dueAt(now)) {
            return false;
        }
        Cursor from = state.cursor();
        MarksFeed.Page page = h.inTransaction(tx -> {
            SchoolSetup setup = setups.current(tx, school);
            return MarksFeed.read(tx, setup, from, settings.batchSize(), setup.today(today.instant()));
        });
        Cursor to = Cursor.parse(page.next());
        if (to.equals(from)) {
            return false; // nothing new
        }
        MarksPushBatch batch = new MarksPushBatch(school, from, to, page.changes());
        if (page.changes().isEmpty()) {
            // facts that change no session the MIS holds (closures, a pupil off the roster): nothing to send
            h.useTransaction(tx -> MarksPushCursors.delivered(tx, school, to, false, "nothing to send", now));
            return page.hasMore();
        }
        MarksPushClient.Outcome outcome = client.post(batch);
        Instant after = retryClock.instant();
        if (outcome.delivered()) {
            h.useTransaction(tx -> {
                MarksPushCursors.delivered(tx, school, to, true, outcome.status(), after);
                AuditLog.recordSystem(tx, school, "export.marks.push", batch.idempotencyKey().toString(),
                        Map.of("from", from.toString(), "to", to.toString(), "changes", page.changes().size(),
                                "status", outcome.status()));
            });
            return page.hasMore();
        }
        int failures = state.failures() + 1;
        Instant next = after.plus(settings.retryAfter(failures));
        h.useTransaction(tx -> MarksPushCursors.failed(tx, school, failures, next, outcome.status(), after));
        LOG.warn("marks push for school {}: {} (failure {}), next attempt {}", school, outcome.status(), failures, next);
        return false;
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }
}
