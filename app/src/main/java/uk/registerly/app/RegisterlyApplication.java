package uk.registerly.app;

import android.app.Application;

import androidx.annotation.NonNull;
import androidx.work.Configuration;

import javax.inject.Inject;

import dagger.hilt.android.HiltAndroidApp;
import uk.registerly.app.sync.DaggerWorkerFactory;

/**
 * The app's Hilt root. It also configures WorkManager (the default initializer is removed in the
 * manifest) so that every worker is built by {@link DaggerWorkerFactory} with its dependencies.
 *
 * <p>Hilt's long form ({@code @HiltAndroidApp(Application.class)} and extending the generated
 * {@code Hilt_} class) is needed because there is no Gradle plugin to rewrite the superclass.
 */
@HiltAndroidApp(Application.class)
public class RegisterlyApplication extends Hilt_RegisterlyApplication implements Configuration.Provider {

    @Inject
    DaggerWorkerFactory workerFactory;

    @NonNull
    @Override
    public Configuration getWorkManagerConfiguration() {
        return new Configuration.Builder().setWorkerFactory(workerFactory).build();
    }
}
