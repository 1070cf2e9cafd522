package uk.registerly.rules.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.marks.EffectiveMark;

/**
 * A pupil's attendance day by day and week by week: the school-year-to-date figures as they stood at the end
 * of any school day up to the evaluation date, counted exactly as {@link ReportingPeriod#schoolYearToDate} counts
 * them (1 September, or the admission date when later), so "no improvement since the last stage" and the weekly
 * chart use the figures every screen shows. Built once from the marks (prefix sums); each question is a binary
 * search. Immutable and thread-safe.
 */
public final class AttendanceHistory {
    private final String pupil;
    private final LocalDate admission;
    private final LocalDate asOf;
    /** School days up to asOf, ascending. */
    private final List<LocalDate> days;
    /** Sessions of each kind on school days before index i: prefix sums, length days + 1. */
    private final int[] attendance;
    private final int[] authorised;
    private final int[] unauthorised;

    private AttendanceHistory(String pupil, LocalDate admission, LocalDate asOf, List<LocalDate> days, int[] attendance,
            int[] authorised, int[] unauthorised) {
        this.pupil = pupil;
        this.admission = admission;
        this.asOf = asOf;
        this.days = days;
        this.attendance = attendance;
        this.authorised = authorised;
        this.unauthorised = unauthorised;
    }

    /**
     * @param marks the pupil's effective marks (closures included or not: they are not possible sessions)
     * @param admission the pupil's admission date, or null when unknown
     */
    public static AttendanceHistory of(String pupil, SchoolCalendar calendar, Collection<EffectiveMark> marks,
            LocalDate asOf, LocalDate admission) {
        List<LocalDate> schoolDays = calendar.schoolDays();
        int n = 0;
        while (n < schoolDays.size() && !schoolDays.get(n).isAfter(asOf)) {
            n++;
        }
        int[] att = new int[n + 1];
        int[] auth = new int[n + 1];
        int[] unauth = new int[n + 1];
        for (EffectiveMark mark : marks) {
            int day = calendar.schoolDayIndex(mark.session().date());
            if (day < 0 || day >= n) {
                continue;
            }
            AttendanceCode code = mark.code();
            switch (code.countsAs()) {
                case ATTENDANCE:
                    att[day + 1]++;
                    break;
                case AUTHORISED_ABSENCE:
                    auth[day + 1]++;
                    break;
                case UNAUTHORISED_ABSENCE:
                    unauth[day + 1]++;
                    break;
                default:
                    break;
            }
        }
        for (int i = 1; i <= n; i++) {
            att[i] += att[i - 1];
            auth[i] += auth[i - 1];
            unauth[i] += unauth[i - 1];
        }
        return new AttendanceHistory(pupil, admission, asOf, Collections.unmodifiableList(schoolDays.subList(0, n)),
                att, auth, unauth);
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** The school days up to the evaluation date, in order. */
    public List<LocalDate> schoolDays() {
        return days;
    }

    /**
     * The school year's figures to the end of {@code date} (the school year holding {@code date}, from admission
     * when later); a date after the evaluation date counts as the evaluation date. Equal to
     * {@code ReportingPeriod.schoolYearToDate(date, admission).figures(...)} over the same marks.
     */
    public PupilFigures figuresAsOf(LocalDate date) {
        LocalDate d = date.isAfter(asOf) ? asOf : date;
        int last = lastDayOnOrBefore(d);
        LocalDate start = ReportingPeriod.schoolYearToDate(d, admission).from();
        int first = firstDayOnOrAfter(start);
        return first > last ? new PupilFigures(pupil, 0, 0, 0, 0) : between(first, last);
    }

    /** {@link #figuresAsOf}'s attendance rate; null when nothing was possible yet. */
    public Fraction rateAsOf(LocalDate date) {
        return figuresAsOf(date).attendanceRate();
    }

    /**
     * The school weeks of the school year holding the evaluation date, from its first school day (or the
     * admission date) to the evaluation date: each week's own figures and the year's to the end of it.
     */
    public List<AttendanceWeek> weeks() {
        List<AttendanceWeek> weeks = new ArrayList<>();
        int first = firstDayOnOrAfter(ReportingPeriod.schoolYearToDate(asOf, admission).from());
        int weekFirst = first;
        for (int i = first; i < days.size(); i++) {
            LocalDate monday = monday(days.get(i));
            boolean lastOfWeek = i + 1 == days.size() || !monday(days.get(i + 1)).equals(monday);
            if (lastOfWeek) {
                weeks.add(new AttendanceWeek(monday, days.get(i), between(weekFirst, i), between(first, i)));
                weekFirst = i + 1;
            }
        }
        return Collections.unmodifiableList(weeks);
    }

    /** Figures of school days first..last (indices, both included). */
    private PupilFigures between(int first, int last) {
        int a = attendance[last + 1] - attendance[first];
        int au = authorised[last + 1] - authorised[first];
        int un = unauthorised[last + 1] - unauthorised[first];
        return new PupilFigures(pupil, a + au + un, a, au, un);
    }

    private int lastDayOnOrBefore(LocalDate date) {
        int found = Collections.binarySearch(days, date);
        return found >= 0 ? found : -found - 2;
    }

    private int firstDayOnOrAfter(LocalDate date) {
        int found = Collections.binarySearch(days, date);
        return found >= 0 ? found : -found - 1;
    }

    private static LocalDate monday(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - 1L);
    }
}
