package uk.registerly.rules.statutory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.codes.CountsAs;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.figures.PupilFigures;
import uk.registerly.rules.figures.ReportingPeriod;
import uk.registerly.rules.marks.EffectiveMark;

/**
 * A pupil's sessions over a period as the statutory returns carry them: possible, attended,
 * authorised and unauthorised (the CTF's {@code SessionsPossible}, {@code SessionsAttended},
 * {@code SessionsAuthorised}, {@code SessionsUnauthorised}; the census's
 * {@code TermlySessionsPossible}, ...), and the absence sessions by reason code (the census's
 * {@code T_Reason_<code>}). The totals are the rules' own tally ({@link ReportingPeriod#figures}, the
 * figures every screen and {@code GET /pupils/{id}/attendance} show), the reasons a second count of
 * the same marks, and {@link #problems()} cross-checks the one against the other: "Compute totals
 * from the reasons and cross-check them" (statutory-data.md section 3). A return with a problem is
 * an error, never a file.
 */
public final class SessionCounts {

    private final String pupil;
    private final ReportingPeriod period;
    private final PupilFigures figures;
    private final Map<AttendanceCode, Integer> reasons;

    SessionCounts(String pupil, ReportingPeriod period, PupilFigures figures, Map<AttendanceCode, Integer> reasons) {
        this.pupil = pupil;
        this.period = period;
        this.figures = figures;
        Map<AttendanceCode, Integer> copy = new EnumMap<>(AttendanceCode.class);
        copy.putAll(reasons);
        this.reasons = Collections.unmodifiableMap(copy);
    }

    /** The counts of {@code evaluation}'s marks within {@code period}. */
    public static SessionCounts of(PupilEvaluation evaluation, ReportingPeriod period) {
        return of(evaluation.pupil().id(), evaluation.marks(), period);
    }

    /** The counts of {@code marks} (a pupil's effective marks) within {@code period}. */
    public static SessionCounts of(String pupil, Collection<EffectiveMark> marks, ReportingPeriod period) {
        Map<AttendanceCode, Integer> reasons = new EnumMap<>(AttendanceCode.class);
        for (EffectiveMark mark : marks) {
            AttendanceCode code = mark.code();
            CountsAs counts = code.countsAs();
            if (period.contains(mark.session().date())
                    && (counts == CountsAs.AUTHORISED_ABSENCE || counts == CountsAs.UNAUTHORISED_ABSENCE)) {
                Integer n = reasons.get(code);
                reasons.put(code, n == null ? 1 : n + 1);
            }
        }
        return new SessionCounts(pupil, period, period.figures(pupil, marks), reasons);
    }

    public String pupil() {
        return pupil;
    }

    public ReportingPeriod period() {
        return period;
    }

    /** The figures these counts are (the same tally as every screen's). */
    public PupilFigures figures() {
        return figures;
    }

    public int possible() {
        return figures.possibleSessions();
    }

    public int attended() {
        return figures.attendanceSessions();
    }

    public int authorised() {
        return figures.authorisedAbsenceSessions();
    }

    public int unauthorised() {
        return figures.unauthorisedAbsenceSessions();
    }

    /** Absence sessions by reason code, in the codes' order; codes with no session are absent. */
    public Map<AttendanceCode, Integer> reasons() {
        return reasons;
    }

    /**
     * What does not add up, as sentences naming the pupil (empty when everything does): authorised
     * against the sum of the authorised reasons, unauthorised against the unauthorised reasons
     * (possible = attended + authorised + unauthorised is PupilFigures' own invariant).
     */
    public List<String> problems() {
        int authorisedReasons = 0;
        int unauthorisedReasons = 0;
        for (Map.Entry<AttendanceCode, Integer> e : reasons.entrySet()) {
            if (e.getKey().countsAs() == CountsAs.AUTHORISED_ABSENCE) {
                authorisedReasons += e.getValue();
            } else if (e.getKey().countsAs() == CountsAs.UNAUTHORISED_ABSENCE) {
                unauthorisedReasons += e.getValue();
            }
        }
        List<String> problems = new ArrayList<>();
        if (authorisedReasons != authorised()) {
            problems.add("pupil " + pupil + ": " + authorised() + " authorised absence sessions but the reasons add up to "
                    + authorisedReasons);
        }
        if (unauthorisedReasons != unauthorised()) {
            problems.add("pupil " + pupil + ": " + unauthorised() + " unauthorised absence sessions but the reasons add up to "
                    + unauthorisedReasons);
        }
        return problems;
    }
}
