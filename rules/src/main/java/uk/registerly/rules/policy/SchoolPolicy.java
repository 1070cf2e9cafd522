package uk.registerly.rules.policy;

import java.util.Objects;
import uk.registerly.rules.figures.Fraction;
import uk.registerly.rules.ladder.AttendanceLadder;
import uk.registerly.rules.schedule.RegisterSchedule;

/**
 * What the law leaves to a school, as data: register times, the attendance ladder (its stages, and the rate
 * bands they give), the attendance target, when medical evidence is asked for, the notice wanted for a leave
 * request, and any extra warning rule.
 */
public final class SchoolPolicy {
    /** Most policies ask for four weeks' notice of a leave-of-absence request. */
    public static final int DEFAULT_LEAVE_NOTICE_DAYS = 28;

    private final String name;
    private final RegisterSchedule registers;
    private final EscalationLadder ladder;
    /** Bands given explicitly (the command's "ladder", older callers); null when they come from the stages. */
    private final EscalationLadder explicitBands;
    private final AttendanceLadder attendanceLadder;
    private final Fraction targetRate;
    private final Integer medicalEvidenceAfterDays;
    private final int leaveNoticeDays;
    private final LateMarksWarning lateMarksWarning;

    private SchoolPolicy(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name");
        this.registers = Objects.requireNonNull(b.registers, "registers");
        this.attendanceLadder = b.attendanceLadder == null ? AttendanceLadder.none() : b.attendanceLadder;
        this.explicitBands = b.ladder;
        this.ladder = b.ladder != null ? b.ladder
                : this.attendanceLadder.isEmpty() ? EscalationLadder.none() : LadderBands.of(this.attendanceLadder);
        this.targetRate = b.targetRate;
        this.medicalEvidenceAfterDays = b.medicalEvidenceAfterDays;
        this.leaveNoticeDays = b.leaveNoticeDays;
        this.lateMarksWarning = b.lateMarksWarning;
        if (medicalEvidenceAfterDays != null && medicalEvidenceAfterDays < 1) {
            throw new IllegalArgumentException("medicalEvidenceAfterDays must be at least 1");
        }
        if (leaveNoticeDays < 0) {
            throw new IllegalArgumentException("leaveNoticeDays cannot be negative");
        }
    }

    public static Builder builder(String name, RegisterSchedule registers) {
        return new Builder().name(name).registers(registers);
    }

    /** A copy to adjust, e.g. one school's registers with another medical-evidence rule. */
    public Builder toBuilder() {
        return new Builder().name(name).registers(registers).ladder(explicitBands).attendanceLadder(attendanceLadder)
                .targetRate(targetRate)
                .medicalEvidenceAfterDays(medicalEvidenceAfterDays).leaveNoticeDays(leaveNoticeDays)
                .lateMarksWarning(lateMarksWarning);
    }

    public String name() {
        return name;
    }

    public RegisterSchedule registers() {
        return registers;
    }

    /**
     * The rate bands of the ladder: those given with {@link Builder#ladder}, else the ones its stages give (each
     * ESCALATION stage entered on "attendance below t" is the band up to t; see rules/README.md).
     * {@code PupilEvaluation.ladderBand()} is the band the pupil's rate is in.
     */
    public EscalationLadder ladder() {
        return ladder;
    }

    /** The school's ladder of stages (casework); empty when the school has none. */
    public AttendanceLadder attendanceLadder() {
        return attendanceLadder;
    }

    /** The school's attendance target, or null when it sets none. */
    public Fraction targetRate() {
        return targetRate;
    }

    /** Consecutive illness days after which medical evidence is asked for; null when the school sets none. */
    public Integer medicalEvidenceAfterDays() {
        return medicalEvidenceAfterDays;
    }

    public int leaveNoticeDays() {
        return leaveNoticeDays;
    }

    /** Null when the school has no such rule. */
    public LateMarksWarning lateMarksWarning() {
        return lateMarksWarning;
    }

    public static final class Builder {
        private String name;
        private RegisterSchedule registers;
        private EscalationLadder ladder;
        private AttendanceLadder attendanceLadder;
        private Fraction targetRate;
        private Integer medicalEvidenceAfterDays;
        private int leaveNoticeDays = DEFAULT_LEAVE_NOTICE_DAYS;
        private LateMarksWarning lateMarksWarning;

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder registers(RegisterSchedule registers) {
            this.registers = registers;
            return this;
        }

        /** Rate bands given explicitly, instead of the ones the stages give; null to take them from the stages. */
        public Builder ladder(EscalationLadder ladder) {
            this.ladder = ladder;
            return this;
        }

        /** The school's stages; the rate bands follow from them unless {@link #ladder} gives others. */
        public Builder attendanceLadder(AttendanceLadder ladder) {
            this.attendanceLadder = ladder;
            return this;
        }

        public Builder targetRate(Fraction targetRate) {
            this.targetRate = targetRate;
            return this;
        }

        public Builder medicalEvidenceAfterDays(Integer days) {
            this.medicalEvidenceAfterDays = days;
            return this;
        }

        public Builder leaveNoticeDays(int days) {
            this.leaveNoticeDays = days;
            return this;
        }

        public Builder lateMarksWarning(LateMarksWarning warning) {
            this.lateMarksWarning = warning;
            return this;
        }

        public SchoolPolicy build() {
            return new SchoolPolicy(this);
        }
    }
}
