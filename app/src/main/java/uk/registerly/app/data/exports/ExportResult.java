package uk.registerly.app.data.exports;

import androidx.annotation.Nullable;

import java.io.File;

/** A downloaded export file, or why there is none (the server's own message where it gave one). */
public final class ExportResult {
    public enum Outcome { SAVED, OFFLINE, SERVER_BUSY, REFUSED }

    public final Outcome outcome;
    @Nullable
    public final File file;
    @Nullable
    public final String fileName;
    public final long bytes;
    @Nullable
    public final String message;

    private ExportResult(Outcome outcome, @Nullable File file, @Nullable String fileName, long bytes,
                         @Nullable String message) {
        this.outcome = outcome;
        this.file = file;
        this.fileName = fileName;
        this.bytes = bytes;
        this.message = message;
    }

    public static ExportResult saved(File file, String fileName, long bytes) {
        return new ExportResult(Outcome.SAVED, file, fileName, bytes, null);
    }

    public static ExportResult failed(Outcome outcome, @Nullable String message) {
        return new ExportResult(outcome, null, null, 0, message);
    }
}
