package uk.registerly.app.data.worklists;

import androidx.lifecycle.LiveData;

import java.time.Clock;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.readmodel.ReadModels;
import uk.registerly.app.data.roster.SchoolRulesLookup;

/** {@link WorklistsRepository}: one {@link IncrementalWorklists} for the device, advanced on each journal or roster change. */
@Singleton
public class OfflineFirstWorklistsRepository implements WorklistsRepository {
    private final IncrementalWorklists state;
    private final ReadModels readModels;

    @Inject
    public OfflineFirstWorklistsRepository(RegisterlyDatabase database, SchoolRulesLookup schools,
                                           ReadModels readModels, Clock clock) {
        this.state = new IncrementalWorklists(database, schools, clock);
        this.readModels = readModels;
    }

    @Override
    public LiveData<SchoolWorklists> worklists() {
        return readModels.recomputing(state::advance);
    }
}
