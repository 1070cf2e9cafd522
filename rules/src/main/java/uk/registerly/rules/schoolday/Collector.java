package uk.registerly.rules.schoolday;

import java.util.Objects;

/**
 * Who collected a pupil who left early: a guardian named on the roster ({@link #guardian}), or another adult
 * with their relationship to the pupil ({@link #adult}); nobody for a pupil who left alone (a secondary pupil
 * going to an appointment with the parent's consent, say), which {@link #nobody} says outright.
 */
public final class Collector {
    private final String guardianId;
    private final String name;
    private final String relationship;

    private Collector(String guardianId, String name, String relationship) {
        this.guardianId = guardianId;
        this.name = name;
        this.relationship = relationship;
    }

    public static Collector guardian(String guardianId) {
        return new Collector(Objects.requireNonNull(guardianId, "guardianId"), null, null);
    }

    /** Another adult: a name and a relationship are required by the check (blank ones are refused there). */
    public static Collector adult(String name, String relationship) {
        return new Collector(null, name, relationship);
    }

    public static Collector nobody() {
        return new Collector(null, null, null);
    }

    /** The guardian's id on the roster, or null. */
    public String guardianId() {
        return guardianId;
    }

    /** Another adult's name, or null. */
    public String name() {
        return name;
    }

    /** Another adult's relationship to the pupil, or null. */
    public String relationship() {
        return relationship;
    }

    public boolean isGuardian() {
        return guardianId != null;
    }

    public boolean isNobody() {
        return guardianId == null && name == null && relationship == null;
    }
}
