package uk.registerly.rules.alerts;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * Illness reaching 15 school days in a school year (1 September to 31 August),
 * consecutive or not, counted in sessions (two to a day): the school makes a return
 * to the local authority. One alert per school year.
 */
final class SicknessReturnRule implements AlertRule {
    static final int SESSIONS = 30;

    @Override
    public void detect(PupilSchoolDays days, List<Alert> out) {
        int schoolYear = Integer.MIN_VALUE;
        int illness = 0;
        for (int day = 0; day < days.days; day++) {
            LocalDate date = days.date(day);
            int year = date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
            if (year != schoolYear) {
                schoolYear = year;
                illness = 0;
            }
            for (Session s : Session.values()) {
                if (days.code(day, s) == AttendanceCode.I && ++illness == SESSIONS) {
                    out.add(Alert.sicknessReturn(days.pupil, date, illness));
                }
            }
        }
    }
}
