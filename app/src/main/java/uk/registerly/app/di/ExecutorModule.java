package uk.registerly.app.di;

import java.util.concurrent.Executor;

import javax.inject.Singleton;

import dagger.Module;
import dagger.Provides;
import dagger.hilt.InstallIn;
import dagger.hilt.components.SingletonComponent;
import uk.registerly.app.data.readmodel.EvaluationExecutor;
import uk.registerly.app.network.NetworkExecutor;

/**
 * One background thread recomputes read models, so evaluations never race each other or block the
 * UI; another makes the screens' own network calls, so a slow server never delays a recomputation.
 */
@Module
@InstallIn(SingletonComponent.class)
public final class ExecutorModule {
    private ExecutorModule() {
    }

    @Provides
    @Singleton
    @EvaluationExecutor
    static Executor evaluationExecutor() {
        return BackgroundThreads.single("registerly-evaluation");
    }

    @Provides
    @Singleton
    @NetworkExecutor
    static Executor networkExecutor() {
        return BackgroundThreads.single("registerly-network");
    }
}
