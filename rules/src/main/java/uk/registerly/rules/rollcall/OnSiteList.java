package uk.registerly.rules.rollcall;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.marks.FactType;
import uk.registerly.rules.marks.SessionMarkResolver;
import uk.registerly.rules.policy.SchoolPolicy;
import uk.registerly.rules.schedule.RegisterSchedule.PupilRegisters;
import uk.registerly.rules.schedule.RegisterWindow;
import uk.registerly.rules.schoolday.EarlyDeparture;
import uk.registerly.rules.schoolday.EarlyDepartureRules;
import uk.registerly.rules.schoolday.PupilReturn;

/**
 * Who should be on site now (issue 15, the fire roll call), within what the device holds: pupils present or late
 * at the latest register (or arrived at the gate since: the arrival decides the session's mark, late or U —
 * an arrival after the close is on site even though U counts as absence), minus those signed out and not
 * returned, plus those with no mark yet today, flagged. The same function of the same facts on every device
 * and on the server, so a roll call converges once they have synced. Stateless; linear in the facts.
 */
public final class OnSiteList {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final SchoolPolicy policy;

    public OnSiteList(SchoolPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * @param pupils the pupils the device holds (those not on roll {@code asOf}'s day are left out)
     * @param facts register facts of that day (any pupils; other days' are ignored)
     * @param departures early departures (any)
     * @param returns returns (any)
     * @param asOf trusted time, school-local: facts recorded after it are not yet known
     * @return one entry per pupil on roll, in the order given
     */
    public List<OnSiteEntry> compute(Collection<Pupil> pupils, Collection<AttendanceFact> facts,
            Collection<EarlyDeparture> departures, Collection<PupilReturn> returns, LocalDateTime asOf) {
        LocalDate day = asOf.toLocalDate();
        Map<String, List<AttendanceFact>> byPupil = new HashMap<>();
        for (AttendanceFact f : facts) {
            if (f.date().equals(day) && !f.at().isAfter(asOf)) {
                List<AttendanceFact> list = byPupil.get(f.pupil());
                if (list == null) {
                    list = new ArrayList<>();
                    byPupil.put(f.pupil(), list);
                }
                list.add(f);
            }
        }
        Map<String, List<EarlyDeparture>> departed = group(departures, day);
        Map<String, List<PupilReturn>> returned = groupReturns(returns, day);
        List<OnSiteEntry> out = new ArrayList<>(pupils.size());
        List<EarlyDeparture> none = new ArrayList<>();
        List<PupilReturn> noReturns = new ArrayList<>();
        for (Pupil p : pupils) {
            if (!p.isOnRollOn(day)) {
                continue;
            }
            List<EarlyDeparture> mineOut = departed.containsKey(p.id()) ? departed.get(p.id()) : none;
            List<PupilReturn> mineBack = returned.containsKey(p.id()) ? returned.get(p.id()) : noReturns;
            out.add(entry(p, byPupil.get(p.id()), mineOut, mineBack, asOf));
        }
        return out;
    }

    private OnSiteEntry entry(Pupil p, List<AttendanceFact> facts, List<EarlyDeparture> departures,
            List<PupilReturn> returns, LocalDateTime asOf) {
        EarlyDeparture out = EarlyDepartureRules.signedOutAt(p.id(), asOf, departures, returns);
        if (out != null) {
            return new OnSiteEntry(p.id(), SiteStatus.SIGNED_OUT, null, out.at(), "signed out "
                    + out.at().toLocalTime().format(HH_MM) + " \u2014 " + out.reason().label());
        }
        EffectiveMark latest = null;
        Session latestSession = null;
        if (facts != null) {
            PupilRegisters registers = policy.registers().forYearGroup(p.yearGroup());
            for (Session s : Session.values()) {
                EffectiveMark mark = resolve(p, asOf.toLocalDate(), s, registers, facts);
                if (mark != null) {
                    latest = mark;
                    latestSession = s;
                }
            }
        }
        PupilReturn back = latestReturn(returns, asOf);
        if (back != null && (latest == null || latest.decidedBy() == null || !back.at().isBefore(latest.decidedBy().at()))) {
            return new OnSiteEntry(p.id(), SiteStatus.ON_SITE, latest == null ? null : latest.code(), back.at(),
                    "returned " + back.at().toLocalTime().format(HH_MM));
        }
        if (latest == null) {
            return new OnSiteEntry(p.id(), SiteStatus.NO_MARK, null, null, "no mark yet today");
        }
        AttendanceCode code = latest.code();
        AttendanceFact decided = latest.decidedBy();
        LocalDateTime markedAt = decided == null ? null : decided.at();
        if (isOnSite(code)) {
            String why = decided != null && decided.type() == FactType.ARRIVAL
                    ? "arrived at the gate " + decided.at().toLocalTime().format(HH_MM)
                    : (code == AttendanceCode.L || code == AttendanceCode.U ? "late" : "present") + " at the "
                            + latestSession + " register";
            return new OnSiteEntry(p.id(), SiteStatus.ON_SITE, code, markedAt, why);
        }
        return new OnSiteEntry(p.id(), SiteStatus.ABSENT, code, markedAt, "absent at the " + latestSession
                + " register (" + code.symbol() + ")");
    }

    /** Present (/ \), late before the close (L) or after it (U): the pupil came in. */
    static boolean isOnSite(AttendanceCode code) {
        return code == AttendanceCode.PRESENT_AM || code == AttendanceCode.PRESENT_PM || code == AttendanceCode.L
                || code == AttendanceCode.U;
    }

    private static EffectiveMark resolve(Pupil p, LocalDate day, Session s, PupilRegisters registers,
            List<AttendanceFact> facts) {
        RegisterWindow window = registers.window(s);
        List<AttendanceFact> session = new ArrayList<>();
        for (AttendanceFact f : facts) {
            switch (f.type()) {
                case ARRIVAL:
                    if (s == registers.sessionOfArrival(f.at().toLocalTime())) {
                        session.add(f);
                    }
                    break;
                case ARRIVAL_WITHDRAWN:
                    session.add(f);
                    break;
                default:
                    if (f.session() == s) {
                        session.add(f);
                    }
            }
        }
        return session.isEmpty() ? null : SessionMarkResolver.resolve(p.id(), SchoolSession.of(day, s), window, session);
    }

    private static PupilReturn latestReturn(List<PupilReturn> returns, LocalDateTime asOf) {
        PupilReturn latest = null;
        for (PupilReturn r : returns) {
            if (!r.at().isAfter(asOf) && (latest == null || r.at().isAfter(latest.at()))) {
                latest = r;
            }
        }
        return latest;
    }

    private static Map<String, List<EarlyDeparture>> group(Collection<EarlyDeparture> all, LocalDate day) {
        Map<String, List<EarlyDeparture>> map = new HashMap<>();
        for (EarlyDeparture d : all) {
            if (d.date().equals(day)) {
                List<EarlyDeparture> list = map.get(d.pupil());
                if (list == null) {
                    list = new ArrayList<>();
                    map.put(d.pupil(), list);
                }
                list.add(d);
            }
        }
        return map;
    }

    private static Map<String, List<PupilReturn>> groupReturns(Collection<PupilReturn> all, LocalDate day) {
        Map<String, List<PupilReturn>> map = new HashMap<>();
        for (PupilReturn r : all) {
            if (r.date().equals(day)) {
                List<PupilReturn> list = map.get(r.pupil());
                if (list == null) {
                    list = new ArrayList<>();
                    map.put(r.pupil(), list);
                }
                list.add(r);
            }
        }
        return map;
    }
}
