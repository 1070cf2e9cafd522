package uk.registerly.app.data.calling;

import androidx.annotation.Nullable;

import java.util.Collections;
import java.util.List;

import uk.registerly.app.data.roster.Guardian;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.rules.calendar.SchoolSession;

/** A pupil to call about today: why, whom to call next, and what was tried already. */
public final class CallRow {
    public final RosterPupil pupil;
    /** Today's sessions whose register has closed with the pupil still N. */
    public final List<SchoolSession> unexplained;
    /**
     * The sessions a reason given now explains: the unexplained ones and today's sessions whose
     * register has not closed yet (a parent who says "ill today" means the afternoon too; a
     * reason never overrides a present mark, so a pupil who turns up is still present).
     */
    public final List<SchoolSession> toExplain;
    /** Contacts in the school's order. */
    public final List<Guardian> contacts;
    /** Today's calls about the pupil, oldest first. */
    public final List<ContactAttempt> attempts;
    /** Whom to call next: the first contact not yet tried without an answer; null when all were. */
    @Nullable
    public final Guardian nextContact;
    public final boolean homeVisitFlagged;

    CallRow(RosterPupil pupil, List<SchoolSession> unexplained, List<SchoolSession> toExplain,
            List<Guardian> contacts, List<ContactAttempt> attempts, @Nullable Guardian nextContact,
            boolean homeVisitFlagged) {
        this.pupil = pupil;
        this.unexplained = Collections.unmodifiableList(unexplained);
        this.toExplain = Collections.unmodifiableList(toExplain);
        this.contacts = Collections.unmodifiableList(contacts);
        this.attempts = Collections.unmodifiableList(attempts);
        this.nextContact = nextContact;
        this.homeVisitFlagged = homeVisitFlagged;
    }

    /** Every contact was tried and nobody answered: time to flag a home visit. */
    public boolean allContactsTried() {
        return nextContact == null;
    }
}
