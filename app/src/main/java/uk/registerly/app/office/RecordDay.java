package uk.registerly.app.office;

import androidx.annotation.Nullable;

import java.time.LocalDate;

import uk.registerly.rules.marks.EffectiveMark;

/** One school day of a pupil's session grid: the morning and afternoon marks (null: no mark yet). */
final class RecordDay {
    final LocalDate date;
    @Nullable
    final EffectiveMark am;
    @Nullable
    final EffectiveMark pm;
    /** Whether the session is a school session still without a mark (as opposed to no session at all). */
    final boolean amOpen;
    final boolean pmOpen;

    RecordDay(LocalDate date, @Nullable EffectiveMark am, @Nullable EffectiveMark pm, boolean amOpen, boolean pmOpen) {
        this.date = date;
        this.am = am;
        this.pm = pm;
        this.amOpen = amOpen;
        this.pmOpen = pmOpen;
    }
}
