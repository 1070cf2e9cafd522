package uk.registerly.rules.policy;

/**
 * A school rule such as Lady Boswell's: a number of U marks within one term brings a
 * warning letter with an improvement period counted in school days.
 */
public final class LateMarksWarning {
    private final int uMarksPerTerm;
    private final int improvementSchoolDays;

    public LateMarksWarning(int uMarksPerTerm, int improvementSchoolDays) {
        if (uMarksPerTerm < 1 || improvementSchoolDays < 1) {
            throw new IllegalArgumentException("the U-mark warning needs a positive count and improvement period");
        }
        this.uMarksPerTerm = uMarksPerTerm;
        this.improvementSchoolDays = improvementSchoolDays;
    }

    public int uMarksPerTerm() {
        return uMarksPerTerm;
    }

    public int improvementSchoolDays() {
        return improvementSchoolDays;
    }
}
