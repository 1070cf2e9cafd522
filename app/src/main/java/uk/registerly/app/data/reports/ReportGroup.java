package uk.registerly.app.data.reports;

import androidx.annotation.Nullable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * One line of the office's inbox: an open report, or several open reports of the same pupil
 * naming overlapping sessions (the same absence reported twice), decided together.
 */
public final class ReportGroup {
    /** The reports, first made first; the first one's category gives the suggestion. */
    public final List<AbsenceReport> reports;

    ReportGroup(List<AbsenceReport> reports) {
        this.reports = Collections.unmodifiableList(new ArrayList<>(reports));
    }

    public AbsenceReport first() {
        return reports.get(0);
    }

    public String pupilId() {
        return first().pupilId;
    }

    public boolean isMerged() {
        return reports.size() > 1;
    }

    /** Every category the merged reports give (usually one). */
    public Set<AbsenceCategory> categories() {
        Set<AbsenceCategory> categories = EnumSet.noneOf(AbsenceCategory.class);
        for (AbsenceReport report : reports) {
            categories.add(report.category);
        }
        return categories;
    }

    /** The code to confirm with one tap; null when the categories disagree or none says which code. */
    @Nullable
    public AttendanceCode suggestedCode() {
        return categories().size() == 1 ? ReasonCodes.suggestedFor(first().category) : null;
    }

    public List<AttendanceCode> codeChoices() {
        return ReasonCodes.choicesFor(first().category);
    }
}
