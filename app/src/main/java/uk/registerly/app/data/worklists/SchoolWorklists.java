package uk.registerly.app.data.worklists;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The office's worklists and the school's totals as of a day: what {@link WorklistsRepository} shows. */
public final class SchoolWorklists {
    public final LocalDate asOf;
    /** Every list in {@link Worklist} order (empty ones included), each sorted as {@link OfficeWorklists} sorts. */
    public final Map<Worklist, List<WorklistEntry>> lists;
    public final SchoolTotals totals;

    SchoolWorklists(LocalDate asOf, Map<Worklist, List<WorklistEntry>> lists, SchoolTotals totals) {
        this.asOf = asOf;
        this.lists = lists;
        this.totals = totals;
    }
}
