package uk.registerly.app.ui;

import androidx.annotation.Nullable;

/**
 * A value a screen acts on once (a message, "saved, close the form"), delivered through
 * LiveData: after a rotation the observer sees it again but {@link #take()} returns null.
 */
public final class OneShot<T> {
    private final T value;
    private boolean taken;

    public OneShot(T value) {
        this.value = value;
    }

    @Nullable
    public synchronized T take() {
        if (taken) {
            return null;
        }
        taken = true;
        return value;
    }

    /** The value, taken or not (for tests and for screens that show it until replaced). */
    public T peek() {
        return value;
    }
}
