package uk.registerly.app.testing;

import androidx.annotation.Nullable;

import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

import uk.registerly.app.security.SecretStore;

/** Secrets in a map: the AndroidKeyStore provider does not exist under Robolectric. */
public final class InMemorySecretStore implements SecretStore {
    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Nullable
    @Override
    public String get(String name) {
        return values.get(name);
    }

    @Override
    public void put(String name, String value) {
        values.put(name, value);
    }

    @Override
    public void remove(String name) {
        values.remove(name);
    }

    @Override
    public void clear() {
        values.clear();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
