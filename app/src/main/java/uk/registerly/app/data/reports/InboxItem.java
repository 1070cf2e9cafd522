package uk.registerly.app.data.reports;

import java.util.Collections;
import java.util.List;

import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.rules.calendar.SchoolSession;

/** A line of the office's inbox: one absence, reported once or several times, its pupil and the school sessions it covers. */
public final class InboxItem {
    public final ReportGroup group;
    public final RosterPupil pupil;
    /** The school sessions accepting it gives a code (empty before the school's calendar is known). */
    public final List<SchoolSession> covered;

    public InboxItem(ReportGroup group, RosterPupil pupil, List<SchoolSession> covered) {
        this.group = group;
        this.pupil = pupil;
        this.covered = Collections.unmodifiableList(covered);
    }
}
