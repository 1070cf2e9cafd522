package uk.registerly.app.data.transfer;

import androidx.annotation.WorkerThread;

/**
 * A pupil's transfer data at the office (issue 17), straight from the server: earlier schools' years from an
 * imported CTF and the UPN. Online only (special-category and MIS data that no device keeps), so each call
 * returns or throws {@link TransferException} with words for the screen.
 */
public interface TransferRepository {
    @WorkerThread
    TransferRecord record(String pupilId) throws TransferException;

    /**
     * Stores a typed UPN after the rules' check on the device (a wrong one is refused here, nothing sent);
     * returns the UPN as the server stored it.
     */
    @WorkerThread
    String saveUpn(String pupilId, String typed) throws TransferException;

    /** Why a call did not go through: the UPN's problem, offline, or the server's refusal in its words. */
    final class TransferException extends Exception {
        public final boolean offline;

        public TransferException(String message, boolean offline) {
            super(message);
            this.offline = offline;
        }
    }
}
