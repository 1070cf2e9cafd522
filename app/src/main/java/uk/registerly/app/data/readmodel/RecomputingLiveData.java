package uk.registerly.app.data.readmodel;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.MediatorLiveData;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A value computed on a background executor from Room, recomputed whenever one of its sources
 * (e.g. the journal's or the roster's change signal) emits. Changes arriving during a computation
 * are folded into one more run, never queued one per change.
 */
public final class RecomputingLiveData<T> extends MediatorLiveData<T> {
    private final Executor executor;
    private final Supplier<T> compute;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean dirty = new AtomicBoolean();

    public RecomputingLiveData(Executor executor, Supplier<T> compute, LiveData<?>... sources) {
        this.executor = executor;
        this.compute = compute;
        for (LiveData<?> source : sources) {
            addSource(source, ignored -> recompute());
        }
    }

    private void recompute() {
        dirty.set(true);
        if (!running.compareAndSet(false, true)) {
            return;
        }
        executor.execute(() -> {
            try {
                while (dirty.getAndSet(false)) {
                    postValue(compute.get());
                }
            } finally {
                running.set(false);
            }
            if (dirty.get()) {
                recompute();
            }
        });
    }
}
