package uk.registerly.app.ui;

import android.os.Handler;
import android.os.Looper;

import androidx.lifecycle.DefaultLifecycleObserver;
import androidx.lifecycle.LifecycleOwner;

/**
 * Runs an action on the main thread once a second while the screen is started (a countdown, an
 * undo button's seconds), and not at all while it is stopped.
 */
public final class EverySecond implements DefaultLifecycleObserver {
    private static final long PERIOD_MILLIS = 1000;

    private final Handler handler = new Handler(Looper.getMainLooper());
    private final Runnable action;
    private final Runnable tick = new Runnable() {
        @Override
        public void run() {
            action.run();
            handler.postDelayed(this, PERIOD_MILLIS);
        }
    };

    private EverySecond(Runnable action) {
        this.action = action;
    }

    public static void whileStarted(LifecycleOwner owner, Runnable action) {
        owner.getLifecycle().addObserver(new EverySecond(action));
    }

    @Override
    public void onStart(LifecycleOwner owner) {
        handler.post(tick);
    }

    @Override
    public void onStop(LifecycleOwner owner) {
        handler.removeCallbacks(tick);
    }
}
