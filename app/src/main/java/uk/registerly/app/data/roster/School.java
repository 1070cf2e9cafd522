package uk.registerly.app.data.roster;

import uk.registerly.app.data.db.entity.SchoolEntity;

/** A school by name (a parent's children may attend several); its rules are {@link SchoolRules}. */
public final class School {
    public final String id;
    public final String name;

    public School(String id, String name) {
        this.id = id;
        this.name = name;
    }

    public static School of(SchoolEntity row) {
        return new School(row.id, row.name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof School && ((School) o).id.equals(id) && ((School) o).name.equals(name);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
