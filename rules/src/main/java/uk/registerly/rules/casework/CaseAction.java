package uk.registerly.rules.casework;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Objects;
import uk.registerly.rules.document.InvalidDocumentException;
import uk.registerly.rules.ladder.ActionType;
import uk.registerly.rules.ladder.StageAction;

/**
 * One entry of a pupil's case: an append-only fact, like a register mark (the server stores it as a CASE_ACTION
 * event; nothing is changed or deleted, a mistake is corrected by a later WITHDRAWN action that refers to it).
 * It says at which stage of the ladder (its stable id), what was done, by whom, when (school-local time), with
 * what outcome, and when to review; a notice to improve or a penalty notice names the parent it was issued to.
 * Immutable.
 */
public final class CaseAction {
    /** The order a case is read in: by {@code at}, ties by id (compared as strings), as for attendance facts. */
    public static final Comparator<CaseAction> RECORDED_ORDER = Comparator.comparing(CaseAction::at)
            .thenComparing(CaseAction::id);
    public static final int MAX_NOTES = 4000;
    public static final int MAX_ID = 100;

    private final String id;
    private final String pupil;
    private final String stage;
    private final StageAction action;
    private final StaffMember by;
    private final LocalDateTime at;
    private final Outcome outcome;
    private final String notes;
    private final LocalDate nextReview;
    private final String parent;
    private final String refersTo;
    private final Integer ladderVersion;
    private final LetterRecord letter;

    private CaseAction(Builder b) {
        InvalidDocumentException.throwIfAny(CaseActionChecks.problems(b));
        this.id = b.id;
        this.pupil = b.pupil;
        this.stage = b.stage;
        this.action = b.action;
        this.by = b.by;
        this.at = b.at;
        this.outcome = b.outcome;
        this.notes = b.notes == null || b.notes.trim().isEmpty() ? null : b.notes.trim();
        this.nextReview = b.nextReview;
        this.parent = b.parent;
        this.refersTo = b.refersTo;
        this.ladderVersion = b.ladderVersion;
        this.letter = b.letter;
    }

    /** @param id the event's client-generated UUID; {@code pupil} the pupil's id */
    public static Builder builder(String id, String pupil) {
        return new Builder().id(id).pupil(pupil);
    }

    public String id() {
        return id;
    }

    public String pupil() {
        return pupil;
    }

    /** The id of the ladder's stage it was taken at; null only for a CLOSE_CASE that names none. */
    public String stage() {
        return stage;
    }

    public StageAction action() {
        return action;
    }

    public ActionType type() {
        return action.type();
    }

    public StaffMember by() {
        return by;
    }

    /** When it was done, in school-local time. */
    public LocalDateTime at() {
        return at;
    }

    public LocalDate date() {
        return at.toLocalDate();
    }

    public Outcome outcome() {
        return outcome;
    }

    /** Null when none. */
    public String notes() {
        return notes;
    }

    /** The review date the staff member set; null to take the stage's review period. */
    public LocalDate nextReview() {
        return nextReview;
    }

    /** The parent (roster id) a letter or notice went to; null when not recorded. */
    public String parent() {
        return parent;
    }

    /** The earlier action this WITHDRAWN action withdraws; null otherwise. */
    public String refersTo() {
        return refersTo;
    }

    /** The ladder version the action was taken under; null when not recorded. */
    public Integer ladderVersion() {
        return ladderVersion;
    }

    /** The letter a LETTER action sent (its stored id, its PDF's hash, its language), or null. */
    public LetterRecord letter() {
        return letter;
    }

    /** Whether this is a notice (to improve, or a penalty notice) issued to a parent. */
    boolean isIssued(ActionType type) {
        return action.type() == type && outcome.kind() == OutcomeKind.ISSUED && parent != null;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CaseAction)) {
            return false;
        }
        CaseAction c = (CaseAction) o;
        return id.equals(c.id) && pupil.equals(c.pupil) && Objects.equals(stage, c.stage) && action.equals(c.action)
                && by.equals(c.by) && at.equals(c.at) && outcome.equals(c.outcome) && Objects.equals(notes, c.notes)
                && Objects.equals(nextReview, c.nextReview) && Objects.equals(parent, c.parent)
                && Objects.equals(refersTo, c.refersTo) && Objects.equals(ladderVersion, c.ladderVersion)
                && Objects.equals(letter, c.letter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, pupil, stage, action, by, at, outcome, notes, nextReview, parent, refersTo,
                ladderVersion, letter);
    }

    @Override
    public String toString() {
        return at + " " + stage + " " + action + " " + outcome + " (" + by + ")";
    }

    public static final class Builder {
        String id;
        String pupil;
        String stage;
        StageAction action;
        StaffMember by;
        LocalDateTime at;
        Outcome outcome;
        String notes;
        LocalDate nextReview;
        String parent;
        String refersTo;
        Integer ladderVersion;
        LetterRecord letter;

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder pupil(String pupil) {
            this.pupil = pupil;
            return this;
        }

        public Builder stage(String stage) {
            this.stage = stage;
            return this;
        }

        public Builder action(StageAction action) {
            this.action = action;
            return this;
        }

        public Builder by(StaffMember by) {
            this.by = by;
            return this;
        }

        public Builder at(LocalDateTime at) {
            this.at = at;
            return this;
        }

        public Builder outcome(Outcome outcome) {
            this.outcome = outcome;
            return this;
        }

        public Builder outcome(OutcomeKind kind) {
            return outcome(Outcome.of(kind));
        }

        public Builder notes(String notes) {
            this.notes = notes;
            return this;
        }

        public Builder nextReview(LocalDate nextReview) {
            this.nextReview = nextReview;
            return this;
        }

        public Builder parent(String parent) {
            this.parent = parent;
            return this;
        }

        public Builder refersTo(String refersTo) {
            this.refersTo = refersTo;
            return this;
        }

        public Builder ladderVersion(Integer version) {
            this.ladderVersion = version;
            return this;
        }

        public Builder letter(LetterRecord letter) {
            this.letter = letter;
            return this;
        }

        /** @throws InvalidDocumentException naming each field that is wrong */
        public CaseAction build() {
            return new CaseAction(this);
        }
    }
}
