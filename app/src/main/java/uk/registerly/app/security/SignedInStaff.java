package uk.registerly.app.security;

import java.util.Objects;

/** The member of staff who unlocked a shared tablet with their PIN: who records, and who signs. */
public final class SignedInStaff {
    public final String staffId;
    public final String name;
    public final String position;

    public SignedInStaff(String staffId, String name, String position) {
        this.staffId = Objects.requireNonNull(staffId, "staffId");
        this.name = Objects.requireNonNull(name, "name");
        this.position = Objects.requireNonNull(position, "position");
    }

    /** "Name, Position" exactly as the server builds it: what an AMENDMENT's {@code by} must be (sync-protocol §4). */
    public String signature() {
        return name + ", " + position;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedInStaff && ((SignedInStaff) o).staffId.equals(staffId);
    }

    @Override
    public int hashCode() {
        return staffId.hashCode();
    }
}
