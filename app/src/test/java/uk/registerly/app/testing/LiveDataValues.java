package uk.registerly.app.testing;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.Observer;

import org.robolectric.shadows.ShadowLooper;

/** Reads LiveData in Robolectric tests: observes it, lets the main looper deliver, returns the latest value. */
public final class LiveDataValues {
    private LiveDataValues() {
    }

    public static <T> T latest(LiveData<T> live) {
        Object[] seen = new Object[1];
        Observer<T> observer = value -> seen[0] = value;
        live.observeForever(observer);
        ShadowLooper.idleMainLooper();
        live.removeObserver(observer);
        @SuppressWarnings("unchecked")
        T value = (T) seen[0];
        return value;
    }
}
