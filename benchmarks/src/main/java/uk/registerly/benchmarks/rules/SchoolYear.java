package uk.registerly.benchmarks.rules;

import java.time.LocalDate;
import java.util.List;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.policy.SchoolPolicy;

/** A generated school year: everything the evaluator takes. */
public final class SchoolYear {
    public final SchoolPolicy policy;
    public final SchoolCalendar calendar;
    public final List<Pupil> pupils;
    public final List<AttendanceFact> facts;
    public final LocalDate asOf;

    SchoolYear(SchoolPolicy policy, SchoolCalendar calendar, List<Pupil> pupils, List<AttendanceFact> facts,
            LocalDate asOf) {
        this.policy = policy;
        this.calendar = calendar;
        this.pupils = pupils;
        this.facts = facts;
        this.asOf = asOf;
    }
}
