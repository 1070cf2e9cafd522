package uk.registerly.app.data.attendance;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.dao.RosterDao;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.journal.EventJournal;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.data.readmodel.ReadModels;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.data.roster.SchoolRules;
import uk.registerly.app.data.roster.SchoolRulesLookup;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.schedule.ArrivalClassifier;
import uk.registerly.rules.schedule.ArrivalOutcome;
import uk.registerly.rules.schedule.RegisterSchedule;

/**
 * {@link ArrivalsRepository} over the journal: an arrival is classified by the rules for the
 * pupil's own register (year group aware); an undo is an ARRIVAL_WITHDRAWN, never a deletion.
 */
@Singleton
public class OfflineFirstArrivalsRepository implements ArrivalsRepository {
    /** What the gate's undo says it was, for the office reading the withdrawal. */
    static final String WITHDRAWAL_REASON = "Undone at the gate: wrong card or pupil";

    private final JournalDao journalDao;
    private final RosterDao roster;
    private final SchoolRulesLookup schools;
    private final EventJournal journal;
    private final FactTargets targets;
    private final ReadModels readModels;
    private final Clock clock;

    @Inject
    public OfflineFirstArrivalsRepository(RegisterlyDatabase database, SchoolRulesLookup schools, EventJournal journal,
                                          ReadModels readModels, Clock clock) {
        this.journalDao = database.journal();
        this.roster = database.roster();
        this.schools = schools;
        this.journal = journal;
        this.targets = new FactTargets(roster, schools, journal,
                new uk.registerly.app.data.scope.DeviceScopeStore(database.deviceSettings()));
        this.readModels = readModels;
        this.clock = clock;
    }

    @Override
    @WorkerThread
    public ArrivalRecorded recordArrival(String pupilId, @Nullable String reason) {
        FactTargets.Target target = targets.target(pupilId, EventType.ARRIVAL);
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

    @Override
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
        FactTargets.Target target = targets.target(arrival.pupilId, EventType.ARRIVAL_WITHDRAWN);
        journal.append(EventType.ARRIVAL_WITHDRAWN, EventPayloads.arrivalWithdrawn(arrival.pupilId, arrival.id,
                target.rules.localNow(clock), WITHDRAWAL_REASON));
        return true;
    }

    @Override
    public LiveData<List<ArrivalRow>> arrivalsOn(LocalDate date) {
        return readModels.recomputing(() -> computeArrivals(date));
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
        for (PupilEntity pupil : roster.pupils(new ArrayList<>(pupilIds))) {
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
            rows.add(new ArrivalRow(arrival.id, RosterPupil.of(pupil), at, classify(pupil, at), reason,
                    undone.contains(arrival.id), unsent.contains(arrival.id)));
        }
        return rows;
    }

    @Nullable
    private ArrivalOutcome classify(PupilEntity pupil, LocalDateTime at) {
        SchoolRules rules = schools.forSchool(pupil.schoolId);
        if (rules == null) {
            return null;
        }
        RegisterSchedule.PupilRegisters registers = rules.policy().registers().forYearGroup(pupil.yearGroup);
        Session session = registers.sessionOfArrival(at.toLocalTime());
        return session == null ? null : ArrivalClassifier.classify(registers.window(session), at.toLocalTime());
    }
}
