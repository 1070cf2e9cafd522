package uk.registerly.rules.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.registerly.rules.age.CompulsorySchoolAge;
import uk.registerly.rules.alerts.AlertsEngine;
import uk.registerly.rules.alerts.PupilAlerts;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.figures.PupilFigures;
import uk.registerly.rules.figures.ReportingPeriod;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.marks.FactType;
import uk.registerly.rules.marks.SessionMarkResolver;
import uk.registerly.rules.policy.SchoolPolicy;
import uk.registerly.rules.schedule.RegisterSchedule.PupilRegisters;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * The one entry point the app, the server and the command share: from a school's
 * policy and calendar, its pupils and every recorded fact, the marks, unmarked
 * sessions, figures and alerts as of a date.
 *
 * <p>Facts are indexed once by pupil and session, so the cost grows with the number of
 * facts and sessions, not their product. Stateless and thread-safe.
 */
public final class Evaluator {
    private static final int SESSIONS = Session.values().length;

    private final SchoolPolicy policy;
    private final SchoolCalendar calendar;
    private final AlertsEngine alerts;

    public Evaluator(SchoolPolicy policy, SchoolCalendar calendar) {
        this.policy = policy;
        this.calendar = calendar;
        this.alerts = new AlertsEngine(calendar, policy);
    }

    public SchoolPolicy policy() {
        return policy;
    }

    public SchoolCalendar calendar() {
        return calendar;
    }

    /**
     * @param facts every recorded fact, in any order (facts of pupils not listed are
     *     reported, not evaluated)
     * @param asOf sessions after this date are not evaluated; facts recorded after it still count
     */
    public AttendanceEvaluation evaluate(Collection<Pupil> pupils, Collection<AttendanceFact> facts, LocalDate asOf) {
        Map<String, List<AttendanceFact>> byPupil = new HashMap<>();
        for (Pupil pupil : pupils) {
            byPupil.put(pupil.id(), new ArrayList<AttendanceFact>());
        }
        List<AttendanceFact> unknown = new ArrayList<>();
        for (AttendanceFact fact : facts) {
            List<AttendanceFact> own = byPupil.get(fact.pupil());
            if (own == null) {
                unknown.add(fact);
            } else {
                own.add(fact);
            }
        }
        List<Pupil> ordered = new ArrayList<>(pupils);
        ordered.sort(Comparator.comparing(Pupil::id));
        List<PupilEvaluation> evaluations = new ArrayList<>(ordered.size());
        for (Pupil pupil : ordered) {
            evaluations.add(evaluatePupil(pupil, byPupil.get(pupil.id()), asOf));
        }
        return new AttendanceEvaluation(asOf, evaluations, unknown);
    }

