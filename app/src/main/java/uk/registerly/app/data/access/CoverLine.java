package uk.registerly.app.data.access;

import androidx.annotation.Nullable;

import java.time.LocalDate;

/** A cover as the office lists it: who takes which class, on which days, and whether it was revoked. */
public final class CoverLine {
    public final String id;
    public final String className;
    public final String staffName;
    public final LocalDate from;
    public final LocalDate to;
    public final boolean revoked;

    public CoverLine(String id, String className, String staffName, LocalDate from, LocalDate to, boolean revoked) {
        this.id = id;
        this.className = className;
        this.staffName = staffName;
        this.from = from;
        this.to = to;
        this.revoked = revoked;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof CoverLine && ((CoverLine) o).id.equals(id) && ((CoverLine) o).revoked == revoked;
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
