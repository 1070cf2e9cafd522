package uk.registerly.app.register;

import androidx.annotation.Nullable;

import java.util.Collections;
import java.util.List;

import uk.registerly.app.data.roster.SchoolClass;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * Everything the register screen shows, in one value: the teacher's classes, which register is
 * on screen, its rows, its window and where it stands now. {@link RegisterViewModel} builds a new
 * one whenever any part changes; the screen draws the parts that changed. Parts not known yet are
 * null (the school's calendar before the first sync, the rows while they are computed).
 */
public final class RegisterUiState {
    /** What the screen says instead of a register. */
    public enum Empty { NONE, NO_CALENDAR, NO_CLASSES }

    static final RegisterUiState LOADING = new RegisterUiState(null, null, null, null, null, null, false);

    /** The classes this teacher teaches, for the class list (tablet) or the class menu (phone). */
    @Nullable
    public final List<SchoolClass> classes;
    @Nullable
    public final RegisterSelection selection;
    /** The rows of the register on screen, with marks and parents' reports. */
    @Nullable
    public final List<RegisterRowModel> rows;
    /** The class's register times for the session. */
    @Nullable
    public final RegisterWindow window;
    /** Where the register stands now (ticks every second). */
    @Nullable
    public final RegisterClock clock;
    @Nullable
    public final SchoolTime schoolTime;
    /** Whether the register on screen is today's at the school. */
    public final boolean onToday;

    RegisterUiState(@Nullable List<SchoolClass> classes, @Nullable RegisterSelection selection,
                    @Nullable List<RegisterRowModel> rows, @Nullable RegisterWindow window,
                    @Nullable RegisterClock clock, @Nullable SchoolTime schoolTime, boolean onToday) {
        this.classes = classes;
        this.selection = selection;
        this.rows = rows;
        this.window = window;
        this.clock = clock;
        this.schoolTime = schoolTime;
        this.onToday = onToday;
    }

    /** The session on screen; the morning until a register is chosen. */
    public Session session() {
        return selection == null ? Session.AM : selection.session;
    }

    /** The name of the class on screen (its id until the classes are known). */
    @Nullable
    public String className() {
        if (selection == null) {
            return null;
        }
        for (SchoolClass schoolClass : classes == null ? Collections.<SchoolClass>emptyList() : classes) {
            if (schoolClass.id.equals(selection.classId)) {
                return schoolClass.name;
            }
        }
        return selection.classId;
    }

    @Nullable
    public RegisterRowModel row(String pupilId) {
        for (RegisterRowModel row : rows == null ? Collections.<RegisterRowModel>emptyList() : rows) {
            if (row.pupilId.equals(pupilId)) {
                return row;
            }
        }
        return null;
    }

    /** Pupils "mark all remaining present" would mark now. */
    public List<String> remaining() {
        return rows == null ? Collections.<String>emptyList() : RegisterRowModel.unmarked(rows);
    }

    /** Whether "mark all remaining present" is offered (while the register is open). */
    public boolean offersMarkAll() {
        return clock != null && clock.allowsMarkAll();
    }

    public Empty empty() {
        if (schoolTime != null && !schoolTime.isKnown()) {
            return Empty.NO_CALENDAR;
        }
        return classes != null && classes.isEmpty() ? Empty.NO_CLASSES : Empty.NONE;
    }
}
