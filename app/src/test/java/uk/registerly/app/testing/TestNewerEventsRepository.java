package uk.registerly.app.testing;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;

import java.util.HashMap;
import java.util.Map;

import uk.registerly.app.data.journal.NewerEventsRepository;

/** {@link NewerEventsRepository} with counts a test sets; 0 for every other pupil. */
public final class TestNewerEventsRepository implements NewerEventsRepository {
    private final Map<String, MutableLiveData<Integer>> counts = new HashMap<>();

    public void set(String pupilId, int count) {
        live(pupilId).setValue(count);
    }

    @Override
    public LiveData<Integer> needingNewerApp(String pupilId) {
        return live(pupilId);
    }

    private MutableLiveData<Integer> live(String pupilId) {
        return counts.computeIfAbsent(pupilId, id -> new MutableLiveData<>(0));
    }
}
