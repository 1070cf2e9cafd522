package uk.registerly.app.office.access;

import androidx.annotation.Nullable;

import java.util.Collections;
import java.util.List;

import uk.registerly.app.data.access.CoverLine;
import uk.registerly.app.data.access.ParentAccountLine;

/** The office's cover and parents' accounts screen: both lists as the server last gave them, and one message. */
public final class AccessUiState {
    public final List<CoverLine> covers;
    public final List<ParentAccountLine> parents;
    public final boolean loading;
    /** The last call's outcome in words (the server's refusal, offline), or null. */
    @Nullable
    public final String message;

    public AccessUiState(List<CoverLine> covers, List<ParentAccountLine> parents, boolean loading,
                         @Nullable String message) {
        this.covers = Collections.unmodifiableList(covers);
        this.parents = Collections.unmodifiableList(parents);
        this.loading = loading;
        this.message = message;
    }

    static AccessUiState initial() {
        return new AccessUiState(Collections.<CoverLine>emptyList(), Collections.<ParentAccountLine>emptyList(),
                true, null);
    }

    AccessUiState loading() {
        return new AccessUiState(covers, parents, true, null);
    }
}
