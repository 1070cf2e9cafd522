package uk.registerly.app.casework;

import androidx.annotation.Nullable;

import java.util.List;

import uk.registerly.app.data.casework.CaseworkLine;
import uk.registerly.app.data.casework.CaseworkResult;

/** The casework screen at one moment: the worklist (or why it is not here), and the letter being written or written. */
public final class CaseworkUiState {
    public enum Status { LOADING, SHOWN, OFFLINE, REFUSED }

    public final Status status;
    public final List<CaseworkLine> lines;
    @Nullable
    public final String asOf;
    @Nullable
    public final String message;
    /** The pupil whose letter the server is writing now; null when none is. */
    @Nullable
    public final String writingFor;
    /** The last letter written, ready to print or share; null before one. */
    @Nullable
    public final CaseworkResult<CaseworkResult.Letter> letter;

    CaseworkUiState(Status status, List<CaseworkLine> lines, @Nullable String asOf, @Nullable String message,
                    @Nullable String writingFor, @Nullable CaseworkResult<CaseworkResult.Letter> letter) {
        this.status = status;
        this.lines = List.copyOf(lines);
        this.asOf = asOf;
        this.message = message;
        this.writingFor = writingFor;
        this.letter = letter;
    }

    static CaseworkUiState loading() {
        return new CaseworkUiState(Status.LOADING, List.of(), null, null, null, null);
    }

    CaseworkUiState loaded(CaseworkResult<CaseworkResult.Worklist> result) {
        switch (result.outcome) {
            case OK:
                return new CaseworkUiState(Status.SHOWN, result.value.lines, result.value.asOf, null, writingFor, letter);
            case OFFLINE:
                return new CaseworkUiState(Status.OFFLINE, lines, asOf, null, writingFor, letter);
            default:
                return new CaseworkUiState(Status.REFUSED, lines, asOf, result.message, writingFor, letter);
        }
    }

    CaseworkUiState reloading() {
        return new CaseworkUiState(Status.LOADING, lines, asOf, null, writingFor, letter);
    }

    CaseworkUiState writing(String pupilId) {
        return new CaseworkUiState(status, lines, asOf, message, pupilId, letter);
    }

    CaseworkUiState written(CaseworkResult<CaseworkResult.Letter> result) {
        return new CaseworkUiState(status, lines, asOf, message, null, result);
    }

    public boolean isWriting() {
        return writingFor != null;
    }
}
