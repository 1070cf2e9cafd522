package uk.registerly.app.office;

import android.graphics.Bitmap;
import android.graphics.BitmapFactory;

import androidx.annotation.Nullable;

import uk.registerly.app.data.evidence.EvidencePhoto;

/** The photo of a report as the inbox shows it: being fetched, decoded for display, or why it is not there. */
final class ReportPhoto {
    final String evidenceId;
    /** Null while it is being fetched. */
    @Nullable
    final EvidencePhoto.Outcome outcome;
    /** The decoded photo, for {@link EvidencePhoto.Outcome#FOUND}. */
    @Nullable
    final Bitmap bitmap;
    @Nullable
    final String detail;

    private ReportPhoto(String evidenceId, @Nullable EvidencePhoto.Outcome outcome, @Nullable Bitmap bitmap,
                        @Nullable String detail) {
        this.evidenceId = evidenceId;
        this.outcome = outcome;
        this.bitmap = bitmap;
        this.detail = detail;
    }

    static ReportPhoto loading(String evidenceId) {
        return new ReportPhoto(evidenceId, null, null, null);
    }

    /** Decodes a found photo (off the main thread: it may be megapixels); an undecodable one is unreadable. */
    static ReportPhoto of(String evidenceId, EvidencePhoto photo) {
        if (photo.outcome != EvidencePhoto.Outcome.FOUND || photo.image == null) {
            return new ReportPhoto(evidenceId, photo.outcome, null, photo.detail);
        }
        Bitmap bitmap = BitmapFactory.decodeByteArray(photo.image, 0, photo.image.length);
        return bitmap == null ? new ReportPhoto(evidenceId, EvidencePhoto.Outcome.UNREADABLE, null, null)
                : new ReportPhoto(evidenceId, EvidencePhoto.Outcome.FOUND, bitmap, null);
    }

    boolean isLoading() {
        return outcome == null;
    }

    /** Asking again may work: the tablet was offline or the server busy. */
    boolean mayRetry() {
        return outcome == EvidencePhoto.Outcome.OFFLINE || outcome == EvidencePhoto.Outcome.SERVER_BUSY;
    }
}
