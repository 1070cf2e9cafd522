package uk.registerly.rules.casework;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.registerly.rules.AutumnTerm;
import uk.registerly.rules.Facts;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.evaluation.Evaluator;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.ladder.ActionType;
import uk.registerly.rules.ladder.StageAction;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.policy.SchoolPolicy;

/**
 * The school year 2026/27 the casework tests script terms in: autumn 7 Sep - 23 Oct and 2 Nov - 18 Dec (the
 * {@link AutumnTerm} calendar), spring 4 Jan - 12 Feb and 22 Feb - 26 Mar 2027. School weeks: W0 = w/c 7 Sep,
 * W1 14 Sep, W2 21 Sep, W3 28 Sep, W4 5 Oct, W5 12 Oct, W6 19 Oct, (half term), W7 2 Nov, W8 9 Nov, W9 16 Nov,
 * W10 23 Nov, W11 30 Nov, W12 7 Dec, W13 14 Dec, (Christmas), W14 4 Jan, W15 11 Jan, W16 18 Jan, ...
 * Registers: the AutumnTerm times (AM closes 09:15).
 */
final class CaseworkYear {
    static final SchoolCalendar CALENDAR = AutumnTerm.calendar()
            .term(LocalDate.parse("2027-01-04"), LocalDate.parse("2027-02-12"))
            .term(LocalDate.parse("2027-02-22"), LocalDate.parse("2027-03-26"))
            .build();
    static final Pupil PUPIL = AutumnTerm.PUPIL;
    static final String P = PUPIL.id();

    private static int nextAction;

    private CaseworkYear() {
    }

    /** A preset with the test registers (the presets' own are for other year groups). */
    static SchoolPolicy preset(SchoolPolicy preset) {
        return preset.toBuilder().registers(AutumnTerm.REGISTERS).build();
    }

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    /**
     * A term of marks for the pupil: present at every school session from 7 Sep up to the last date given to
     * {@link #until}, except the sessions given other codes.
     */
    static final class Script {
        private final Pupil pupil;
        private final Map<SchoolSession, String> codes = new HashMap<>();

        Script(Pupil pupil) {
            this.pupil = pupil;
        }
        private final List<AttendanceFact> extra = new ArrayList<>();

        /** {@code code} for both sessions of each date. */
        Script days(String code, String... dates) {
            for (String date : dates) {
                codes.put(SchoolSession.of(d(date), Session.AM), code);
                codes.put(SchoolSession.of(d(date), Session.PM), code);
            }
            return this;
        }

        /** {@code code} for the morning session of each date. */
        Script mornings(String code, String... dates) {
            for (String date : dates) {
                codes.put(SchoolSession.of(d(date), Session.AM), code);
            }
            return this;
        }

        Script session(String date, Session session, String code) {
            codes.put(SchoolSession.of(d(date), session), code);
            return this;
        }

        /** No mark at all for the session (the register not yet taken). */
        Script unmarked(String date, Session session) {
            codes.put(SchoolSession.of(d(date), session), "");
            return this;
        }

        /** The teacher marks N at 08:45 and the gate records an arrival at {@code time} (after 09:15: U). */
        Script lateAtTheGate(String date, String time) {
            codes.put(SchoolSession.of(d(date), Session.AM), "N");
            extra.add(Facts.arrival(pupil.id(), date, time));
            return this;
        }

        /** The office replaces the session's N (or U) by {@code code}, recorded the next day. */
        Script reason(String date, Session session, String code) {
            extra.add(Facts.reason(pupil.id(), date, session, code, d(date).plusDays(1) + "T10:00:00"));
            return this;
        }

        List<AttendanceFact> until(String last) {
            List<AttendanceFact> facts = new ArrayList<>();
            for (LocalDate day : CALENDAR.schoolDays()) {
                if (day.isAfter(d(last))) {
                    break;
                }
                for (Session s : Session.values()) {
                    if (!CALENDAR.isSchoolSession(day, s)) {
                        continue;
                    }
                    String code = codes.get(SchoolSession.of(day, s));
                    if (code == null) {
                        code = s == Session.AM ? "/" : "\\";
                    }
                    if (!code.isEmpty()) {
                        facts.add(Facts.mark(pupil.id(), day.toString(), s, code, s == Session.AM ? "08:45" : "13:31"));
                    }
                }
            }
            facts.addAll(extra);
            return facts;
        }

        /** The pupil evaluated under {@code policy} with the marks up to and as of {@code asOf}. */
        PupilEvaluation evaluate(SchoolPolicy policy, String asOf) {
            return new Evaluator(preset(policy), CALENDAR).evaluatePupil(pupil, until(asOf), d(asOf));
        }

        Pupil pupil() {
            return pupil;
        }
    }

    static Script script() {
        return new Script(PUPIL);
    }

    /** A script for another pupil of the same year group. */
    static Script script(String pupil) {
        return new Script(new Pupil(pupil, PUPIL.yearGroup(), PUPIL.dateOfBirth()));
    }

    /** A case action at {@code stage}, done at 10:00 on {@code date} by the attendance officer. */
    static CaseAction action(String stage, ActionType type, String date, OutcomeKind outcome) {
        return builder(stage, type, date).outcome(outcome).build();
    }

    static CaseAction.Builder builder(String stage, ActionType type, String date) {
        return builder(P, stage, type, date);
    }

    static CaseAction.Builder builder(String pupil, String stage, ActionType type, String date) {
        StageAction action = type == ActionType.LETTER ? StageAction.letter("a-letter", null)
                : type == ActionType.CUSTOM ? StageAction.custom("Something else", null) : StageAction.of(type, null);
        return CaseAction.builder(String.format("a%04d", ++nextAction), pupil).stage(stage).action(action)
                .by(StaffMember.of("R Anand", "Attendance Officer")).at(LocalDateTime.parse(date + "T10:00:00"))
                .outcome(OutcomeKind.DONE);
    }

    static List<CaseAction> history(CaseAction... actions) {
        return Arrays.asList(actions);
    }

    static List<CaseAction> none() {
        return Collections.emptyList();
    }

    /** The ids of the stages due, most urgent first. */
    static List<String> dueStages(CaseAssessment a) {
        List<String> ids = new ArrayList<>();
        for (NextDueAction due : a.due()) {
            ids.add((due.kind() == DueKind.REVIEW ? "review " : "") + due.stage().id());
        }
        return ids;
    }
}
