package uk.registerly.app.data.calling;

import androidx.annotation.Nullable;

import java.time.LocalDateTime;

import uk.registerly.app.data.journal.EventPayloads.ContactOutcome;

/** A call the office made (CONTACT_ATTEMPT): its outcome, who was called (the note), when. */
public final class ContactAttempt {
    public final ContactOutcome outcome;
    @Nullable
    public final String note;
    public final LocalDateTime at;

    public ContactAttempt(ContactOutcome outcome, @Nullable String note, LocalDateTime at) {
        this.outcome = outcome;
        this.note = note;
        this.at = at;
    }
}
