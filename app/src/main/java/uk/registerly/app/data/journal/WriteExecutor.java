package uk.registerly.app.data.journal;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

import javax.inject.Qualifier;

/**
 * The executor ViewModels run {@code @WorkerThread} repository writes on: one background thread,
 * so a person's taps are recorded in the order made and never on the main thread (tests bind a
 * direct one).
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
public @interface WriteExecutor {
}
