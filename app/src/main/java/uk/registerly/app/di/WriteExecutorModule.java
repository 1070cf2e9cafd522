package uk.registerly.app.di;

import java.util.concurrent.Executor;

import javax.inject.Singleton;

import dagger.Module;
import dagger.Provides;
import dagger.hilt.InstallIn;
import dagger.hilt.components.SingletonComponent;
import uk.registerly.app.data.journal.WriteExecutor;

/** Screens' writes (and the photo work before a report) run in order on one background thread. */
@Module
@InstallIn(SingletonComponent.class)
public final class WriteExecutorModule {
    private WriteExecutorModule() {
    }

    @Provides
    @Singleton
    @WriteExecutor
    static Executor writeExecutor() {
        return BackgroundThreads.single("registerly-writes");
    }
}
