package uk.registerly.rules.alerts;

import java.time.LocalDate;
import java.util.List;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * A run of consecutive school days on which every school session carries one of some
 * codes; the alert is raised on the day the run reaches its length, once per run.
 * Closed days (INSET, holidays) are not school days, so they neither count nor break a run.
 */
abstract class ConsecutiveDaysRule implements AlertRule {
    private final AttendanceCode[] codes;

    ConsecutiveDaysRule(AttendanceCode... codes) {
        this.codes = codes;
    }

    abstract int length();

    abstract Alert alert(String pupil, LocalDate reached, LocalDate firstDay);

    @Override
    public void detect(PupilSchoolDays days, List<Alert> out) {
        int run = 0;
        for (int day = 0; day < days.days; day++) {
            run = days.everySessionIs(day, codes) ? run + 1 : 0;
            if (run == length()) {
                out.add(alert(days.pupil, days.date(day), days.date(day - run + 1)));
            }
        }
    }

    /** Children missing education: 10 school days in a row of N or O only. */
    static final class ContinuousAbsence extends ConsecutiveDaysRule {
        static final int SCHOOL_DAYS = 10;

        ContinuousAbsence() {
            super(AttendanceCode.N, AttendanceCode.O);
        }

        @Override
        int length() {
            return SCHOOL_DAYS;
        }

        @Override
        Alert alert(String pupil, LocalDate reached, LocalDate firstDay) {
            return Alert.continuousAbsence(pupil, reached);
        }
    }

    /** The school's number of consecutive illness days after which it asks for medical evidence. */
    static final class MedicalEvidence extends ConsecutiveDaysRule {
        private final int days;

        MedicalEvidence(int days) {
            super(AttendanceCode.I);
            this.days = days;
        }

        @Override
        int length() {
            return days;
        }

        @Override
        Alert alert(String pupil, LocalDate reached, LocalDate firstDay) {
            return Alert.medicalEvidence(pupil, reached, days, firstDay);
        }
    }
}
