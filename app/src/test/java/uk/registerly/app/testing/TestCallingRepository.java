package uk.registerly.app.testing;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MediatorLiveData;
import androidx.lifecycle.MutableLiveData;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import uk.registerly.app.data.calling.CallRow;
import uk.registerly.app.data.calling.CallingRepository;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventPayloads.ContactOutcome;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.roster.Guardian;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * An in-memory {@link CallingRepository}: the test sends the calling list; calls and reasons are
 * kept in {@link #writes}, with whom each call was to in {@link #callees}; {@link #asked} counts
 * how often the list was asked for again (each tick).
 */
public final class TestCallingRepository implements CallingRepository {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 9, 7, 9, 30);

    public final FakeWrites writes = new FakeWrites();
    /** The contact each recorded call names (null: none, e.g. a home visit flagged). */
    public final List<Guardian> callees = new ArrayList<>();
    public int asked;
    private final MutableLiveData<List<CallRow>> rows = new MutableLiveData<>(Collections.<CallRow>emptyList());

    public void send(List<CallRow> list) {
        rows.setValue(list);
    }

    @Override
    public LiveData<List<CallRow>> callingList(LiveData<?> tick) {
        MediatorLiveData<List<CallRow>> list = new MediatorLiveData<>();
        list.addSource(rows, list::setValue);
        list.addSource(tick, ignored -> asked++);
        return list;
    }

    @Override
    public JournalEventEntity recordCall(String pupilId, ContactOutcome outcome, @Nullable Guardian contact) {
        JournalEventEntity call = writes.write(EventType.CONTACT_ATTEMPT, EventPayloads.contactAttempt(pupilId,
                NOW.toLocalDate(), outcome, contact == null ? null : contact.name, NOW));
        callees.add(contact);
        return call;
    }

    @Override
    public List<JournalEventEntity> recordReasonGiven(String pupilId, AttendanceCode code, @Nullable Guardian contact,
                                                      List<SchoolSession> sessions) {
        writes.check();
        List<JournalEventEntity> rows = new ArrayList<>();
        rows.add(recordCall(pupilId, ContactOutcome.REACHED, contact));
        for (SchoolSession session : sessions) {
            rows.add(writes.write(EventType.REASON, EventPayloads.reason(pupilId, session.date(), session.session(),
                    code, NOW, null)));
        }
        return rows;
    }
}
