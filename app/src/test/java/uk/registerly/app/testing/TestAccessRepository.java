package uk.registerly.app.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import uk.registerly.app.data.access.AccessRepository;
import uk.registerly.app.data.access.CoverLine;
import uk.registerly.app.data.access.ParentAccountLine;

/** The server's covers and parents' accounts in memory; {@link #refuse} makes the next change fail as the server would. */
public final class TestAccessRepository implements AccessRepository {
    public final List<CoverLine> covers = new ArrayList<>();
    public final List<ParentAccountLine> parents = new ArrayList<>();
    public final List<String> calls = new ArrayList<>();
    private String refusal;
    private boolean offline;

    public void refuse(String message) {
        refusal = message;
    }

    public void offline(boolean value) {
        offline = value;
    }

    @Override
    public List<CoverLine> covers(LocalDate from) throws AccessException {
        reachable();
        return new ArrayList<>(covers);
    }

    @Override
    public CoverLine assignCover(String classId, String staffId, LocalDate from, LocalDate to) throws AccessException {
        change("assign " + classId + " " + staffId + " " + from + " " + to);
        CoverLine line = new CoverLine(UUID.randomUUID().toString(), "4A", "Ben Okoro", from, to, false);
        covers.add(line);
        return line;
    }

    @Override
    public CoverLine revokeCover(String coverId) throws AccessException {
        change("revoke cover " + coverId);
        for (int i = 0; i < covers.size(); i++) {
            CoverLine line = covers.get(i);
            if (line.id.equals(coverId)) {
                CoverLine revoked = new CoverLine(line.id, line.className, line.staffName, line.from, line.to, true);
                covers.set(i, revoked);
                return revoked;
            }
        }
        throw new AccessException("no such cover", false);
    }

    @Override
    public List<ParentAccountLine> parents() throws AccessException {
        reachable();
        return new ArrayList<>(parents);
    }

    @Override
    public void revokeParent(String parentId) throws AccessException {
        change("revoke parent " + parentId);
        for (int i = 0; i < parents.size(); i++) {
            ParentAccountLine line = parents.get(i);
            if (line.parentId.equals(parentId)) {
                parents.set(i, new ParentAccountLine(parentId, line.guardians, true));
            }
        }
    }

    private void reachable() throws AccessException {
        if (offline) {
            throw new AccessException("This tablet cannot reach the school's server. Try again when it is online.", true);
        }
    }

    private void change(String call) throws AccessException {
        reachable();
        if (refusal != null) {
            String message = refusal;
            refusal = null;
            throw new AccessException(message, false);
        }
        calls.add(call);
    }
}
