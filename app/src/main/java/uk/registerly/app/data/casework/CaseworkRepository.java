package uk.registerly.app.data.casework;

import androidx.annotation.WorkerThread;

/**
 * The office's casework (issue 16). The due-now worklist is the server's: it is computed from every pupil's figures
 * and case history, which an office tablet does not hold whole; a letter is written, stored and recorded sent by the
 * server (its CASE_ACTION holds the PDF's hash), then its PDF is fetched for printing or sharing.
 */
public interface CaseworkRepository {
    @WorkerThread
    CaseworkResult<CaseworkResult.Worklist> worklist();

    /**
     * Has the server write the stage's letter for the pupil. {@code caseActionId} is generated once per letter by the
     * caller: sending again with it (after a lost answer) is a replay that returns the same letter, never a second.
     */
    @WorkerThread
    CaseworkResult<CaseworkResult.Letter> writeLetter(CaseworkLine line, String caseActionId);
}
