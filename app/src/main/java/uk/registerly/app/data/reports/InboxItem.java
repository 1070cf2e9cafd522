package uk.registerly.app.data.reports;

import uk.registerly.app.data.db.PupilEntity;

/** A line of the office's inbox: one absence, reported once or several times, and its pupil. */
public final class InboxItem {
    public final ReportGroup group;
    public final PupilEntity pupil;

    public InboxItem(ReportGroup group, PupilEntity pupil) {
        this.group = group;
        this.pupil = pupil;
    }
}
