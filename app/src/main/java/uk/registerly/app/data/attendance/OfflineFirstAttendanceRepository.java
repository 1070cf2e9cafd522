package uk.registerly.app.data.attendance;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.entity.RejectedEvent;
import uk.registerly.app.data.db.dao.RosterDao;
import uk.registerly.app.data.db.entity.SchoolClassEntity;
import uk.registerly.app.data.journal.EventJournal;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.data.roster.OfflineFirstRosterRepository;
import uk.registerly.app.data.roster.SchoolRules;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.security.DeviceIdentityStore;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.AttendanceEvaluation;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.schedule.ArrivalClassifier;
import uk.registerly.rules.schedule.ArrivalOutcome;
import uk.registerly.rules.schedule.RegisterSchedule;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * Register facts in the offline-first style: every write goes to the journal first (and the sync
 * sends it later); every mark, figure and alert a screen shows is computed by the rules module's
 * {@code Evaluator} over the local journal and roster, off the main thread, so it is right while
 * offline and agrees with the server once synced. Methods marked {@code @WorkerThread} touch the
 * database directly; LiveData read models recompute whenever the journal or the roster changes.
 */
@Singleton
public class OfflineFirstAttendanceRepository {
    /**
     * How long the gate's undo lasts after a scan. The protocol would accept a withdrawal all day;
     * the gate offers it while the wrong card is still in front of the person who scanned it, and
     * later corrections are the office's (an amendment).
     */
    public static final Duration ARRIVAL_UNDO_WINDOW = Duration.ofSeconds(10);
    /** What the gate's undo says it was, for the office reading the withdrawal. */
    static final String WITHDRAWAL_REASON = "Undone at the gate: wrong card or pupil";

    private final JournalDao journalDao;
    private final RosterDao rosterDao;
    private final OfflineFirstRosterRepository roster;
    private final EventJournal journal;
    private final DeviceIdentityStore identities;
    private final Clock clock;
    private final Executor executor;

    @Inject
    public OfflineFirstAttendanceRepository(RegisterlyDatabase database, OfflineFirstRosterRepository roster,
                                            EventJournal journal, DeviceIdentityStore identities, Clock clock,
                                            @EvaluationExecutor Executor executor) {
        this.journalDao = database.journal();
        this.rosterDao = database.roster();
        this.roster = roster;
        this.journal = journal;
        this.identities = identities;
        this.clock = clock;
        this.executor = executor;
    }

    // ---- Teacher: the class register ----

    /** The class's pupils with their effective mark for one session, recomputed on every change. */
    public LiveData<List<RegisterRow>> register(String classId, LocalDate date, Session session) {
        return recomputing(() -> computeRegister(classId, date, session));
    }

    /** When the class's register opens, goes late and closes for a session; null before the school is known. */
    @Nullable
    @WorkerThread
    public RegisterWindow registerWindow(String classId, Session session) {
        SchoolClassEntity schoolClass = rosterDao.schoolClass(classId);
        SchoolRules rules = roster.defaultRules();
        return schoolClass == null || rules == null ? null : rules.registerWindow(session, schoolClass.yearGroup);
    }

    /** The teacher's mark (REGISTER_MARK), recorded now. */
    @WorkerThread
    public JournalEventEntity recordMark(String pupilId, LocalDate date, Session session, AttendanceCode code) {
        return recordMarks(Collections.singletonList(pupilId), date, session, code).get(0);
    }

    /**
     * The same mark for several pupils at once ("mark all remaining present"): one transaction, so
     * the marks leave together and the sync is asked once, not once per pupil. All or none: a pupil
     * who cannot be marked refuses the whole batch, before anything is written.
     */
    @WorkerThread
    public List<JournalEventEntity> recordMarks(List<String> pupilIds, LocalDate date, Session session,
                                                AttendanceCode code) {
        List<EventJournal.Draft> drafts = new ArrayList<>(pupilIds.size());
        for (String pupilId : pupilIds) {
            Target target = target(pupilId, EventType.REGISTER_MARK);
            target.requireSchoolSession(date, session);
            if (date.isAfter(target.rules.today(clock))) {
                throw new NotRecordableException("A register cannot be marked for a day that has not come yet.");
            }
            drafts.add(new EventJournal.Draft(EventType.REGISTER_MARK,
                    EventPayloads.registerMark(pupilId, date, session, code, target.rules.localNow(clock))));
        }
        return drafts.isEmpty() ? Collections.<JournalEventEntity>emptyList() : journal.appendAll(drafts);
    }

