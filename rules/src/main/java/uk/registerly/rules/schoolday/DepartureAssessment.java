package uk.registerly.rules.schoolday;

/**
 * What an early departure means under the school's policy: whether it complies, whether the office is to be
 * told (flagged), and the policy sentence the judgement implements.
 */
public final class DepartureAssessment {
    private final boolean compliant;
    private final String why;
    private final String policy;

    DepartureAssessment(boolean compliant, String why, String policy) {
        this.compliant = compliant;
        this.why = why;
        this.policy = policy;
    }

    /** Whether the departure was approved as the school's policy asks. */
    public boolean compliant() {
        return compliant;
    }

    /** Whether the office is shown it as an unapproved early collection. */
    public boolean flagged() {
        return !compliant;
    }

    /** A sentence for the office: why it is flagged, or that it was approved and by whom. */
    public String why() {
        return why;
    }

    /** The policy sentence behind the judgement. */
    public String policy() {
        return policy;
    }
}
