package uk.registerly.app.testing;

import java.util.concurrent.Executor;

import dagger.Module;
import dagger.Provides;
import dagger.hilt.components.SingletonComponent;
import dagger.hilt.testing.TestInstallIn;
import uk.registerly.app.data.readmodel.EvaluationExecutor;
import uk.registerly.app.di.ExecutorModule;
import uk.registerly.app.network.NetworkExecutor;

/**
 * Read models recompute, and screens' network calls run, on the calling thread in tests, so a test
 * sees their results without waiting.
 */
@Module
@TestInstallIn(components = SingletonComponent.class, replaces = ExecutorModule.class)
public final class DirectExecutorModule {
    private DirectExecutorModule() {
    }

    @Provides
    @EvaluationExecutor
    static Executor evaluationExecutor() {
        return Runnable::run;
    }

    @Provides
    @NetworkExecutor
    static Executor networkExecutor() {
        return Runnable::run;
    }
}