    /**
     * A correction with its reason, signed with the enrolled member of staff's "Name, Position"
     * (the register keeps who changed what and why, for 6 years). The office amends any pupil's
     * mark; a teacher, the marks of pupils in classes they teach (sync-protocol §4).
     */
    @WorkerThread
    public JournalEventEntity recordAmendment(String pupilId, LocalDate date, Session session, AttendanceCode code,
                                              String reason) {
        Target target = target(pupilId, EventType.AMENDMENT);
        target.requireSchoolSession(date, session);
        String by = target.identity.staffSignature();
        if (by == null) {
            throw new NotRecordableException("This device is not enrolled for a member of staff, so it cannot sign an amendment.");
        }
        if (reason == null || reason.trim().isEmpty()) {
            throw new NotRecordableException("An amendment needs a reason.");
        }
        return journal.append(EventType.AMENDMENT,
                EventPayloads.amendment(pupilId, date, session, code, target.rules.localNow(clock), reason, by));
    }

    // ---- Gate: arrivals ----

    /**
     * Records a late-gate arrival now and says at once what it means for the pupil's register
     * (present, L or U with minutes late), before any sync. It can be taken back with
     * {@link #undoArrival} for {@link #ARRIVAL_UNDO_WINDOW}.
     */
    @WorkerThread
    public ArrivalRecorded recordArrival(String pupilId) {
        return recordArrival(pupilId, null);
    }

    /**
     * An arrival with what the gate was told about it (e.g. "with a parent", "medical appointment"),
     * for the office: the optional {@code reason} travels in the ARRIVAL payload and decides no mark
     * (only the office's REASON does).
     */
    @WorkerThread
    public ArrivalRecorded recordArrival(String pupilId, @Nullable String reason) {
        Target target = target(pupilId, EventType.ARRIVAL);
        LocalDateTime at = target.rules.localNow(clock);
        RegisterSchedule.PupilRegisters registers = target.rules.policy().registers()
                .forYearGroup(target.pupil.yearGroup);
        Session session = registers.sessionOfArrival(at.toLocalTime());
        if (session == null) {
            throw new NotRecordableException("The school day has ended: an arrival now decides no mark.");
        }
        target.requireSchoolSession(at.toLocalDate(), session);
        ArrivalOutcome outcome = ArrivalClassifier.classify(registers.window(session), at.toLocalTime());
        JournalEventEntity event = journal.append(EventType.ARRIVAL, EventPayloads.arrival(pupilId, at, reason));
        return new ArrivalRecorded(event.id, pupilId, at, session, outcome,
                Instant.ofEpochMilli(event.storedAtEpochMillis).plus(ARRIVAL_UNDO_WINDOW));
    }

    /**
     * Takes back an arrival recorded on this device within its undo window (a wrong card scanned):
     * an ARRIVAL_WITHDRAWN is appended and sent like any fact, the arrival stays in the journal (and
     * on the server), and the rules work the mark out as if it had never been recorded. Returns false
     * when the window has passed or the arrival was already withdrawn (then the office corrects the
     * mark with an amendment).
     */
    @WorkerThread
    public boolean undoArrival(String arrivalEventId) {
        JournalEventEntity arrival = journalDao.find(arrivalEventId);
        if (arrival == null || !arrival.isLocal() || !EventType.ARRIVAL.name().equals(arrival.type)) {
            throw new IllegalArgumentException("no arrival " + arrivalEventId + " recorded on this device");
        }
        if (clock.millis() - arrival.storedAtEpochMillis > ARRIVAL_UNDO_WINDOW.toMillis()
                || !journalDao.withdrawnAmong(Collections.singletonList(arrival.id)).isEmpty()) {
            return false;
        }
        Target target = target(arrival.pupilId, EventType.ARRIVAL_WITHDRAWN);
        journal.append(EventType.ARRIVAL_WITHDRAWN, EventPayloads.arrivalWithdrawn(arrival.pupilId, arrival.id,
                target.rules.localNow(clock), WITHDRAWAL_REASON));
        return true;
    }

    /** The day's arrivals at this school, newest first, each classified by its pupil's register. */
    public LiveData<List<ArrivalRow>> arrivalsOn(LocalDate date) {
        return recomputing(() -> computeArrivals(date));
    }

    // ---- Office and parents ----

    /** A pupil's whole record to date: every mark with its history, figures, alerts, ladder band. */
    public LiveData<PupilEvaluation> pupilRecord(String pupilId) {
        return recomputing(() -> {
            PupilEntity pupil = rosterDao.pupil(pupilId);
            SchoolRules rules = pupil == null ? null : roster.rulesForPupil(pupil);
            if (rules == null) {
                return null;
            }
            return rules.evaluator().evaluatePupil(toRulesPupil(pupil),
                    JournalFacts.toFacts(journalDao.factsFor(Collections.singletonList(pupilId))), rules.today(clock));
        });
    }

