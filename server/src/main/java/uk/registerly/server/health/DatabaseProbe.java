package uk.registerly.server.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Whether the database answers a trivial query within a bound. The query runs on a thread of its own:
 * with the database gone, taking a connection from the pool waits for the pool's own timeout (tens of
 * seconds), longer than a load balancer waits for a health check. Checks arriving while one is
 * running share its answer, so a flood of them holds at most one connection.
 */
final class DatabaseProbe implements AutoCloseable {

    private final DataSource dataSource;
    private final Duration timeout;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "registerly-health");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Void> running;

    DatabaseProbe(DataSource dataSource, Duration timeout) {
        this.dataSource = dataSource;
        this.timeout = timeout;
    }

    boolean answers() {
        try {
            current().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false; // failed or timed out: either way the database does not answer
        }
    }

    private synchronized CompletableFuture<Void> current() {
        if (running == null || running.isDone()) {
            running = CompletableFuture.runAsync(this::query, executor);
        }
        return running;
    }

    private void query() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
            statement.execute("select 1");
        } catch (SQLException e) {
            throw new IllegalStateException("the database does not answer", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
