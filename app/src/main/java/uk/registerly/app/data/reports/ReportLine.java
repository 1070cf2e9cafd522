package uk.registerly.app.data.reports;

import uk.registerly.app.data.db.entity.PupilEntity;

/** A report with its child and whether any of its events still waits to be sent. */
public final class ReportLine {
    public final AbsenceReport report;
    public final PupilEntity pupil;
    public final boolean unsent;

    public ReportLine(AbsenceReport report, PupilEntity pupil, boolean unsent) {
        this.report = report;
        this.pupil = pupil;
        this.unsent = unsent;
    }
}
