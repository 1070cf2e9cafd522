package uk.registerly.app.data.access;

import androidx.annotation.WorkerThread;

import java.time.LocalDate;
import java.util.List;

/**
 * The office's control of who holds what (issue 13, section 4), straight from the server: covers
 * (a member of staff takes a class for some days; their tablet then holds it) and parents'
 * accounts (revoked: the token gets 401). Online only — these are the server's decisions, not
 * register facts — so each call returns or throws {@link AccessException} with words for the screen.
 */
public interface AccessRepository {
    @WorkerThread
    List<CoverLine> covers(LocalDate from) throws AccessException;

    @WorkerThread
    CoverLine assignCover(String classId, String staffId, LocalDate from, LocalDate to) throws AccessException;

    @WorkerThread
    CoverLine revokeCover(String coverId) throws AccessException;

    @WorkerThread
    List<ParentAccountLine> parents() throws AccessException;

    @WorkerThread
    void revokeParent(String parentId) throws AccessException;

    /** Why a call did not go through: offline, or the server's refusal in its own words. */
    final class AccessException extends Exception {
        public final boolean offline;

        public AccessException(String message, boolean offline) {
            super(message);
            this.offline = offline;
        }
    }
}
