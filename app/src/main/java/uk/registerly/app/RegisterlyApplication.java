package uk.registerly.app;

import android.app.Application;

import androidx.annotation.NonNull;
import androidx.work.Configuration;

import javax.inject.Inject;

import dagger.hilt.android.HiltAndroidApp;
import uk.registerly.app.lock.ScreenGuard;
import uk.registerly.app.security.DeviceIdentityStore;
import uk.registerly.app.security.SecureStorageReset;
import uk.registerly.app.sync.SyncStatusRepository;
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

    @Inject
    ScreenGuard screenGuard;

    @Inject
    SecureStorageReset storageReset;

    /** Lazy: the database must not be opened before the secure storage is known to be readable. */
    @Inject
    dagger.Lazy<SyncStatusRepository> status;

    @Override
    public void onCreate() {
        super.onCreate();
        // First: a Keystore that lost its key would otherwise crash every start (issue 13, section 3).
        storageReset.checkOrReset();
        EdgeToEdgeInsets.register(this);
        // FLAG_SECURE on every screen and the staff PIN lock over those that need it (issue 13).
        screenGuard.register(this);
        if (identities.current() != null) {
            // After a crash or a reboot mid-sync: anything unsent goes as soon as there is a network.
            scheduler.schedulePeriodic();
            scheduler.syncNow();
        }
        // The one number kept outside the encrypted store, so a reset can say how much was unsent.
        status.get().observePendingCount().observeForever(count -> storageReset.recordUnsent(count == null ? 0 : count));
    }

    @NonNull
    @Override
    public Configuration getWorkManagerConfiguration() {
        return new Configuration.Builder().setWorkerFactory(workerFactory).build();
    }
}
