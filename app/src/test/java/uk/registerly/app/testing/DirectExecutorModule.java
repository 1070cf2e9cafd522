package uk.registerly.app.testing;

import java.util.concurrent.Executor;

import dagger.Module;
import dagger.Provides;
import dagger.hilt.components.SingletonComponent;
import dagger.hilt.testing.TestInstallIn;
import uk.registerly.app.data.attendance.EvaluationExecutor;
import uk.registerly.app.di.ExecutorModule;

/** Read models recompute on the calling thread in tests, so a test sees them without waiting. */
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
}
