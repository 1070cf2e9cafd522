package uk.registerly.app.data.roster;

import androidx.annotation.Nullable;

import java.time.LocalDate;
import java.util.Objects;

import uk.registerly.app.data.db.entity.SchoolClassEntity;

/** A class as screens see it: its register is chosen by {@link #id}, shown by {@link #name}. */
public final class SchoolClass {
    public final String id;
    public final String name;
    public final String yearGroup;
    /** Held by this tablet for a cover the office assigned, until this day (inclusive); null: taught. */
    @Nullable
    public final LocalDate coverUntil;

    public SchoolClass(String id, String name, String yearGroup) {
        this(id, name, yearGroup, null);
    }

    public SchoolClass(String id, String name, String yearGroup, @Nullable LocalDate coverUntil) {
        this.id = id;
        this.name = name;
        this.yearGroup = yearGroup;
        this.coverUntil = coverUntil;
    }

    /** The same class, held for a cover until {@code to}. */
    public SchoolClass coveredUntil(@Nullable LocalDate to) {
        return new SchoolClass(id, name, yearGroup, to);
    }

    public static SchoolClass of(SchoolClassEntity row) {
        return new SchoolClass(row.id, row.name, row.yearGroup);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SchoolClass && ((SchoolClass) o).id.equals(id) && ((SchoolClass) o).name.equals(name)
                && ((SchoolClass) o).yearGroup.equals(yearGroup) && Objects.equals(((SchoolClass) o).coverUntil, coverUntil);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
