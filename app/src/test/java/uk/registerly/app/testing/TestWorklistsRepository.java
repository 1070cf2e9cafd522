package uk.registerly.app.testing;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;

import uk.registerly.app.data.worklists.SchoolWorklists;
import uk.registerly.app.data.worklists.WorklistsRepository;

/** An in-memory {@link WorklistsRepository}: the test sends each state of the lists. */
public final class TestWorklistsRepository implements WorklistsRepository {
    private final MutableLiveData<SchoolWorklists> worklists = new MutableLiveData<>();

    public void send(SchoolWorklists state) {
        worklists.postValue(state);
    }

    @Override
    public LiveData<SchoolWorklists> worklists() {
        return worklists;
    }
}
