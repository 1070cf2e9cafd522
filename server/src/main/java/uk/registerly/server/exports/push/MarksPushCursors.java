package uk.registerly.server.exports.push;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.server.sync.Cursor;

/**
 * The push's own place in each school's log ({@code marks_push_cursors}, V72): where it has delivered up
 * to, and how many batches after that have failed in a row. The cursor moves only with a delivery.
 */
public final class MarksPushCursors {

    /** A school's push state. */
    public record State(long txId, long position, int failures, Instant nextAttemptAt) {

        Cursor cursor() {
            return new Cursor(txId, position);
        }

        boolean dueAt(Instant now) {
            return nextAttemptAt == null || !nextAttemptAt.isAfter(now);
        }
    }

    private MarksPushCursors() {
    }

    /** The school's state, a fresh one (from the start of its log) the first time it is asked for. */
    static State of(Handle h, UUID school) {
        h.createUpdate("insert into marks_push_cursors (school_id) values (:school) on conflict do nothing")
                .bind("school", school).execute();
        return h.createQuery("""
                        select tx_id, position, failures, next_attempt_at from marks_push_cursors
                        where school_id = :school""")
                .bind("school", school).map(ConstructorMapper.of(State.class)).one();
    }

    static Optional<State> find(Handle h, UUID school) {
        return h.createQuery("""
                        select tx_id, position, failures, next_attempt_at from marks_push_cursors
                        where school_id = :school""")
                .bind("school", school).map(ConstructorMapper.of(State.class)).findOne();
    }

    /** The batch up to {@code to} was delivered (or held nothing to send): move on, failures cleared. */
    static void delivered(Handle h, UUID school, Cursor to, boolean sent, String status, Instant now) {
        h.createUpdate("""
                        update marks_push_cursors
                        set tx_id = :tx, position = :pos, failures = 0, next_attempt_at = null,
                            batches_sent = batches_sent + :sent, last_status = :status,
                            last_delivered_at = case when :sent = 1 then :now else last_delivered_at end,
                            updated_at = :now
                        where school_id = :school""")
                .bind("school", school).bind("tx", to.txId()).bind("pos", to.position())
                .bind("sent", sent ? 1 : 0).bind("status", status).bind("now", now).execute();
    }

    /** The batch after the cursor failed again: the cursor stays, the next attempt waits. */
    static void failed(Handle h, UUID school, int failures, Instant nextAttemptAt, String status, Instant now) {
        h.createUpdate("""
                        update marks_push_cursors
                        set failures = :failures, next_attempt_at = :next, last_status = :status, updated_at = :now
                        where school_id = :school""")
                .bind("school", school).bind("failures", failures).bind("next", nextAttemptAt)
                .bind("status", status).bind("now", now).execute();
    }
}
