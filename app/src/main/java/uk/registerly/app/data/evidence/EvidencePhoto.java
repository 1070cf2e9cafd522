package uk.registerly.app.data.evidence;

import androidx.annotation.Nullable;

/** A report's photo as the office asked for it: the image, or why it cannot be shown now. */
public final class EvidencePhoto {
    public enum Outcome {
        /** {@link #image} holds the photo. */
        FOUND,
        /** No connection to the server: the photo can be seen once the tablet is online. */
        OFFLINE,
        /** The server is there but cannot answer now (5xx, 429, too slow): try again shortly. */
        SERVER_BUSY,
        /** The server has no such photo this device may see (404). */
        NOT_FOUND,
        /** The server refused this device (401, 403, ...); {@link #detail} says what it answered. */
        REFUSED,
        /** What came back is not an image this device can show. */
        UNREADABLE
    }

    public final Outcome outcome;
    /** The photo as the parent's phone prepared it (a JPEG), for {@link Outcome#FOUND} only. */
    @Nullable
    public final byte[] image;
    /** For {@link Outcome#REFUSED}: the server's message, or its HTTP status when it gave none. */
    @Nullable
    public final String detail;

    private EvidencePhoto(Outcome outcome, @Nullable byte[] image, @Nullable String detail) {
        this.outcome = outcome;
        this.image = image;
        this.detail = detail;
    }

    public static EvidencePhoto found(byte[] image) {
        return new EvidencePhoto(Outcome.FOUND, image, null);
    }

    public static EvidencePhoto failed(Outcome outcome, @Nullable String detail) {
        if (outcome == Outcome.FOUND) {
            throw new IllegalArgumentException("a found photo has an image");
        }
        return new EvidencePhoto(outcome, null, detail);
    }
}
