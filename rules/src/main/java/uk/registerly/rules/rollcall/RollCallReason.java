package uk.registerly.rules.rollcall;

/** Why a roll call was started. */
public enum RollCallReason {
    FIRE_DRILL, REAL_EVACUATION, LOCKDOWN
}
