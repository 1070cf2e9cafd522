package uk.registerly.rules.leave;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import uk.registerly.rules.policy.SchoolPolicy;

/**
 * Leave of absence: granted only in exceptional circumstances, in advance, at the
 * head's discretion; the school's notice period is asked for but not binding; and a
 * refusal is final, so leave taken after it is G.
 */
public final class LeaveOfAbsenceRules {
    private final int noticeDays;

    public LeaveOfAbsenceRules(SchoolPolicy policy) {
        this.noticeDays = policy.leaveNoticeDays();
    }

    /** @param earlierDecisions the pupil's earlier decisions (others are ignored) */
    public LeaveAssessment assess(LeaveRequest request, Collection<LeaveDecision> earlierDecisions) {
        Set<LeaveIssue> issues = EnumSet.noneOf(LeaveIssue.class);
        if (!request.requestedOn().isBefore(request.firstDay())) {
            issues.add(LeaveIssue.NOT_IN_ADVANCE);
        } else if (ChronoUnit.DAYS.between(request.requestedOn(), request.firstDay()) < noticeDays) {
            issues.add(LeaveIssue.SHORT_NOTICE);
        }
        if (!request.exceptionalCircumstances()) {
            issues.add(LeaveIssue.NOT_EXCEPTIONAL);
        }
        for (LeaveDecision earlier : earlierDecisions) {
            if (earlier.outcome() == LeaveDecision.Outcome.REFUSED && earlier.request().overlaps(request)) {
                issues.add(LeaveIssue.PREVIOUSLY_REFUSED);
            }
        }
        return new LeaveAssessment(issues);
    }

    /** @throws IllegalStateException naming the blocking issues when the request may not be granted */
    public LeaveDecision grant(LeaveRequest request, Collection<LeaveDecision> earlierDecisions, String by,
            LocalDate on) {
        LeaveAssessment assessment = assess(request, earlierDecisions);
        if (!assessment.mayBeGranted()) {
            throw new IllegalStateException("leave cannot be granted: " + assessment.issues());
        }
        return new LeaveDecision(request, LeaveDecision.Outcome.GRANTED, by, on);
    }

    public LeaveDecision refuse(LeaveRequest request, String by, LocalDate on) {
        return new LeaveDecision(request, LeaveDecision.Outcome.REFUSED, by, on);
    }

    public int noticeDays() {
        return noticeDays;
    }
}
