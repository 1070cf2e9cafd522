package uk.registerly.app.data.reports;

import uk.registerly.app.data.roster.RosterPupil;

/** A report with its child and whether any of its events still waits to be sent. */
public final class ReportLine {
    public final AbsenceReport report;
    public final RosterPupil pupil;
    public final boolean unsent;

    public ReportLine(AbsenceReport report, RosterPupil pupil, boolean unsent) {
        this.report = report;
        this.pupil = pupil;
        this.unsent = unsent;
    }
}
