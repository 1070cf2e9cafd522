package uk.registerly.app.testing;

import javax.inject.Singleton;

import dagger.Module;
import dagger.Provides;
import dagger.hilt.components.SingletonComponent;
import dagger.hilt.testing.TestInstallIn;
import uk.registerly.app.di.SecurityModule;
import uk.registerly.app.security.SecretStore;

/** Every Hilt test keeps secrets in memory instead of under the Android Keystore. */
@Module
@TestInstallIn(components = SingletonComponent.class, replaces = SecurityModule.class)
public final class InMemorySecretStoreModule {
    private InMemorySecretStoreModule() {
    }

    @Provides
    @Singleton
    static SecretStore secretStore() {
        return new InMemorySecretStore();
    }
}
