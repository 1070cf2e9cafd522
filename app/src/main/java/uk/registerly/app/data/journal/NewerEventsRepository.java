package uk.registerly.app.data.journal;

import androidx.lifecycle.LiveData;

/**
 * Events a newer version of the app wrote, of types this version does not know: kept raw in the
 * journal (never dropped, never a reason for the pull's cursor to skip), and counted where they
 * matter so a person sees that the record holds more than this version can show.
 */
public interface NewerEventsRepository {
    /** How many of a pupil's events need a newer version of the app to be shown. */
    LiveData<Integer> needingNewerApp(String pupilId);
}
