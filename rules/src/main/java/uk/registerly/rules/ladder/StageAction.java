package uk.registerly.rules.ladder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import uk.registerly.rules.document.FieldProblem;
import uk.registerly.rules.document.InvalidDocumentException;

/**
 * One action: its type, the letter template a LETTER uses, the name of a CUSTOM action, and what it is for in
 * the school's words. Immutable.
 */
public final class StageAction {
    /** Template ids are what the server names its templates by: lower case, digits and hyphens. */
    public static final Pattern TEMPLATE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    public static final int MAX_NAME = 80;
    public static final int MAX_DESCRIPTION = 300;

    private final ActionType type;
    private final String template;
    private final String name;
    private final String description;

    /**
     * @param template a LETTER's template id (required for a LETTER, not allowed otherwise)
     * @param name a CUSTOM action's name (required for CUSTOM, not allowed otherwise)
     * @param description what the action is, in the school's words; may be null
     * @throws InvalidDocumentException naming the field ({@code template}, {@code name}, ...)
     */
    public StageAction(ActionType type, String template, String name, String description) {
        List<FieldProblem> problems = new ArrayList<>();
        if (type == null) {
            problems.add(new FieldProblem("type", "is required"));
        } else {
            if (type == ActionType.LETTER && template == null) {
                problems.add(new FieldProblem("template", "is required for a LETTER (the template's id)"));
            }
            if (type != ActionType.LETTER && template != null) {
                problems.add(new FieldProblem("template", "only a LETTER has a template"));
            }
            if (type == ActionType.CUSTOM && blank(name)) {
                problems.add(new FieldProblem("name", "is required for a CUSTOM action"));
            }
            if (type != ActionType.CUSTOM && name != null) {
                problems.add(new FieldProblem("name", "only a CUSTOM action has a name (use description)"));
            }
        }
        if (type == ActionType.LETTER && template != null && !TEMPLATE_ID.matcher(template).matches()) {
            problems.add(new FieldProblem("template", "must be lower-case letters, digits and hyphens, at most 64 "
                    + "(is \"" + template + "\")"));
        }
        if (name != null && name.trim().length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "must be at most " + MAX_NAME + " characters"));
        }
        if (description != null && (blank(description) || description.trim().length() > MAX_DESCRIPTION)) {
            problems.add(new FieldProblem("description", "must be non-blank and at most " + MAX_DESCRIPTION
                    + " characters"));
        }
        InvalidDocumentException.throwIfAny(problems);
        this.type = type;
        this.template = template;
        this.name = name == null ? null : name.trim();
        this.description = description == null ? null : description.trim();
    }

    public static StageAction letter(String template, String description) {
        return new StageAction(ActionType.LETTER, template, null, description);
    }

    public static StageAction of(ActionType type, String description) {
        return new StageAction(type, null, null, description);
    }

    public static StageAction custom(String name, String description) {
        return new StageAction(ActionType.CUSTOM, null, name, description);
    }

    /** The action a case records when a stage is reviewed. */
    public static StageAction review(String description) {
        return of(ActionType.REVIEW, description);
    }

    /** The action a case records when the school closes it. */
    public static StageAction closeCase(String description) {
        return of(ActionType.CLOSE_CASE, description);
    }

    public ActionType type() {
        return type;
    }

    /** A LETTER's template id; null for other types. */
    public String template() {
        return template;
    }

    /** A CUSTOM action's name; null for other types. */
    public String name() {
        return name;
    }

    /** Null when the school gave none. */
    public String description() {
        return description;
    }

    /** For a screen: the description, else the custom name, else the type's label. */
    public String label() {
        if (description != null) {
            return description;
        }
        return name != null ? name : type.label();
    }

    private static boolean blank(String s) {
        return s == null || s.trim().isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StageAction)) {
            return false;
        }
        StageAction a = (StageAction) o;
        return type == a.type && Objects.equals(template, a.template) && Objects.equals(name, a.name)
                && Objects.equals(description, a.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, template, name, description);
    }

    @Override
    public String toString() {
        return type + (template == null ? "" : "(" + template + ")") + (name == null ? "" : "(" + name + ")");
    }
}
