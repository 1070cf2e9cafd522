package uk.registerly.rules.marks;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.schedule.ArrivalClassifier;
import uk.registerly.rules.schedule.ArrivalOutcome;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * A session's effective mark as a pure function of the set of its facts, so every
 * device and the server agree whatever order the facts reached them in:
 * <ol>
 *   <li>the teacher's latest register mark;</li>
 *   <li>the earliest gate arrival that was not withdrawn replaces it (present / L / U by the
 *       register's times) unless it is a present mark ({@code /}, {@code \}, L);</li>
 *   <li>the office's latest reason replaces N or U, or stands alone when nothing else does;</li>
 *   <li>the latest amendment beats everything.</li>
 * </ol>
 * "Latest" and "earliest" go by {@code at}; ties go to the greater id. A withdrawn arrival
 * counts as never recorded, whether its withdrawal is listed before or after it.
 */
public final class SessionMarkResolver {
    private SessionMarkResolver() {
    }

    /**
     * @param window the pupil's register for the session; null means arrivals cannot be judged
     * @param facts the session's facts, in any order (arrivals already placed in this session, with
     *     the withdrawals of those arrivals)
     * @return the effective mark, or null when the facts give none
     */
    public static EffectiveMark resolve(String pupil, SchoolSession session, RegisterWindow window,
            List<AttendanceFact> facts) {
        return resolve(pupil, session, window, facts, null);
    }

    /**
     * The mark as it stood when only facts recorded before {@code recordedBefore} were
     * known (null: all facts).
     */
    public static EffectiveMark resolve(String pupil, SchoolSession session, RegisterWindow window,
            List<AttendanceFact> facts, LocalDateTime recordedBefore) {
        Set<String> withdrawn = withdrawnArrivals(pupil, facts, recordedBefore);
        AttendanceFact mark = null;
        AttendanceFact arrival = null;
        AttendanceFact reason = null;
        AttendanceFact amendment = null;
        for (int i = 0, n = facts.size(); i < n; i++) {
            AttendanceFact f = facts.get(i);
            if (recordedBefore != null && !f.at().isBefore(recordedBefore)) {
                continue;
            }
            switch (f.type()) {
                case REGISTER_MARK:
                    mark = later(mark, f);
                    break;
                case ARRIVAL:
                    if (withdrawn == null || !withdrawn.contains(f.id())) {
                        arrival = earlierArrival(arrival, f);
                    }
                    break;
                case REASON:
                    reason = later(reason, f);
                    break;
                case AMENDMENT:
                    amendment = later(amendment, f);
                    break;
                default:
                    // a withdrawal decides nothing itself: it only takes its arrival out (above)
                    break;
            }
        }

        AttendanceFact decidedBy = mark;
        AttendanceCode code = mark == null ? null : mark.code();
        ArrivalOutcome arrivalOutcome = null;
        if (arrival != null && window != null) {
            arrivalOutcome = ArrivalClassifier.classify(window, arrival.at().toLocalTime());
            if (arrivalOutcome.changesMark() && (code == null || !code.isPresentMark())) {
                code = arrivalOutcome.code();
                decidedBy = arrival;
            }
        }
        if (reason != null && (code == null || code == AttendanceCode.N || code == AttendanceCode.U)) {
            code = reason.code();
            decidedBy = reason;
        }
        if (amendment != null) {
            code = amendment.code();
            decidedBy = amendment;
        }
        if (code == null) {
            return null;
        }
        Integer minutesLate = code == AttendanceCode.L || code == AttendanceCode.U
                ? minutesLate(session, window, arrivalOutcome, decidedBy) : null;
        return new EffectiveMark(pupil, session, code, minutesLate, MarkSource.of(decidedBy.type()), decidedBy,
                window, facts);
    }

    /**
     * Minutes late come from the gate when it saw the pupil arrive late; otherwise from
     * when the late mark itself was entered, if that was during the session after
     * {@code lateAfter} (a teacher marking L as the pupil walks in).
     */
    private static Integer minutesLate(SchoolSession session, RegisterWindow window, ArrivalOutcome arrival,
            AttendanceFact decidedBy) {
        if (window == null) {
            return null;
        }
        if (arrival != null && arrival.isLate()) {
            return arrival.minutesLate();
        }
        LocalDateTime at = decidedBy.at();
        if (at.toLocalDate().equals(session.date()) && at.toLocalTime().isAfter(window.lateAfter())
                && at.toLocalTime().isBefore(window.ends())) {
            return ArrivalClassifier.minutesAfterLateAfter(window, at.toLocalTime());
        }
        return null;
    }

    /**
     * Ids of the pupil's arrivals withdrawn by facts recorded before {@code recordedBefore};
     * null when there are none (the usual case, which allocates nothing).
     */
    static Set<String> withdrawnArrivals(String pupil, List<AttendanceFact> facts, LocalDateTime recordedBefore) {
        Set<String> withdrawn = null;
        for (int i = 0, n = facts.size(); i < n; i++) {
            AttendanceFact f = facts.get(i);
            if (f.type() == FactType.ARRIVAL_WITHDRAWN && f.pupil().equals(pupil)
                    && (recordedBefore == null || f.at().isBefore(recordedBefore))) {
                if (withdrawn == null) {
                    withdrawn = new HashSet<>();
                }
                withdrawn.add(f.withdrawnArrival());
            }
        }
        return withdrawn;
    }

    private static AttendanceFact later(AttendanceFact best, AttendanceFact candidate) {
        return best == null || AttendanceFact.RECORDED_ORDER.compare(candidate, best) > 0 ? candidate : best;
    }

    private static AttendanceFact earlierArrival(AttendanceFact best, AttendanceFact candidate) {
        if (best == null) {
            return candidate;
        }
        int byTime = candidate.at().compareTo(best.at());
        if (byTime != 0) {
            return byTime < 0 ? candidate : best;
        }
        return AttendanceFact.RECORDED_ORDER.compare(candidate, best) > 0 ? candidate : best;
    }
}
