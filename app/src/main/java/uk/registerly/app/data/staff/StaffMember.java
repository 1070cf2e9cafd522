package uk.registerly.app.data.staff;

import uk.registerly.app.data.db.entity.StaffEntity;
import uk.registerly.app.security.SignedInStaff;

/** A member of the school's staff as the lock screen lists them: no pupil data. */
public final class StaffMember {
    public final String id;
    public final String name;
    public final String position;

    public StaffMember(String id, String name, String position) {
        this.id = id;
        this.name = name;
        this.position = position;
    }

    public static StaffMember of(StaffEntity row) {
        return new StaffMember(row.id, row.name, row.position);
    }

    public SignedInStaff signedIn() {
        return new SignedInStaff(id, name, position);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StaffMember)) {
            return false;
        }
        StaffMember other = (StaffMember) o;
        return id.equals(other.id) && name.equals(other.name) && position.equals(other.position);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
