package uk.registerly.rules.schoolday;

import java.util.Locale;

/**
 * What a school decides about the day between registers (issue 15), as data, with the sentence of its policy
 * each setting implements. The presets follow the four seed schools' published policies; any other school gets
 * {@link #standard()}.
 */
public final class SchoolDayPolicy {
    /** Lady Boswell's CE Primary's attendance policy. */
    public static final String LADY_BOSWELLS_COLLECTION =
            "Lady Boswell's attendance policy: pupils may be collected early only for approved absences.";
    /** Basildon Lower Academy's attendance policy. */
    public static final String BASILDON_SPOT_CHECKS = "Basildon Lower Academy's attendance policy: spot checks on"
            + " classrooms to identify internal truants and inform parents/carers.";
    /** Millbrook Primary's attendance policy. */
    public static final String MILLBROOK_FIRST_DAY = "Millbrook Primary's attendance policy: we will telephone or"
            + " text you on the first day of absence if we have not heard from you.";
    static final String STANDARD_COLLECTION = "An early collection the school has not approved is flagged for the"
            + " office (School Attendance Guidance 2024: the school must know why a pupil is absent).";
    static final String STANDARD_SPOT_CHECKS = "A pupil registered present and not found at a spot check, and not"
            + " signed out, is an internal-truancy alert for the office.";
    static final String STANDARD_FIRST_DAY = "First-day calling: contact the parent on the morning of the first day"
            + " of an unexplained absence (School Attendance Guidance 2024).";

    private final boolean collectionOnlyForApprovedAbsence;
    private final String collectionPolicy;
    private final boolean spotCheckAlerts;
    private final String spotCheckPolicy;
    private final boolean notifyAbsence;
    private final boolean notifyUnapprovedCollection;
    private final boolean notifyLateAfterClose;
    private final String firstDayPolicy;

    private SchoolDayPolicy(boolean collectionOnlyForApprovedAbsence, String collectionPolicy, boolean spotCheckAlerts,
            String spotCheckPolicy, boolean notifyAbsence, boolean notifyUnapprovedCollection,
            boolean notifyLateAfterClose, String firstDayPolicy) {
        this.collectionOnlyForApprovedAbsence = collectionOnlyForApprovedAbsence;
        this.collectionPolicy = collectionPolicy;
        this.spotCheckAlerts = spotCheckAlerts;
        this.spotCheckPolicy = spotCheckPolicy;
        this.notifyAbsence = notifyAbsence;
        this.notifyUnapprovedCollection = notifyUnapprovedCollection;
        this.notifyLateAfterClose = notifyLateAfterClose;
        this.firstDayPolicy = firstDayPolicy;
    }

    /**
     * Every school: an unapproved early collection is flagged, spot-check alerts are on, and the parent's app is
     * told of an unexplained absence (N after the register closes) — not of late arrivals or collections.
     */
    public static SchoolDayPolicy standard() {
        return new SchoolDayPolicy(false, STANDARD_COLLECTION, true, STANDARD_SPOT_CHECKS, true, false, false,
                STANDARD_FIRST_DAY);
    }

    /** The seed school's policy by preset name (millbrook, basildon-lower, lady-boswells, wenlock), else standard. */
    public static SchoolDayPolicy forPreset(String preset) {
        String name = preset == null ? "" : preset.toLowerCase(Locale.ROOT);
        switch (name) {
            case "lady-boswells":
                // Early collection is allowed only for approved absences: an unapproved one, or one whose reason
                // authorises no absence, breaks the policy; the parent's app is told of such a collection too.
                return new SchoolDayPolicy(true, LADY_BOSWELLS_COLLECTION, true, STANDARD_SPOT_CHECKS, true, true,
                        false, STANDARD_FIRST_DAY);
            case "basildon-lower":
                // Spot checks inform parents/carers: the parent's app is told of an absence and of a late arrival
                // after the register closed (U).
                return new SchoolDayPolicy(false, STANDARD_COLLECTION, true, BASILDON_SPOT_CHECKS, true, false, true,
                        STANDARD_FIRST_DAY);
            case "millbrook":
                return new SchoolDayPolicy(false, STANDARD_COLLECTION, true, STANDARD_SPOT_CHECKS, true, true, true,
                        MILLBROOK_FIRST_DAY);
            default:
                return standard();
        }
    }

    /** A copy with the spot-check alerts on or off (the school's setting). */
    public SchoolDayPolicy withSpotCheckAlerts(boolean on) {
        return new SchoolDayPolicy(collectionOnlyForApprovedAbsence, collectionPolicy, on, spotCheckPolicy,
                notifyAbsence, notifyUnapprovedCollection, notifyLateAfterClose, firstDayPolicy);
    }

    /** A copy with the parent's-app notices chosen (absence, unapproved collection, late after close). */
    public SchoolDayPolicy withParentNotices(boolean absence, boolean unapprovedCollection, boolean lateAfterClose) {
        return new SchoolDayPolicy(collectionOnlyForApprovedAbsence, collectionPolicy, spotCheckAlerts, spotCheckPolicy,
                absence, unapprovedCollection, lateAfterClose, firstDayPolicy);
    }

    /** Whether an early collection complies only when approved for a reason that authorises the absence. */
    public boolean collectionOnlyForApprovedAbsence() {
        return collectionOnlyForApprovedAbsence;
    }

    /** The policy sentence behind the early-collection assessment. */
    public String collectionPolicy() {
        return collectionPolicy;
    }

    public boolean spotCheckAlerts() {
        return spotCheckAlerts;
    }

    public String spotCheckPolicy() {
        return spotCheckPolicy;
    }

    /** Whether the parent's app is told when the child is N after the register closes with no report. */
    public boolean notifyAbsence() {
        return notifyAbsence;
    }

    public boolean notifyUnapprovedCollection() {
        return notifyUnapprovedCollection;
    }

    public boolean notifyLateAfterClose() {
        return notifyLateAfterClose;
    }

    public String firstDayPolicy() {
        return firstDayPolicy;
    }
}
