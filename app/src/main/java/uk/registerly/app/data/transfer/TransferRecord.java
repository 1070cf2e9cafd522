package uk.registerly.app.data.transfer;

import androidx.annotation.Nullable;

import java.util.List;

/** What the server holds of a pupil's transfer: the UPN (null when none is recorded) and earlier schools' years. */
public final class TransferRecord {
    @Nullable
    public final String upn;
    public final List<PriorSchoolYear> years;

    public TransferRecord(@Nullable String upn, List<PriorSchoolYear> years) {
        this.upn = upn;
        this.years = List.copyOf(years);
    }
}
