package uk.registerly.app.data.figures;

import androidx.lifecycle.LiveData;

/**
 * The school's attendance this school year to date, by group and week by week (issue 18 item 4), worked out on
 * the device from its own journal, so it answers offline. Implemented by {@link OfflineFirstSchoolFiguresRepository}.
 */
public interface SchoolFiguresRepository {
    /** Recomputed whenever the journal or the roster changes; null while the device's school is unknown. */
    LiveData<SchoolFigures> figures(FiguresGrouping grouping);
}
