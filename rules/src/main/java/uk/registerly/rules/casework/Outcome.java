package uk.registerly.rules.casework;

import java.util.Objects;
import uk.registerly.rules.document.InvalidDocumentException;

/** An action's outcome: one of {@link OutcomeKind}, with the school's own words for CUSTOM. Immutable. */
public final class Outcome {
    public static final int MAX_TEXT = 200;

    private final OutcomeKind kind;
    private final String text;

    private Outcome(OutcomeKind kind, String text) {
        this.kind = kind;
        this.text = text;
    }

    /** @throws InvalidDocumentException ({@code outcome}) for CUSTOM, which needs its words: use {@link #custom} */
    public static Outcome of(OutcomeKind kind) {
        if (kind == null) {
            throw new InvalidDocumentException("outcome", "is required");
        }
        if (kind == OutcomeKind.CUSTOM) {
            throw new InvalidDocumentException("outcomeText", "is required for a CUSTOM outcome");
        }
        return new Outcome(kind, null);
    }

    /** @throws InvalidDocumentException ({@code outcomeText}) when blank or too long */
    public static Outcome custom(String text) {
        if (text == null || text.trim().isEmpty()) {
            throw new InvalidDocumentException("outcomeText", "is required for a CUSTOM outcome");
        }
        if (text.trim().length() > MAX_TEXT) {
            throw new InvalidDocumentException("outcomeText", "must be at most " + MAX_TEXT + " characters");
        }
        return new Outcome(OutcomeKind.CUSTOM, text.trim());
    }

    public OutcomeKind kind() {
        return kind;
    }

    /** A CUSTOM outcome's words; null for the others. */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Outcome && ((Outcome) o).kind == kind && Objects.equals(((Outcome) o).text, text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, text);
    }

    @Override
    public String toString() {
        return text == null ? kind.name() : text;
    }
}
