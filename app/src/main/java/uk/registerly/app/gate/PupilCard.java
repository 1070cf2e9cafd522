package uk.registerly.app.gate;

import androidx.annotation.Nullable;

/** What one printed pupil card shows: the school, the pupil, and the QR payload ({@link PupilCardCodec}). */
public final class PupilCard {
    public final String schoolName;
    public final String pupilName;
    public final String classLabel;
    @Nullable
    public final String pupilNumber;
    public final String payload;

    public PupilCard(String schoolName, String pupilName, String classLabel, @Nullable String pupilNumber,
                     String payload) {
        this.schoolName = schoolName;
        this.pupilName = pupilName;
        this.classLabel = classLabel;
        this.pupilNumber = pupilNumber;
        this.payload = payload;
    }
}
