package uk.registerly.rules.pupil;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What the school's MIS says about a pupil besides the register: the UPN, sex, and the
 * characteristics the DfE's statistics group attendance by (free school meals, SEN provision,
 * English as an additional language, looked after) and the other items of the daily attendance
 * data (ethnicity, previously looked after, child in need, child protection plan, expected leaving
 * date). Imported from the pupils CSV (docs/server.md, "Roster import"); read on the server by
 * {@code uk.registerly.server.roster.PupilCharacteristicsStore}.
 *
 * <p>Special-category data (UK GDPR article 9 covers ethnicity and health; SEN and looked-after
 * status are as sensitive): held by the server and the office only, never on a teacher's, gate's
 * or parent's device (issue 17, item 1). Every field is optional: null means the MIS did not say.
 */
public final class PupilCharacteristics {

    /** The JSON names of these fields: the server withholds every one from TEACHER, GATE and PARENT devices. */
    public static final List<String> FIELD_NAMES = Collections.unmodifiableList(Arrays.asList("upn", "sex", "fsm",
            "sen", "eal", "lookedAfter", "previouslyLookedAfter", "ethnicity", "childInNeed", "childProtectionPlan",
            "expectedLeavingDate"));

    /** Nothing known. */
    public static final PupilCharacteristics UNKNOWN = builder().build();

    private final Upn upn;
    private final Sex sex;
    private final Boolean fsm;
    private final SenStatus sen;
    private final Boolean eal;
    private final Boolean lookedAfter;
    private final Boolean previouslyLookedAfter;
    private final String ethnicity;
    private final Boolean childInNeed;
    private final Boolean childProtectionPlan;
    private final LocalDate expectedLeavingDate;

    private PupilCharacteristics(Builder b) {
        this.upn = b.upn;
        this.sex = b.sex;
        this.fsm = b.fsm;
        this.sen = b.sen;
        this.eal = b.eal;
        this.lookedAfter = b.lookedAfter;
        this.previouslyLookedAfter = b.previouslyLookedAfter;
        this.ethnicity = b.ethnicity;
        this.childInNeed = b.childInNeed;
        this.childProtectionPlan = b.childProtectionPlan;
        this.expectedLeavingDate = b.expectedLeavingDate;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.upn = upn;
        b.sex = sex;
        b.fsm = fsm;
        b.sen = sen;
        b.eal = eal;
        b.lookedAfter = lookedAfter;
        b.previouslyLookedAfter = previouslyLookedAfter;
        b.ethnicity = ethnicity;
        b.childInNeed = childInNeed;
        b.childProtectionPlan = childProtectionPlan;
        b.expectedLeavingDate = expectedLeavingDate;
        return b;
    }

    /** The UPN, permanent or temporary, or null. */
    public Upn upn() {
        return upn;
    }

    public Sex sex() {
        return sex;
    }

    /** Eligible for free school meals (the census's FSM eligibility), or null. */
    public Boolean fsm() {
        return fsm;
    }

    /** SEN provision: none, SEN support or an EHC plan, or null. */
    public SenStatus sen() {
        return sen;
    }

    /** First language other than English (EAL), or null. */
    public Boolean eal() {
        return eal;
    }

    /** Looked after by the local authority (a child in care), or null. */
    public Boolean lookedAfter() {
        return lookedAfter;
    }

    public Boolean previouslyLookedAfter() {
        return previouslyLookedAfter;
    }

    /** The census ethnicity code as the MIS exports it (e.g. WBRI), or null. */
    public String ethnicity() {
        return ethnicity;
    }

    public Boolean childInNeed() {
        return childInNeed;
    }

    public Boolean childProtectionPlan() {
        return childProtectionPlan;
    }

    public LocalDate expectedLeavingDate() {
        return expectedLeavingDate;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PupilCharacteristics)) {
            return false;
        }
        PupilCharacteristics c = (PupilCharacteristics) o;
        return Objects.equals(upn, c.upn) && sex == c.sex && Objects.equals(fsm, c.fsm) && sen == c.sen
                && Objects.equals(eal, c.eal) && Objects.equals(lookedAfter, c.lookedAfter)
                && Objects.equals(previouslyLookedAfter, c.previouslyLookedAfter)
                && Objects.equals(ethnicity, c.ethnicity) && Objects.equals(childInNeed, c.childInNeed)
                && Objects.equals(childProtectionPlan, c.childProtectionPlan)
                && Objects.equals(expectedLeavingDate, c.expectedLeavingDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(upn, sex, fsm, sen, eal, lookedAfter, previouslyLookedAfter, ethnicity, childInNeed,
                childProtectionPlan, expectedLeavingDate);
    }

    @Override
    public String toString() {
        // Special-category data: never in a log line, even by accident.
        return "PupilCharacteristics[withheld]";
    }

    /** Builds characteristics; every field defaults to null (not known). */
    public static final class Builder {
        private Upn upn;
        private Sex sex;
        private Boolean fsm;
        private SenStatus sen;
        private Boolean eal;
        private Boolean lookedAfter;
        private Boolean previouslyLookedAfter;
        private String ethnicity;
        private Boolean childInNeed;
        private Boolean childProtectionPlan;
        private LocalDate expectedLeavingDate;

        private Builder() {
        }

        public Builder upn(Upn value) {
            this.upn = value;
            return this;
        }

        public Builder sex(Sex value) {
            this.sex = value;
            return this;
        }

        public Builder fsm(Boolean value) {
            this.fsm = value;
            return this;
        }

        public Builder sen(SenStatus value) {
            this.sen = value;
            return this;
        }

        public Builder eal(Boolean value) {
            this.eal = value;
            return this;
        }

        public Builder lookedAfter(Boolean value) {
            this.lookedAfter = value;
            return this;
        }

        public Builder previouslyLookedAfter(Boolean value) {
            this.previouslyLookedAfter = value;
            return this;
        }

        public Builder ethnicity(String value) {
            this.ethnicity = value;
            return this;
        }

        public Builder childInNeed(Boolean value) {
            this.childInNeed = value;
            return this;
        }

        public Builder childProtectionPlan(Boolean value) {
            this.childProtectionPlan = value;
            return this;
        }

        public Builder expectedLeavingDate(LocalDate value) {
            this.expectedLeavingDate = value;
            return this;
        }

        public PupilCharacteristics build() {
            return new PupilCharacteristics(this);
        }
    }
}
