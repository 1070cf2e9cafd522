package uk.registerly.app.data.readmodel;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

import javax.inject.Qualifier;

/** The executor read models are recomputed on: never the main thread (tests bind a direct one). */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
public @interface EvaluationExecutor {
}