    /** Every pupil on the device, evaluated to date: figures and alerts for the office's worklists. */
    public LiveData<AttendanceEvaluation> schoolEvaluation() {
        return recomputing(() -> {
            SchoolRules rules = roster.defaultRules();
            if (rules == null) {
                return null;
            }
            List<Pupil> pupils = new ArrayList<>();
            for (PupilEntity pupil : rosterDao.allPupils()) {
                pupils.add(toRulesPupil(pupil));
            }
            return rules.evaluator().evaluate(pupils, JournalFacts.toFacts(journalDao.allFacts()), rules.today(clock));
        });
    }

    /** First-day calling: pupils whose effective mark on {@code date} is still N or U, AM before PM. */
    public LiveData<List<MarkedPupil>> unexplainedAbsences(LocalDate date) {
        return recomputing(() -> unexplainedAbsencesOn(date));
    }

    /** {@link #unexplainedAbsences} computed once, for read models that combine it with more. */
    @WorkerThread
    public List<MarkedPupil> unexplainedAbsencesOn(LocalDate date) {
        List<PupilEntity> pupils = rosterDao.allPupils();
        List<MarkedPupil> absent = new ArrayList<>();
        for (Map.Entry<PupilEntity, PupilEvaluation> entry : evaluateOn(pupils, date).entrySet()) {
            for (EffectiveMark mark : entry.getValue().marks()) {
                if (mark.session().date().equals(date)
                        && (mark.code() == AttendanceCode.N || mark.code() == AttendanceCode.U)) {
                    absent.add(new MarkedPupil(entry.getKey(), mark));
                }
            }
        }
        return absent;
    }

    // ---- computing read models ----

    private <T> LiveData<T> recomputing(java.util.function.Supplier<T> compute) {
        return new RecomputingLiveData<>(executor, compute, journalDao.observeVersion(), roster.changes());
    }

    private List<RegisterRow> computeRegister(String classId, LocalDate date, Session session) {
        List<PupilEntity> pupils = rosterDao.pupilsOfClass(classId);
        Map<PupilEntity, PupilEvaluation> evaluations = evaluateOn(pupils, date);
        Set<String> unsentPupils = unsentPupilsOn(pupils, date);
        List<RegisterRow> rows = new ArrayList<>(pupils.size());
        for (PupilEntity pupil : pupils) {
            PupilEvaluation evaluation = evaluations.get(pupil);
            rows.add(new RegisterRow(pupil, evaluation == null ? null : markOf(evaluation, date, session),
                    unsentPupils.contains(pupil.id)));
        }
        return rows;
    }

    private List<ArrivalRow> computeArrivals(LocalDate date) {
        List<JournalEventEntity> arrivals = journalDao.arrivalsOn(date.toString());
        List<String> ids = new ArrayList<>();
        Set<String> pupilIds = new HashSet<>();
        for (JournalEventEntity arrival : arrivals) {
            ids.add(arrival.id);
            pupilIds.add(arrival.pupilId);
        }
        Set<String> undone = new HashSet<>(journalDao.withdrawnAmong(ids));
        Set<String> unsent = new HashSet<>(journalDao.pendingAmong(ids));
        Map<String, PupilEntity> pupils = new HashMap<>();
        for (PupilEntity pupil : rosterDao.pupils(new ArrayList<>(pupilIds))) {
            pupils.put(pupil.id, pupil);
        }
        List<ArrivalRow> rows = new ArrayList<>();
        for (JournalEventEntity arrival : arrivals) {
            PupilEntity pupil = pupils.get(arrival.pupilId);
            if (pupil == null) {
                continue; // a pupil this device may no longer see
            }
            JsonObject payload = JsonParser.parseString(arrival.payload).getAsJsonObject();
            LocalDateTime at = LocalDateTime.parse(payload.get("at").getAsString());
            String reason = payload.has("reason") ? payload.get("reason").getAsString() : null;
            rows.add(new ArrivalRow(arrival.id, pupil, at, classify(pupil, at), reason, undone.contains(arrival.id),
                    unsent.contains(arrival.id)));
        }
        return rows;
    }

    @Nullable
    private ArrivalOutcome classify(PupilEntity pupil, LocalDateTime at) {
        SchoolRules rules = roster.rulesForPupil(pupil);
        if (rules == null) {
            return null;
        }
        RegisterSchedule.PupilRegisters registers = rules.policy().registers().forYearGroup(pupil.yearGroup);
        Session session = registers.sessionOfArrival(at.toLocalTime());
        return session == null ? null : ArrivalClassifier.classify(registers.window(session), at.toLocalTime());
    }

