package uk.registerly.rules.cli;

import java.time.LocalDate;
import java.util.List;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.policy.SchoolPolicy;

/** A validated scenario: everything the evaluator needs. */
final class Scenario {
    final LocalDate asOf;
    final SchoolPolicy policy;
    /** Whether the scenario asked for a policy (so the output shows ladder actions). */
    final boolean policyGiven;
    final SchoolCalendar calendar;
    final List<Pupil> pupils;
    final List<AttendanceFact> facts;

    Scenario(LocalDate asOf, SchoolPolicy policy, boolean policyGiven, SchoolCalendar calendar, List<Pupil> pupils,
            List<AttendanceFact> facts) {
        this.asOf = asOf;
        this.policy = policy;
        this.policyGiven = policyGiven;
        this.calendar = calendar;
        this.pupils = pupils;
        this.facts = facts;
    }
}
