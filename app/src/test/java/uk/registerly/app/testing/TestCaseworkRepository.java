package uk.registerly.app.testing;

import java.util.ArrayList;
import java.util.List;

import uk.registerly.app.data.casework.CaseworkLine;
import uk.registerly.app.data.casework.CaseworkRepository;
import uk.registerly.app.data.casework.CaseworkResult;

/** An in-memory {@link CaseworkRepository}: answers what the test set and records what it was asked. */
public final class TestCaseworkRepository implements CaseworkRepository {
    public CaseworkResult<CaseworkResult.Worklist> worklist = CaseworkResult.offline();
    public CaseworkResult<CaseworkResult.Letter> letter = CaseworkResult.offline();
    /** Each letter asked for, as "pupilId|stage|caseActionId". */
    public final List<String> lettersAsked = new ArrayList<>();
    public int worklistsAsked;

    @Override
    public CaseworkResult<CaseworkResult.Worklist> worklist() {
        worklistsAsked++;
        return worklist;
    }

    @Override
    public CaseworkResult<CaseworkResult.Letter> writeLetter(CaseworkLine line, String caseActionId) {
        lettersAsked.add(line.pupilId + "|" + line.stage + "|" + caseActionId);
        return letter;
    }
}
