package uk.registerly.app.di;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/** The app's background executors: each one named daemon thread, so work runs in order and never keeps the process alive. */
final class BackgroundThreads {
    private BackgroundThreads() {
    }

    static Executor single(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
