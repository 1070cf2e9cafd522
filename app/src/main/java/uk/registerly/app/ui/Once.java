package uk.registerly.app.ui;

import androidx.annotation.Nullable;

/**
 * A value a screen acts on once (a message to show, a dialog to open), so it is not shown again when
 * the LiveData carrying it is observed anew after a rotation.
 */
public final class Once<T> {
    private final T value;
    private boolean taken;

    public Once(T value) {
        this.value = value;
    }

    /** The value the first time; null afterwards. */
    @Nullable
    public synchronized T take() {
        if (taken) {
            return null;
        }
        taken = true;
        return value;
    }

    /** The value, whether or not it was taken (for tests and logs of what was shown). */
    public T peek() {
        return value;
    }
}
