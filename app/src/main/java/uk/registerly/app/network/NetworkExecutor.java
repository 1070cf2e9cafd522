package uk.registerly.app.network;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

import javax.inject.Qualifier;

/**
 * The executor a screen's own network calls run on (fetching a photo to view): never the main
 * thread, and not the write or evaluation thread either, so a slow server (up to a minute's call
 * timeout) never holds up a write or a recomputed list. Tests bind a direct one.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
public @interface NetworkExecutor {
}
