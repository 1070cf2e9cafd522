package uk.registerly.app.data.schoolday;

import java.util.Collections;
import java.util.List;

import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.rules.registers.RegisterStatus;

/** One class's register for the session as the office's registers status shows it (issue 15 item 1). */
public final class ClassRegister {
    public final String classId;
    public final String className;
    public final String yearGroup;
    /** The class's teachers, in the roster's order: the first is the one an on-behalf register names. */
    public final List<Teacher> teachers;
    /** The rules' answer: marks taken of pupils, state, when taken, minutes to the close, reminder due. */
    public final RegisterStatus status;
    /** Pupils on roll with no entry yet for the session, by name: what taking the register on behalf marks. */
    public final List<RosterPupil> unmarked;

    public ClassRegister(String classId, String className, String yearGroup, List<Teacher> teachers,
                         RegisterStatus status, List<RosterPupil> unmarked) {
        this.classId = classId;
        this.className = className;
        this.yearGroup = yearGroup;
        this.teachers = Collections.unmodifiableList(teachers);
        this.status = status;
        this.unmarked = Collections.unmodifiableList(unmarked);
    }

    /** A class teacher: the staff id a mark on their behalf carries, and their name. */
    public static final class Teacher {
        public final String staffId;
        public final String name;

        public Teacher(String staffId, String name) {
            this.staffId = staffId;
            this.name = name;
        }
    }
}
