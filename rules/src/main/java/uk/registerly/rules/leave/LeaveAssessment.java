package uk.registerly.rules.leave;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What the rules say about a leave request before the head decides. */
public final class LeaveAssessment {
    private final Set<LeaveIssue> issues;

    LeaveAssessment(Set<LeaveIssue> issues) {
        this.issues = Collections.unmodifiableSet(issues.isEmpty()
                ? EnumSet.noneOf(LeaveIssue.class) : EnumSet.copyOf(issues));
    }

    public Set<LeaveIssue> issues() {
        return issues;
    }

    /** Whether the head may grant it: no blocking issue. */
    public boolean mayBeGranted() {
        for (LeaveIssue issue : issues) {
            if (issue.isBlocking()) {
                return false;
            }
        }
        return true;
    }
}
