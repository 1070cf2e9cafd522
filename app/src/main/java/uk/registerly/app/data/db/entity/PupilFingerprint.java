package uk.registerly.app.data.db.entity;

import androidx.annotation.NonNull;

/** A query's row: a pupil's id and its roster row's columns joined (see {@code RosterDao.pupilFingerprints}). */
public class PupilFingerprint {
    @NonNull
    public final String id;
    @NonNull
    public final String fingerprint;

    public PupilFingerprint(@NonNull String id, @NonNull String fingerprint) {
        this.id = id;
        this.fingerprint = fingerprint;
    }
}
