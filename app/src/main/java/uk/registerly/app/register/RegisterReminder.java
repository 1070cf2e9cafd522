package uk.registerly.app.register;

import androidx.annotation.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import uk.registerly.app.data.roster.SchoolClass;
import uk.registerly.app.data.schoolday.ClassRegister;
import uk.registerly.app.data.schoolday.RegistersToday;
import uk.registerly.rules.calendar.Session;

/**
 * The teacher's reminder (issue 15 item 1): one of their registers is not taken and closes within the rules'
 * {@code RegisterStatusRules.REMINDER_MINUTES}. The one closing first is named; the others are counted.
 */
public final class RegisterReminder {
    public final String classId;
    public final String className;
    public final LocalDate date;
    public final Session session;
    public final long minutesToClose;
    public final int marked;
    public final int pupils;
    /** The teacher's other registers due a reminder at the same time. */
    public final int others;

    private RegisterReminder(ClassRegister register, LocalDate date, Session session, int others) {
        this.classId = register.classId;
        this.className = register.className;
        this.date = date;
        this.session = session;
        Long minutes = register.status.minutesToClose();
        this.minutesToClose = minutes == null ? 0 : minutes;
        this.marked = register.status.marked();
        this.pupils = register.status.pupils();
        this.others = others;
    }

    /**
     * The reminder for {@code mine} (the classes this teacher teaches or covers) from today's registers, or null
     * when none is due: the rules decide "due" ({@code RegisterStatus.reminderDue}); this only picks the teacher's.
     */
    @Nullable
    public static RegisterReminder of(@Nullable RegistersToday today, @Nullable Collection<SchoolClass> mine) {
        if (today == null || mine == null || !today.schoolSession) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        for (SchoolClass c : mine) {
            ids.add(c.id);
        }
        List<ClassRegister> due = new ArrayList<>();
        for (ClassRegister register : today.classes) {
            if (ids.contains(register.classId) && register.status.reminderDue()) {
                due.add(register);
            }
        }
        if (due.isEmpty()) {
            return null;
        }
        ClassRegister first = due.get(0);
        for (ClassRegister register : due) {
            if (register.status.closesAt().isBefore(first.status.closesAt())) {
                first = register;
            }
        }
        return new RegisterReminder(first, today.date, today.session, due.size() - 1);
    }

    /** Whether the register on screen is the one this reminder names. */
    public boolean isFor(@Nullable RegisterSelection shown) {
        return shown != null && shown.classId.equals(classId) && shown.date.equals(date) && shown.session == session;
    }
}
