package uk.registerly.app.testing;

import androidx.arch.core.executor.ArchTaskExecutor;
import androidx.arch.core.executor.TaskExecutor;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.Observer;

import org.junit.rules.ExternalResource;

import java.util.ArrayList;
import java.util.List;

/**
 * For view-model tests on the plain JVM, in the manner of androidx's InstantTaskExecutorRule (not
 * served here): LiveData's main thread is the test's thread, so {@code setValue} and
 * {@code postValue} deliver at once; and {@link #observe} records every value an observer sees.
 */
public final class InstantLiveData extends ExternalResource {
    @Override
    protected void before() {
        ArchTaskExecutor.getInstance().setDelegate(new TaskExecutor() {
            @Override
            public void executeOnDiskIO(Runnable runnable) {
                runnable.run();
            }

            @Override
            public void postToMainThread(Runnable runnable) {
                runnable.run();
            }

            @Override
            public boolean isMainThread() {
                return true;
            }
        });
    }

    @Override
    protected void after() {
        ArchTaskExecutor.getInstance().setDelegate(null);
    }

    /** Observes {@code live} for the rest of the test, as a screen would. */
    public static <T> Values<T> observe(LiveData<T> live) {
        Values<T> values = new Values<>();
        live.observeForever(values);
        return values;
    }

    /** Every value an observer has seen, oldest first. */
    public static final class Values<T> implements Observer<T> {
        private final List<T> seen = new ArrayList<>();

        @Override
        public void onChanged(T value) {
            seen.add(value);
        }

        public T latest() {
            if (seen.isEmpty()) {
                throw new AssertionError("no value yet");
            }
            return seen.get(seen.size() - 1);
        }

        public List<T> all() {
            return seen;
        }
    }
}
