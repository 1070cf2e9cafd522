package uk.registerly.app.di;

import dagger.Binds;
import dagger.Module;
import dagger.hilt.InstallIn;
import dagger.hilt.components.SingletonComponent;
import uk.registerly.app.data.journal.LocalWriteListener;
import uk.registerly.app.sync.ScheduledSyncIndicator;
import uk.registerly.app.sync.SyncIndicator;
import uk.registerly.app.sync.SyncScheduler;

/** Each local write asks the scheduler for an expedited sync; screens reach the sync through their toolbar indicator. */
@Module
@InstallIn(SingletonComponent.class)
public interface SyncModule {
    @Binds
    LocalWriteListener localWriteListener(SyncScheduler scheduler);

    /** Every toolbar's sync badge and its "sync now". */
    @Binds
    SyncIndicator syncIndicator(ScheduledSyncIndicator indicator);
}