    /** Each pupil evaluated with only the facts of {@code date}: cheap enough to run on every change. */
    private Map<PupilEntity, PupilEvaluation> evaluateOn(List<PupilEntity> pupils, LocalDate date) {
        Map<PupilEntity, PupilEvaluation> evaluations = new IdentityHashMap<>();
        if (pupils.isEmpty()) {
            return evaluations;
        }
        List<String> ids = new ArrayList<>();
        for (PupilEntity pupil : pupils) {
            ids.add(pupil.id);
        }
        Map<String, List<JournalEventEntity>> byPupil = new HashMap<>();
        for (JournalEventEntity row : journalDao.factsOn(ids, date.toString())) {
            byPupil.computeIfAbsent(row.pupilId, k -> new ArrayList<>()).add(row);
        }
        for (PupilEntity pupil : pupils) {
            SchoolRules rules = roster.rulesForPupil(pupil);
            if (rules == null) {
                continue;
            }
            List<JournalEventEntity> rows = byPupil.get(pupil.id);
            evaluations.put(pupil, rules.evaluator().evaluatePupil(toRulesPupil(pupil),
                    JournalFacts.toFacts(rows == null ? Collections.<JournalEventEntity>emptyList() : rows), date));
        }
        return evaluations;
    }

    private Set<String> unsentPupilsOn(List<PupilEntity> pupils, LocalDate date) {
        Set<String> unsent = new HashSet<>();
        if (pupils.isEmpty()) {
            return unsent;
        }
        List<String> ids = new ArrayList<>();
        for (PupilEntity pupil : pupils) {
            ids.add(pupil.id);
        }
        List<JournalEventEntity> facts = journalDao.factsOn(ids, date.toString());
        List<String> factIds = new ArrayList<>();
        Map<String, String> pupilOfFact = new HashMap<>();
        for (JournalEventEntity fact : facts) {
            factIds.add(fact.id);
            pupilOfFact.put(fact.id, fact.pupilId);
        }
        if (!factIds.isEmpty()) {
            for (String id : journalDao.pendingAmong(factIds)) {
                unsent.add(pupilOfFact.get(id));
            }
        }
        return unsent;
    }

    @Nullable
    private static EffectiveMark markOf(PupilEvaluation evaluation, LocalDate date, Session session) {
        for (EffectiveMark mark : evaluation.marks()) {
            if (mark.session().date().equals(date) && mark.session().session() == session) {
                return mark;
            }
        }
        return null;
    }

    private static Pupil toRulesPupil(PupilEntity pupil) {
        return new Pupil(pupil.id, pupil.yearGroup, pupil.dateOfBirth == null ? null : LocalDate.parse(pupil.dateOfBirth));
    }

    /**
     * A teacher's register facts are for pupils of classes they teach: the server refuses the rest
     * with 403, which would hold up the whole batch, so the device refuses them first.
     */
    private void requireTaughtBy(DeviceIdentity identity, PupilEntity pupil) {
        if (identity.role() == DeviceIdentity.Role.TEACHER && (pupil.classId == null
                || !rosterDao.teachersOf(pupil.classId).contains(identity.staffId()))) {
            throw new NotRecordableException("Only this pupil's class teacher records this; ask the office.");
        }
    }

    /** What a write needs to know about its pupil, checked once. */
    private Target target(String pupilId, EventType type) {
        DeviceIdentity identity = journal.writer(type);
        PupilEntity pupil = rosterDao.pupil(pupilId);
        if (pupil == null) {
            throw new NotRecordableException("This pupil is not on this device's roll.");
        }
        SchoolRules rules = roster.rulesForPupil(pupil);
        if (rules == null) {
            throw new NotRecordableException("The school's calendar has not reached this device yet: sync first.");
        }
        if (type == EventType.REGISTER_MARK || type == EventType.AMENDMENT) {
            requireTaughtBy(identity, pupil);
        }
        return new Target(identity, pupil, rules);
    }

    private static final class Target {
        final DeviceIdentity identity;
        final PupilEntity pupil;
        final SchoolRules rules;

        Target(DeviceIdentity identity, PupilEntity pupil, SchoolRules rules) {
            this.identity = identity;
            this.pupil = pupil;
            this.rules = rules;
        }

        void requireSchoolSession(LocalDate date, Session session) {
            if (rules.calendar().isSchoolSession(date, session)) {
                return;
            }
            AttendanceCode closure = rules.calendar().closureCode(date, session);
            throw new NotRecordableException(closure != null
                    ? date + " " + session + " is a closed session (" + closure.symbol() + ": " + closure.meaning() + ")."
                    : date + " " + session + " is not a school session (a weekend or outside term).");
        }
    }
}
