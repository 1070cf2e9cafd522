package uk.registerly.app.testing;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;

import com.google.gson.JsonObject;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.registerly.app.data.db.entity.GuardianEntity;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.departures.DeparturesRepository;
import uk.registerly.app.data.departures.DeparturesToday;
import uk.registerly.app.data.departures.SignOut;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.schoolday.RegisterProposal;

/** A {@link DeparturesRepository} for view-model tests: proposals sent by the test, writes recorded. */
public final class TestDeparturesRepository implements DeparturesRepository {
    public final FakeWrites writes = new FakeWrites();
    private final MutableLiveData<DeparturesToday> today = new MutableLiveData<>();
    private final Map<String, MutableLiveData<Map<String, RegisterProposal>>> proposals = new HashMap<>();

    public void sendProposals(LocalDate date, Session session, Map<String, RegisterProposal> byPupil) {
        proposalsOf(date, session).setValue(byPupil);
    }

    private MutableLiveData<Map<String, RegisterProposal>> proposalsOf(LocalDate date, Session session) {
        String key = date + " " + session;
        MutableLiveData<Map<String, RegisterProposal>> live = proposals.get(key);
        if (live == null) {
            live = new MutableLiveData<>(Collections.<String, RegisterProposal>emptyMap());
            proposals.put(key, live);
        }
        return live;
    }

    @Override
    public LiveData<DeparturesToday> today(LiveData<?> clockTicks) {
        return today;
    }

    @Override
    public LiveData<Map<String, RegisterProposal>> proposals(LocalDate date, Session session) {
        return proposalsOf(date, session);
    }

    @Override
    public LiveData<List<GuardianEntity>> guardiansOf(String pupilId) {
        return new MutableLiveData<>(Collections.<GuardianEntity>emptyList());
    }

    @Override
    public JournalEventEntity signOut(SignOut signOut) {
        return writes.write(EventType.EARLY_DEPARTURE, new JsonObject());
    }

    @Override
    public JournalEventEntity returned(String pupilId) {
        return writes.write(EventType.RETURNED, new JsonObject());
    }
}
