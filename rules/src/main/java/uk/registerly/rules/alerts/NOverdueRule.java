package uk.registerly.rules.alerts;

import java.time.LocalDate;
import java.util.List;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.marks.MarkSource;

/**
 * N must be replaced by a reason code within 5 school days: the alert is due when the
 * mark, from the facts recorded up to the end of the 5th school day after the session,
 * is still N. A reason recorded later does not undo the overdue alert.
 */
final class NOverdueRule implements AlertRule {
    static final int SCHOOL_DAYS = 5;

    @Override
    public void detect(PupilSchoolDays days, List<Alert> out) {
        for (EffectiveMark mark : days.marks) {
            if (mark.source() == MarkSource.CLOSURE || !anyFactIsN(mark)) {
                continue;
            }
            LocalDate deadline = days.calendar.schoolDayAfter(mark.session().date(), SCHOOL_DAYS);
            if (deadline == null || deadline.isAfter(days.asOf)) {
                continue;
            }
            EffectiveMark then = mark.asRecordedBefore(deadline.plusDays(1).atStartOfDay());
            if (then != null && then.code() == AttendanceCode.N) {
                out.add(Alert.nOverdue(days.pupil, deadline, mark.session().session(), mark.session().date()));
            }
        }
    }

    /** Only a fact coded N can leave a mark at N, so sessions without one need no replay. */
    private static boolean anyFactIsN(EffectiveMark mark) {
        for (AttendanceFact fact : mark.facts()) {
            if (fact.code() == AttendanceCode.N) {
                return true;
            }
        }
        return false;
    }
}
