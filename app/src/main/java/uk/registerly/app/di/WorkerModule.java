package uk.registerly.app.di;

import dagger.Binds;
import dagger.Module;
import dagger.hilt.InstallIn;
import dagger.hilt.components.SingletonComponent;
import dagger.multibindings.IntoMap;
import uk.registerly.app.enrolment.DeviceRevocation;
import uk.registerly.app.sync.ChildWorkerFactory;
import uk.registerly.app.sync.RevocationListener;
import uk.registerly.app.sync.SyncWorker;
import uk.registerly.app.sync.UnsentEventsCheckWorker;
import uk.registerly.app.sync.WorkerKey;

/** Every worker's factory, keyed by worker class, for {@link uk.registerly.app.sync.DaggerWorkerFactory}; and what a 401 does. */
@Module
@InstallIn(SingletonComponent.class)
public interface WorkerModule {

    @Binds
    @IntoMap
    @WorkerKey(SyncWorker.class)
    ChildWorkerFactory syncWorker(SyncWorker.Factory factory);

    @Binds
    @IntoMap
    @WorkerKey(UnsentEventsCheckWorker.class)
    ChildWorkerFactory unsentEventsCheckWorker(UnsentEventsCheckWorker.Factory factory);

    @Binds
    RevocationListener revocationListener(DeviceRevocation revocation);
}
