package uk.registerly.server.cache;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.registerly.server.school.SchoolSetup;

/**
 * The evaluated state of the schools this app server has been asked about, each advanced by the log's
 * cursor on every request (a read of the facts after it, by index), least recently used evicted first
 * once the facts held pass {@code maxFacts}. Nothing here outlives a database change unseen: facts only
 * ever come after the cursor (the log is append-only), and a new set-up version or day re-evaluates.
 * Any number of app servers keep their own; they agree because each reads the same log in the same order.
 */
public final class SchoolStateCache {

    /** The default budget: about eight 1,500-pupil schools at the end of a year (docs/benchmarks.md). */
    private final long maxFacts;
    private final LinkedHashMap<UUID, SchoolState> states = new LinkedHashMap<>(16, 0.75f, true);

    public SchoolStateCache(long maxFacts) {
        if (maxFacts < 0) {
            throw new IllegalArgumentException("the cache's size must not be negative");
        }
        this.maxFacts = maxFacts;
    }

    /**
     * The school's state as of {@code today}, with every fact the log's horizon lets through. A school
     * larger than the whole budget is evaluated for this request and not kept.
     */
    public EvaluatedSchool current(Handle h, SchoolSetup setup, LocalDate today) {
        SchoolState state;
        synchronized (states) {
            state = states.computeIfAbsent(setup.id(), SchoolState::new);
        }
        EvaluatedSchool evaluated = state.advance(h, setup, today);
        evict();
        return evaluated;
    }

    /** The school evaluated from the whole log, cached nowhere: what the cache must always agree with. */
    public static EvaluatedSchool fromScratch(Handle h, SchoolSetup setup, LocalDate today) {
        return new SchoolState(setup.id()).advance(h, setup, today);
    }

    public int schools() {
        synchronized (states) {
            return states.size();
        }
    }

    /** Facts held over every cached school. */
    public long facts() {
        synchronized (states) {
            return states.values().stream().mapToLong(SchoolState::facts).sum();
        }
    }

    private void evict() {
        synchronized (states) {
            long total = 0;
            for (SchoolState s : states.values()) {
                total += s.facts();
            }
            Iterator<Map.Entry<UUID, SchoolState>> eldestFirst = states.entrySet().iterator();
            while (total > maxFacts && eldestFirst.hasNext()) {
                total -= eldestFirst.next().getValue().facts();
                eldestFirst.remove();
            }
        }
    }
}
