package uk.registerly.app.ui;

import androidx.lifecycle.LifecycleOwner;

/** Runs an action once a second while the screen is started (a countdown, an undo button's seconds). */
public final class EverySecond {
    private static final long PERIOD_MILLIS = 1000;

    private EverySecond() {
    }

    public static void whileStarted(LifecycleOwner owner, Runnable action) {
        Repeating.whileStarted(owner, PERIOD_MILLIS, action);
    }
}
