package uk.registerly.app.sync;

import androidx.work.ListenableWorker;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dagger.MapKey;

/** Keys a {@link ChildWorkerFactory} in Dagger's map by the worker class it builds. */
@MapKey
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface WorkerKey {
    Class<? extends ListenableWorker> value();
}
