package uk.registerly.rules.casework;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

/**
 * What the national framework still allows for one parent and one child on a date, from the notices on the
 * child's case: the next step, what it would cost, and why. Nothing here is issued automatically: the
 * headteacher decides each case and the local authority issues notices. Immutable.
 */
public final class PenaltyNoticeOptions {
    /** The framework's next step for this parent and child. */
    public enum Step {
        /** No notice to improve and no penalty notice in the last 3 years: a notice to improve usually comes first. */
        NOTICE_TO_IMPROVE,
        /** A first penalty notice: £80 if paid within 21 days, £160 within 28. */
        FIRST_PENALTY_NOTICE,
        /** A second within 3 years of the first: £160, no reduced rate. */
        SECOND_PENALTY_NOTICE,
        /** Two in 3 years: no third before the 3 years end; other action (prosecution, a parenting order). */
        OTHER_ACTION
    }

    private final String parent;
    private final String child;
    private final LocalDate asOf;
    private final Step step;
    private final List<PenaltyAmount> amounts;
    private final List<IssuedNotice> notices;
    private final List<IssuedNotice> inPeriod;
    private final LocalDate periodStart;
    private final String explanation;

    PenaltyNoticeOptions(String parent, String child, LocalDate asOf, Step step, List<PenaltyAmount> amounts,
            List<IssuedNotice> notices, List<IssuedNotice> inPeriod, LocalDate periodStart, String explanation) {
        this.parent = parent;
        this.child = child;
        this.asOf = asOf;
        this.step = step;
        this.amounts = Collections.unmodifiableList(amounts);
        this.notices = Collections.unmodifiableList(notices);
        this.inPeriod = Collections.unmodifiableList(inPeriod);
        this.periodStart = periodStart;
        this.explanation = explanation;
    }

    public String parent() {
        return parent;
    }

    public String child() {
        return child;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Step step() {
        return step;
    }

    /** Whether the framework still allows a penalty notice to this parent for this child (now or after a notice to improve). */
    public boolean isPenaltyNoticeAllowed() {
        return step != Step.OTHER_ACTION;
    }

    /**
     * The amounts of the penalty notice the framework allows next: for a first (also after the notice to improve
     * that comes first) £80 within 21 days and £160 within 28; for a second £160 within 28; none for OTHER_ACTION.
     */
    public List<PenaltyAmount> amounts() {
        return amounts;
    }

    /** Every notice to improve and penalty notice to this parent for this child up to the date, oldest first. */
    public List<IssuedNotice> notices() {
        return notices;
    }

    /** The penalty notices counted in the current 3-year period (0, 1 or 2), oldest first. */
    public List<IssuedNotice> penaltyNoticesInPeriod() {
        return inPeriod;
    }

    /** The first notice of the current 3-year period (issued on or after 19 Aug 2024); null when none is running. */
    public LocalDate periodStart() {
        return periodStart;
    }

    /** The first day after the current 3-year period; null when none is running. */
    public LocalDate periodEnd() {
        return periodStart == null ? null : periodStart.plusYears(PenaltyNotices.PERIOD_YEARS);
    }

    /** For OTHER_ACTION: the first day a penalty notice could again be issued; null otherwise. */
    public LocalDate noFurtherNoticeUntil() {
        return step == Step.OTHER_ACTION ? periodEnd() : null;
    }

    /** In English, with the dates and amounts, for the pupil's record. */
    public String explanation() {
        return explanation;
    }

    @Override
    public String toString() {
        return step + ": " + explanation;
    }
}
