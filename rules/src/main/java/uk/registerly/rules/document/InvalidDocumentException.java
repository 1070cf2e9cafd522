package uk.registerly.rules.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A document, or a value built in code, that breaks the rules: every problem found, each naming its field.
 * The message is the problems joined by "; ", e.g.
 * {@code stages[2].entry.threshold: must be between 0 and 100; stages[3].id: STAGE_1 is already the id of stages[0]}.
 */
public final class InvalidDocumentException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final List<FieldProblem> problems;

    public InvalidDocumentException(List<FieldProblem> problems) {
        super(message(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid document has at least one problem");
        }
        this.problems = Collections.unmodifiableList(new ArrayList<>(problems));
    }

    public InvalidDocumentException(String field, String message) {
        this(Collections.singletonList(new FieldProblem(field, message)));
    }

    /** In the order they were found (document order). */
    public List<FieldProblem> problems() {
        return problems;
    }

    /** The same problems seen from a document that holds this one at {@code prefix}. */
    public InvalidDocumentException under(String prefix) {
        List<FieldProblem> moved = new ArrayList<>();
        for (FieldProblem p : problems) {
            moved.add(p.under(prefix));
        }
        return new InvalidDocumentException(moved);
    }

    /** Throws when {@code problems} is not empty. */
    public static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems);
        }
    }

    private static String message(List<FieldProblem> problems) {
        StringBuilder text = new StringBuilder();
        for (FieldProblem p : problems) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(p);
        }
        return text.toString();
    }
}
