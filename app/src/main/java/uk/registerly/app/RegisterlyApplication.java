package uk.registerly.app;

import android.app.Application;

import androidx.annotation.NonNull;
import androidx.work.Configuration;

import javax.inject.Inject;

import dagger.hilt.android.HiltAndroidApp;
import uk.registerly.app.security.DeviceIdentityStore;
import uk.registerly.app.sync.DaggerWorkerFactory;
import uk.registerly.app.sync.SyncScheduler;
import uk.registerly.app.ui.EdgeToEdgeInsets;

/**
 * The app's Hilt root. It also configures WorkManager (the default initializer is removed in the
 * manifest) so that every worker is built by {@link DaggerWorkerFactory} with its dependencies, and
 * on start makes sure an enrolled device has its periodic sync and sends whatever is waiting. Every
 * screen is laid out edge to edge, clear of the system bars, by {@link EdgeToEdgeInsets}.
 *
 * <p>Hilt's long form ({@code @HiltAndroidApp(Application.class)} and extending the generated
 * {@code Hilt_} class) is needed because there is no Gradle plugin to rewrite the superclass.
 */
@HiltAndroidApp(Application.class)
public class RegisterlyApplication extends Hilt_RegisterlyApplication implements Configuration.Provider {

    @Inject
    DaggerWorkerFactory workerFactory;

    @Inject
    DeviceIdentityStore identities;

    @Inject
    SyncScheduler scheduler;

    @Override
    public void onCreate() {
        super.onCreate();
        EdgeToEdgeInsets.register(this);
        if (identities.current() != null) {
            // After a crash or a reboot mid-sync: anything unsent goes as soon as there is a network.
            scheduler.schedulePeriodic();
            scheduler.syncNow();
        }
    }

    @NonNull
    @Override
    public Configuration getWorkManagerConfiguration() {
        return new Configuration.Builder().setWorkerFactory(workerFactory).build();
    }
}
