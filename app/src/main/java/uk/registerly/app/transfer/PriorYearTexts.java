package uk.registerly.app.transfer;

import android.content.Context;

import uk.registerly.app.R;
import uk.registerly.app.data.transfer.PriorSchoolYear;
import uk.registerly.rules.figures.Fraction;

/** An earlier school's year in words: attendance as that school counted it, with its sessions. */
final class PriorYearTexts {
    private PriorYearTexts() {
    }

    static String figures(Context context, PriorSchoolYear year) {
        if (year.possible <= 0) {
            return context.getString(R.string.transfer_year_no_sessions);
        }
        return context.getString(R.string.transfer_year_figures,
                Fraction.of(year.attended, year.possible).toPercent(1), year.attended, year.possible,
                year.authorised, year.unauthorised);
    }
}
