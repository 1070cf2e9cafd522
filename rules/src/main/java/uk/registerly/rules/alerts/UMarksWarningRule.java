package uk.registerly.rules.alerts;

import java.time.LocalDate;
import java.util.List;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.calendar.Term;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.policy.LateMarksWarning;

/**
 * A school's own rule (Lady Boswell's): a number of U marks within one of the
 * calendar's terms brings a warning letter; the improvement period runs for a number
 * of school days after the letter.
 */
final class UMarksWarningRule implements AlertRule {
    private final LateMarksWarning warning;

    UMarksWarningRule(LateMarksWarning warning) {
        this.warning = warning;
    }

    @Override
    public void detect(PupilSchoolDays days, List<Alert> out) {
        for (Term term : days.calendar.terms()) {
            int uMarks = 0;
            for (int day = 0; day < days.days; day++) {
                LocalDate date = days.date(day);
                if (!term.contains(date)) {
                    continue;
                }
                for (Session s : Session.values()) {
                    if (days.code(day, s) == AttendanceCode.U && ++uMarks == warning.uMarksPerTerm()) {
                        out.add(Alert.uMarksWarning(days.pupil, date, uMarks,
                                days.calendar.schoolDayAfter(date, warning.improvementSchoolDays())));
                    }
                }
            }
        }
    }
}
