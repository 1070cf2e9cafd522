package uk.registerly.rules.document;

import java.util.Objects;

/**
 * One thing wrong with a document (a school's ladder, a case action), naming the field by its path from the
 * document's root, e.g. {@code stages[2].entry.threshold: must be between 0 and 100}, so a form can show the
 * message beside the field and a log line can say exactly what to fix.
 */
public final class FieldProblem {
    private final String field;
    private final String message;

    /** @param field the path, e.g. {@code stages[2].entry.threshold}; empty for the document itself */
    public FieldProblem(String field, String message) {
        this.field = Objects.requireNonNull(field, "field");
        this.message = Objects.requireNonNull(message, "message");
    }

    public String field() {
        return field;
    }

    public String message() {
        return message;
    }

    /** The same problem seen from a document that holds this one at {@code prefix}. */
    public FieldProblem under(String prefix) {
        return new FieldProblem(join(prefix, field), message);
    }

    /** {@code prefix} followed by {@code field}: {@code a.b}, {@code a[1]}, or either alone when the other is empty. */
    public static String join(String prefix, String field) {
        if (prefix.isEmpty()) {
            return field;
        }
        if (field.isEmpty()) {
            return prefix;
        }
        return field.startsWith("[") ? prefix + field : prefix + "." + field;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldProblem && ((FieldProblem) o).field.equals(field)
                && ((FieldProblem) o).message.equals(message);
    }

    @Override
    public int hashCode() {
        return field.hashCode() * 31 + message.hashCode();
    }

    @Override
    public String toString() {
        return field.isEmpty() ? message : field + ": " + message;
    }
}
