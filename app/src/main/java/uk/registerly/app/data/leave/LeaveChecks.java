package uk.registerly.app.data.leave;

import java.util.Set;

import uk.registerly.rules.leave.LeaveAssessment;
import uk.registerly.rules.leave.LeaveIssue;

/**
 * What the rules module's {@code LeaveOfAbsenceRules} says about a request, both ways the head
 * may judge the circumstances (the one judgement the rules cannot make): the screen shows the
 * assessment for the head's answer, and approval is possible only when it has no blocking issue.
 */
public final class LeaveChecks {
    private final LeaveAssessment ifExceptional;
    private final LeaveAssessment ifNotExceptional;
    /** The notice the school's policy asks for. */
    public final int noticeDays;

    LeaveChecks(LeaveAssessment ifExceptional, LeaveAssessment ifNotExceptional, int noticeDays) {
        this.ifExceptional = ifExceptional;
        this.ifNotExceptional = ifNotExceptional;
        this.noticeDays = noticeDays;
    }

    public LeaveAssessment assessment(boolean exceptional) {
        return exceptional ? ifExceptional : ifNotExceptional;
    }

    public Set<LeaveIssue> issues(boolean exceptional) {
        return assessment(exceptional).issues();
    }

    public boolean mayBeGranted(boolean exceptional) {
        return assessment(exceptional).mayBeGranted();
    }
}
