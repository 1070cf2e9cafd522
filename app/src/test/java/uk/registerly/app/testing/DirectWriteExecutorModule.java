package uk.registerly.app.testing;

import java.util.concurrent.Executor;

import dagger.Module;
import dagger.Provides;
import dagger.hilt.components.SingletonComponent;
import dagger.hilt.testing.TestInstallIn;
import uk.registerly.app.data.journal.WriteExecutor;
import uk.registerly.app.di.WriteExecutorModule;

/** Screens' writes happen on the calling thread in tests, so an Espresso click has written when it returns. */
@Module
@TestInstallIn(components = SingletonComponent.class, replaces = WriteExecutorModule.class)
public final class DirectWriteExecutorModule {
    private DirectWriteExecutorModule() {
    }

    @Provides
    @WriteExecutor
    static Executor writeExecutor() {
        return Runnable::run;
    }
}
