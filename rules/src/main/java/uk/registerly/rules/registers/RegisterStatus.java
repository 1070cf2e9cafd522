package uk.registerly.rules.registers;

import java.time.LocalDateTime;

/**
 * One class's register for one session, as the office's registers status shows it (issue 15): how many of its
 * pupils have an entry, its state, when it was taken, when it closes, and whether it is due for a reminder
 * (not taken, and closing within {@link RegisterStatusRules#REMINDER_MINUTES} minutes).
 */
public final class RegisterStatus {
    private final String classId;
    private final int pupils;
    private final int marked;
    private final RegisterState state;
    private final LocalDateTime takenAt;
    private final LocalDateTime closesAt;
    private final Long minutesToClose;
    private final boolean reminderDue;
    private final boolean takenOnBehalf;

    RegisterStatus(String classId, int pupils, int marked, RegisterState state, LocalDateTime takenAt,
            LocalDateTime closesAt, Long minutesToClose, boolean reminderDue, boolean takenOnBehalf) {
        this.classId = classId;
        this.pupils = pupils;
        this.marked = marked;
        this.state = state;
        this.takenAt = takenAt;
        this.closesAt = closesAt;
        this.minutesToClose = minutesToClose;
        this.reminderDue = reminderDue;
        this.takenOnBehalf = takenOnBehalf;
    }

    public String classId() {
        return classId;
    }

    /** Pupils of the class on roll that day with a register for the session. */
    public int pupils() {
        return pupils;
    }

    /** Of those, how many have an entry (a register mark, or the office's reason or amendment). */
    public int marked() {
        return marked;
    }

    public RegisterState state() {
        return state;
    }

    /** When the last entry that completed the register was recorded; null unless TAKEN. */
    public LocalDateTime takenAt() {
        return takenAt;
    }

    /** When the register closes, school-local; null when no pupil of the class has one for the session. */
    public LocalDateTime closesAt() {
        return closesAt;
    }

    /** Whole minutes from now to the close, rounded up; 0 once closed; null when there is no close. */
    public Long minutesToClose() {
        return minutesToClose;
    }

    /** Not taken, still open, and closing within the reminder's minutes: highlighted, and the teacher reminded. */
    public boolean reminderDue() {
        return reminderDue;
    }

    /** Whether any mark of it was recorded by the office on the teacher's behalf. */
    public boolean takenOnBehalf() {
        return takenOnBehalf;
    }
}
