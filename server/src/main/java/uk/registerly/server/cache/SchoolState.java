package uk.registerly.server.cache;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.registerly.rules.evaluation.Evaluator;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.server.school.SchoolSetup;
import uk.registerly.server.sync.Cursor;

/**
 * One school's facts by pupil, as read from the log up to a cursor, and their evaluation. Advanced under
 * its own lock: the facts after the cursor (up to the pull's horizon) are read, and only the pupils they
 * are about are evaluated again; a new set-up version (roster, calendar, registers) or a new day
 * evaluates every pupil again from the facts held, without reading the log again.
 */
final class SchoolState {

    private final UUID school;
    private final Map<String, List<AttendanceFact>> factsByPupil = new HashMap<>();
    /** Pupils with facts not yet in {@link #current}: kept until an evaluation has succeeded. */
    private final Set<String> dirty = new HashSet<>();
    private volatile long facts;
    private Cursor reached = Cursor.START;
    private Evaluated current;

    SchoolState(UUID school) {
        this.school = school;
    }

    long facts() {
        return facts;
    }

    synchronized EvaluatedSchool advance(Handle h, SchoolSetup setup, LocalDate today) {
        RegisterFacts.Batch batch = RegisterFacts.after(h, school, reached);
        for (AttendanceFact fact : batch.facts()) {
            factsByPupil.computeIfAbsent(fact.pupil(), p -> new ArrayList<>()).add(fact);
            dirty.add(fact.pupil());
        }
        facts += batch.facts().size();
        reached = batch.reached();
        if (current == null || current.setup.version() != setup.version() || !current.asOf.equals(today)) {
            current = evaluateAll(h, setup, today);
        } else if (!dirty.isEmpty()) {
            current = current.withEvaluated(evaluate(setup, today, dirty), reached, facts);
        } else if (!current.reached.equals(reached)) {
            current = current.withEvaluated(Map.of(), reached, facts);
        }
        dirty.clear();
        return current;
    }

    private Evaluated evaluateAll(Handle h, SchoolSetup setup, LocalDate today) {
        Evaluator evaluator = setup.evaluator();
        List<RegisterFacts.PupilRow> rows = new ArrayList<>(RegisterFacts.pupils(h, school, null, today));
        // The order the rules' whole-school evaluation reports pupils in, which the alerts list keeps.
        rows.sort((a, b) -> a.id().toString().compareTo(b.id().toString()));
        List<EvaluatedPupil> pupils = new ArrayList<>(rows.size());
        for (RegisterFacts.PupilRow row : rows) {
            List<AttendanceFact> own = factsByPupil.getOrDefault(row.id().toString(), List.of());
            pupils.add(new EvaluatedPupil(row, evaluator.evaluatePupil(row.forRules(), own, today)));
        }
        return new Evaluated(setup, today, pupils, reached, facts);
    }

    /** The pupils among {@code changed} that are on roll, evaluated again from all their facts. */
    private Map<UUID, EvaluatedPupil> evaluate(SchoolSetup setup, LocalDate today, Set<String> changed) {
        Evaluator evaluator = setup.evaluator();
        Map<UUID, EvaluatedPupil> evaluated = new HashMap<>();
        for (String id : changed) {
            UUID pupilId = UUID.fromString(id);
            Optional<EvaluatedPupil> before = current.pupil(pupilId);
            if (before.isPresent()) {
                RegisterFacts.PupilRow row = before.get().row();
                evaluated.put(pupilId, new EvaluatedPupil(row,
                        evaluator.evaluatePupil(row.forRules(), factsByPupil.get(id), today)));
            }
        }
        return evaluated;
    }

    /** One evaluation of the school, never changed: a new one replaces it. */
    private static final class Evaluated implements EvaluatedSchool {
        private final SchoolSetup setup;
        private final LocalDate asOf;
        private final List<EvaluatedPupil> pupils;
        private final Map<UUID, Integer> index;
        private final Cursor reached;
        private final long facts;

        Evaluated(SchoolSetup setup, LocalDate asOf, List<EvaluatedPupil> pupils, Cursor reached, long facts) {
            this.setup = setup;
            this.asOf = asOf;
            this.pupils = Collections.unmodifiableList(pupils);
            this.reached = reached;
            this.facts = facts;
            this.index = new HashMap<>();
            for (int i = 0; i < pupils.size(); i++) {
                index.put(pupils.get(i).id(), i);
            }
        }

        Evaluated withEvaluated(Map<UUID, EvaluatedPupil> replaced, Cursor reached, long facts) {
            List<EvaluatedPupil> next = new ArrayList<>(pupils);
            replaced.forEach((id, pupil) -> next.set(index.get(id), pupil));
            return new Evaluated(setup, asOf, next, reached, facts);
        }

        @Override
        public SchoolSetup setup() {
            return setup;
        }

        @Override
        public LocalDate asOf() {
            return asOf;
        }

        @Override
        public List<EvaluatedPupil> pupils() {
            return pupils;
        }

        @Override
        public Optional<EvaluatedPupil> pupil(UUID pupilId) {
            Integer i = index.get(pupilId);
            return i == null ? Optional.empty() : Optional.of(pupils.get(i));
        }

        @Override
        public Cursor reached() {
            return reached;
        }

        @Override
        public long facts() {
            return facts;
        }
    }
}
