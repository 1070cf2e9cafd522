package uk.registerly.app.di;

import android.content.Context;

import javax.inject.Singleton;

import dagger.Module;
import dagger.Provides;
import dagger.hilt.InstallIn;
import dagger.hilt.android.qualifiers.ApplicationContext;
import dagger.hilt.components.SingletonComponent;
import uk.registerly.app.security.KeystoreSecretStore;
import uk.registerly.app.security.SecretStore;

/** Secrets under the Android Keystore. Tests replace this module with an in-memory store (no AndroidKeyStore on the JVM). */
@Module
@InstallIn(SingletonComponent.class)
public final class SecurityModule {
    private SecurityModule() {
    }

    @Provides
    @Singleton
    static SecretStore secretStore(@ApplicationContext Context context) {
        return new KeystoreSecretStore(context);
    }
}
