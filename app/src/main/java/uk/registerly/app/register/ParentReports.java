package uk.registerly.app.register;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.app.data.reports.AbsenceReport;
import uk.registerly.rules.calendar.Session;

/**
 * Which pupils a parent has reported absent for one session, read from the reports as they stand
 * (the one fold of the stream, {@code AbsenceReportFolder}, through the reports repository): open
 * or accepted reports, as last updated; cancelled or declined ones drop out. The register shows it
 * on the row so the teacher marks N knowing the office has a reason coming, instead of chasing the
 * pupil — and says exactly what the office's inbox says about the same report.
 */
public final class ParentReports {
    private ParentReports() {
    }

    /** A report that covers the session: its category, and whether the office has accepted it yet. */
    public static final class Reported {
        public final AbsenceCategory category;
        public final boolean accepted;

        Reported(AbsenceCategory category, boolean accepted) {
            this.category = category;
            this.accepted = accepted;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Reported && ((Reported) o).category == category && ((Reported) o).accepted == accepted;
        }

        @Override
        public int hashCode() {
            return category.hashCode() * 31 + (accepted ? 1 : 0);
        }
    }

    /**
     * Pupils with a live report covering {@code date}'s {@code session}; where a pupil has several,
     * the last one made.
     *
     * @param reports every report on the device as it stands, first made first
     */
    public static Map<String, Reported> covering(List<AbsenceReport> reports, LocalDate date, Session session) {
        Map<String, Reported> covering = new HashMap<>();
        for (AbsenceReport report : reports) {
            boolean accepted = report.status == AbsenceReport.Status.ACCEPTED;
            if ((report.isOpen() || accepted) && report.covers(date, session)) {
                covering.put(report.pupilId, new Reported(report.category, accepted));
            }
        }
        return Collections.unmodifiableMap(covering);
    }
}