    /**
     * @param facts the pupil's own facts, in any order; a withdrawal joins the session of the
     *     arrival it takes back, and is kept aside while that arrival is not among them
     */
    public PupilEvaluation evaluatePupil(Pupil pupil, Collection<AttendanceFact> facts, LocalDate asOf) {
        PupilRegisters registers = policy.registers().forYearGroup(pupil.yearGroup());
        List<LocalDate> termDays = calendar.termDays();
        @SuppressWarnings("unchecked")
        List<AttendanceFact>[] bySlot = new List[termDays.size() * SESSIONS];
        List<AttendanceFact> outside = new ArrayList<>();
        Map<String, List<AttendanceFact>> withdrawals = withdrawalsByArrival(facts);
        Set<AttendanceFact> placedWithdrawals = withdrawals == null ? null : new HashSet<AttendanceFact>();
        for (AttendanceFact fact : facts) {
            if (fact.type() == FactType.ARRIVAL_WITHDRAWN) {
                continue; // placed beside the arrival it withdraws, below
            }
            Session session = fact.type() == FactType.ARRIVAL
                    ? registers.sessionOfArrival(fact.at().toLocalTime()) : fact.session();
            int day = session == null ? -1 : calendar.termDayIndex(fact.date());
            List<AttendanceFact> target;
            if (day < 0 || !calendar.isSchoolSession(fact.date(), session)) {
                target = outside;
            } else {
                int slot = day * SESSIONS + session.ordinal();
                if (bySlot[slot] == null) {
                    bySlot[slot] = new ArrayList<>(2);
                }
                target = bySlot[slot];
            }
            target.add(fact);
            if (withdrawals != null && fact.type() == FactType.ARRIVAL) {
                List<AttendanceFact> ofThisArrival = withdrawals.get(fact.id());
                for (int i = 0; ofThisArrival != null && i < ofThisArrival.size(); i++) {
                    AttendanceFact withdrawal = ofThisArrival.get(i);
                    if (!target.contains(withdrawal)) {
                        target.add(withdrawal);
                    }
                    placedWithdrawals.add(withdrawal);
                }
            }
        }
        if (withdrawals != null) {
            // Withdrawals of arrivals not (yet) known: kept, deciding nothing, until the arrival turns up.
            for (List<AttendanceFact> ofArrival : withdrawals.values()) {
                for (AttendanceFact withdrawal : ofArrival) {
                    if (placedWithdrawals.add(withdrawal)) {
                        outside.add(withdrawal);
                    }
                }
            }
        }

        List<EffectiveMark> marks = new ArrayList<>();
        List<SchoolSession> unmarked = new ArrayList<>();
        PupilFigures.Tally tally = PupilFigures.tally(pupil.id());
        for (int day = 0; day < termDays.size() && !termDays.get(day).isAfter(asOf); day++) {
            LocalDate date = termDays.get(day);
            for (Session s : Session.values()) {
                SchoolSession session = SchoolSession.of(date, s);
                AttendanceCode closure = calendar.closureCode(date, s);
                List<AttendanceFact> sessionFacts = bySlot[day * SESSIONS + s.ordinal()];
                EffectiveMark mark;
                if (closure != null) {
                    mark = EffectiveMark.closure(pupil.id(), session, closure);
                } else if (sessionFacts == null) {
                    mark = null;
                } else {
                    RegisterWindow window = registers.window(s);
                    mark = SessionMarkResolver.resolve(pupil.id(), session, window, sessionFacts);
                }
                if (mark == null) {
                    unmarked.add(session);
                } else {
                    marks.add(mark);
                    tally.add(mark.code());
                }
            }
        }
        PupilFigures figures = tally.build();
        // The figures every screen shows, and the ladder band, are the school year's to date (from admission).
        ReportingPeriod yearToDate = ReportingPeriod.schoolYearToDate(asOf, pupil.onRollFrom());
        PupilFigures yearFigures = yearToDate.figures(pupil.id(), marks);
        CompulsorySchoolAge age = pupil.compulsorySchoolAge();
        PupilAlerts pupilAlerts = alerts.assess(pupil.id(), age, marks, asOf);
        return new PupilEvaluation(pupil, asOf, calendar, marks, unmarked, figures, yearToDate, yearFigures,
                pupilAlerts.alerts(), pupilAlerts.penaltyWindowSessions(), pupilAlerts.penaltyWindowHistory(),
                policy.ladder().bandFor(yearFigures.attendanceRate()), outside);
    }

    /**
     * The withdrawals among {@code facts}, by the id of the arrival each takes back; null when
     * there are none (nearly always), so evaluating allocates nothing for them.
     */
    private static Map<String, List<AttendanceFact>> withdrawalsByArrival(Collection<AttendanceFact> facts) {
        Map<String, List<AttendanceFact>> byArrival = null;
        for (AttendanceFact fact : facts) {
            if (fact.type() == FactType.ARRIVAL_WITHDRAWN) {
                if (byArrival == null) {
                    byArrival = new HashMap<>();
                }
                List<AttendanceFact> list = byArrival.get(fact.withdrawnArrival());
                if (list == null) {
                    list = new ArrayList<>(1);
                    byArrival.put(fact.withdrawnArrival(), list);
                }
                list.add(fact);
            }
        }
        return byArrival;
    }
}
