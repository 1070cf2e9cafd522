package uk.registerly.app.transfer;

import androidx.annotation.Nullable;

import uk.registerly.app.data.transfer.TransferRecord;

/** The previous-schools screen: what the server last said, whether a call is under way, and what went wrong. */
public final class TransferUiState {
    public final boolean loading;
    @Nullable
    public final TransferRecord record;
    /** Why the record could not be fetched (offline or refused); null when it was. */
    @Nullable
    public final String loadProblem;
    public final boolean saving;
    /** Why a typed UPN was not stored, for the field; null when there is none. */
    @Nullable
    public final String upnProblem;
    /** Said once a UPN is stored. */
    @Nullable
    public final String saved;

    TransferUiState(boolean loading, @Nullable TransferRecord record, @Nullable String loadProblem, boolean saving,
                    @Nullable String upnProblem, @Nullable String saved) {
        this.loading = loading;
        this.record = record;
        this.loadProblem = loadProblem;
        this.saving = saving;
        this.upnProblem = upnProblem;
        this.saved = saved;
    }

    static TransferUiState loading(@Nullable TransferRecord previous) {
        return new TransferUiState(true, previous, null, false, null, null);
    }
}
