package uk.registerly.app.data.journal;

import androidx.lifecycle.LiveData;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.db.dao.JournalDao;

/** {@link NewerEventsRepository} over the journal: the pupil's rows whose type is none of {@link EventType}'s. */
@Singleton
public class OfflineFirstNewerEventsRepository implements NewerEventsRepository {
    private final JournalDao journal;

    @Inject
    public OfflineFirstNewerEventsRepository(JournalDao journal) {
        this.journal = journal;
    }

    @Override
    public LiveData<Integer> needingNewerApp(String pupilId) {
        return journal.observeCountOfOtherTypes(pupilId, EventType.names());
    }
}
