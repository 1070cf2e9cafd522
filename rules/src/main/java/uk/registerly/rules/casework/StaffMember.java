package uk.registerly.rules.casework;

import java.util.Objects;
import uk.registerly.rules.document.InvalidDocumentException;

/**
 * Who acted: a name and a position, as a register amendment records them (Regulation 6: "the name and position
 * of the person"), e.g. "R Anand", "Senior Attendance Officer". Immutable.
 */
public final class StaffMember {
    public static final int MAX_LENGTH = 120;

    private final String name;
    private final String position;

    private StaffMember(String name, String position) {
        this.name = name;
        this.position = position;
    }

    /** @throws InvalidDocumentException ({@code name}, {@code position}) when either is blank or too long */
    public static StaffMember of(String name, String position) {
        if (blank(name)) {
            throw new InvalidDocumentException("name", "is required");
        }
        if (blank(position)) {
            throw new InvalidDocumentException("position", "is required (the person's role, e.g. Attendance Officer)");
        }
        if (name.trim().length() > MAX_LENGTH || position.trim().length() > MAX_LENGTH) {
            throw new InvalidDocumentException(name.trim().length() > MAX_LENGTH ? "name" : "position",
                    "must be at most " + MAX_LENGTH + " characters");
        }
        return new StaffMember(name.trim(), position.trim());
    }

    /** "Name, Position" (the form an AMENDMENT's {@code by} takes), split at the first comma. */
    public static StaffMember parse(String nameAndPosition) {
        int comma = nameAndPosition == null ? -1 : nameAndPosition.indexOf(',');
        if (comma < 0) {
            throw new InvalidDocumentException("by", "must be \"Name, Position\"");
        }
        return of(nameAndPosition.substring(0, comma), nameAndPosition.substring(comma + 1));
    }

    public String name() {
        return name;
    }

    public String position() {
        return position;
    }

    private static boolean blank(String s) {
        return s == null || s.trim().isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StaffMember && ((StaffMember) o).name.equals(name)
                && ((StaffMember) o).position.equals(position);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, position);
    }

    /** "Name, Position". */
    @Override
    public String toString() {
        return name + ", " + position;
    }
}
