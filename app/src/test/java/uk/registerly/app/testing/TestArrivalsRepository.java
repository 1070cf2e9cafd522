package uk.registerly.app.testing;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.registerly.app.data.attendance.ArrivalRecorded;
import uk.registerly.app.data.attendance.ArrivalRow;
import uk.registerly.app.data.attendance.ArrivalsRepository;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.data.roster.SchoolRules;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.schedule.ArrivalClassifier;
import uk.registerly.rules.schedule.RegisterSchedule;

/**
 * An in-memory {@link ArrivalsRepository} on the {@link TestSchool}'s registers: an arrival is
 * classified by the rules at the clock's time and kept in {@link #writes}; an undo within
 * {@link #ARRIVAL_UNDO_WINDOW} writes the withdrawal; the test sends the day's list.
 */
public final class TestArrivalsRepository implements ArrivalsRepository {
    public final FakeWrites writes = new FakeWrites();
    private final Clock clock;
    private final SchoolRules rules = TestSchool.rules();
    private final Map<LocalDate, MutableLiveData<List<ArrivalRow>>> days = new HashMap<>();
    private final Map<String, Instant> recordedAt = new HashMap<>();
    private final Set<String> undone = new HashSet<>();

    public TestArrivalsRepository(Clock clock) {
        this.clock = clock;
    }

    public void send(LocalDate date, List<ArrivalRow> rows) {
        live(date).setValue(rows);
    }

    private MutableLiveData<List<ArrivalRow>> live(LocalDate date) {
        return days.computeIfAbsent(date, day -> new MutableLiveData<>());
    }

    @Override
    public ArrivalRecorded recordArrival(String pupilId, @Nullable String reason) {
        writes.check();
        LocalDateTime at = rules.localNow(clock);
        RegisterSchedule.PupilRegisters registers = rules.policy().registers().forYearGroup("3");
        Session session = registers.sessionOfArrival(at.toLocalTime());
        if (session == null) {
            throw new NotRecordableException("The school day has ended: an arrival now decides no mark.");
        }
        JournalEventEntity row = writes.write(EventType.ARRIVAL, EventPayloads.arrival(pupilId, at, reason));
        recordedAt.put(row.id, clock.instant());
        return new ArrivalRecorded(row.id, pupilId, at, session,
                ArrivalClassifier.classify(registers.window(session), at.toLocalTime()),
                clock.instant().plus(ARRIVAL_UNDO_WINDOW));
    }

    @Override
    public boolean undoArrival(String arrivalEventId) {
        Instant at = recordedAt.get(arrivalEventId);
        if (at == null) {
            throw new IllegalArgumentException("no arrival " + arrivalEventId + " recorded here");
        }
        if (clock.instant().isAfter(at.plus(ARRIVAL_UNDO_WINDOW)) || !undone.add(arrivalEventId)) {
            return false;
        }
        JournalEventEntity arrival = null;
        for (JournalEventEntity row : writes.written) {
            arrival = row.id.equals(arrivalEventId) ? row : arrival;
        }
        writes.write(EventType.ARRIVAL_WITHDRAWN, EventPayloads.arrivalWithdrawn(arrival.pupilId, arrivalEventId,
                rules.localNow(clock), "Undone at the gate"));
        return true;
    }

    @Override
    public LiveData<List<ArrivalRow>> arrivalsOn(LocalDate date) {
        return live(date);
    }
}
