package uk.registerly.app.data.roster;

import uk.registerly.app.data.db.entity.SchoolClassEntity;

/** A class as screens see it: its register is chosen by {@link #id}, shown by {@link #name}. */
public final class SchoolClass {
    public final String id;
    public final String name;
    public final String yearGroup;

    public SchoolClass(String id, String name, String yearGroup) {
        this.id = id;
        this.name = name;
        this.yearGroup = yearGroup;
    }

    public static SchoolClass of(SchoolClassEntity row) {
        return new SchoolClass(row.id, row.name, row.yearGroup);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SchoolClass && ((SchoolClass) o).id.equals(id) && ((SchoolClass) o).name.equals(name)
                && ((SchoolClass) o).yearGroup.equals(yearGroup);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
