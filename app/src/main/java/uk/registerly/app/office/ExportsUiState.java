package uk.registerly.app.office;

import androidx.annotation.Nullable;

import uk.registerly.app.data.exports.ExportRequest;
import uk.registerly.app.data.exports.ExportResult;

/**
 * The Exports screen: the census term and year chosen, whether a file is on its way (and how much of
 * it has arrived), and the last file fetched or why it could not be.
 */
public final class ExportsUiState {
    public final ExportRequest.Term term;
    public final int year;
    /** The file being fetched, or null. */
    @Nullable
    public final ExportRequest.Kind working;
    public final long bytesReceived;
    /** The last answer: a file to share, or a failure to explain. */
    @Nullable
    public final ExportResult last;

    ExportsUiState(ExportRequest.Term term, int year, @Nullable ExportRequest.Kind working, long bytesReceived,
                   @Nullable ExportResult last) {
        this.term = term;
        this.year = year;
        this.working = working;
        this.bytesReceived = bytesReceived;
        this.last = last;
    }

    public boolean isWorking() {
        return working != null;
    }

    ExportsUiState withChoice(ExportRequest.Term newTerm, int newYear) {
        return new ExportsUiState(newTerm, newYear, working, bytesReceived, last);
    }

    ExportsUiState working(ExportRequest.Kind kind, long bytes) {
        return new ExportsUiState(term, year, kind, bytes, last);
    }

    ExportsUiState done(ExportResult result) {
        return new ExportsUiState(term, year, null, 0, result);
    }
}
