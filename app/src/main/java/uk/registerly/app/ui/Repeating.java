package uk.registerly.app.ui;

import android.os.Handler;
import android.os.Looper;

import androidx.lifecycle.DefaultLifecycleObserver;
import androidx.lifecycle.LifecycleOwner;

/**
 * Runs an action on the main thread at once and then every period while the screen is started (or resumed), and
 * not at all otherwise: a countdown, a list that goes stale with the clock. Nothing ticks behind a closed screen,
 * nor, with {@link #whileResumed}, behind an office tab that is not the one showing.
 */
public final class Repeating implements DefaultLifecycleObserver {
    private final Handler handler = new Handler(Looper.getMainLooper());
    private final boolean onlyWhileResumed;
    private final long periodMillis;
    private final Runnable action;
    private final Runnable tick = new Runnable() {
        @Override
        public void run() {
            action.run();
            handler.postDelayed(this, periodMillis);
        }
    };

    private Repeating(boolean onlyWhileResumed, long periodMillis, Runnable action) {
        this.onlyWhileResumed = onlyWhileResumed;
        this.periodMillis = periodMillis;
        this.action = action;
    }

    public static void whileStarted(LifecycleOwner owner, long periodMillis, Runnable action) {
        owner.getLifecycle().addObserver(new Repeating(false, periodMillis, action));
    }

    public static void whileResumed(LifecycleOwner owner, long periodMillis, Runnable action) {
        owner.getLifecycle().addObserver(new Repeating(true, periodMillis, action));
    }

    @Override
    public void onStart(LifecycleOwner owner) {
        if (!onlyWhileResumed) {
            handler.post(tick);
        }
    }

    @Override
    public void onResume(LifecycleOwner owner) {
        if (onlyWhileResumed) {
            handler.post(tick);
        }
    }

    @Override
    public void onPause(LifecycleOwner owner) {
        if (onlyWhileResumed) {
            handler.removeCallbacks(tick);
        }
    }

    @Override
    public void onStop(LifecycleOwner owner) {
        handler.removeCallbacks(tick);
    }
}
