package uk.registerly.rules.spotcheck;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.rollcall.OnSiteEntry;
import uk.registerly.rules.rollcall.OnSiteList;
import uk.registerly.rules.rollcall.SiteStatus;
import uk.registerly.rules.schoolday.EarlyDeparture;
import uk.registerly.rules.schoolday.PupilReturn;
import uk.registerly.rules.schoolday.SchoolDayPolicy;
import uk.registerly.rules.schoolday.SchoolDayProblem;

/**
 * Internal-truancy spot checks (issue 15; Basildon Lower: "spot checks on classrooms to identify internal truants
 * and inform parents/carers"). A pupil expected at the check, marked present at registration, not found, and not
 * signed out (or back since) becomes an alert for the office — when the school has the alerts on ({@link
 * SchoolDayPolicy#spotCheckAlerts()}). Stateless.
 */
public final class SpotCheckRules {
    private final OnSiteList onSite;
    private final SchoolDayPolicy dayPolicy;

    public SpotCheckRules(OnSiteList onSite, SchoolDayPolicy dayPolicy) {
        this.onSite = Objects.requireNonNull(onSite, "onSite");
        this.dayPolicy = Objects.requireNonNull(dayPolicy, "dayPolicy");
    }

    /** Null when the check may be recorded: it expected someone (found pupils not expected are kept: seen elsewhere). */
    public static SchoolDayProblem check(SpotCheck check) {
        if (check.expected().isEmpty()) {
            return new SchoolDayProblem(SchoolDayProblem.Code.SPOT_CHECK_INCOMPLETE, "expected",
                    "a spot check lists the pupils expected in " + check.where());
        }
        return null;
    }

    /**
     * The alerts the check raises, as the facts stood at its time (a register mark recorded after it does not
     * change what the check found).
     *
     * @param pupils the expected pupils (others are ignored)
     */
    public List<TruancyAlert> alerts(SpotCheck check, Collection<Pupil> pupils, Collection<AttendanceFact> facts,
            Collection<EarlyDeparture> departures, Collection<PupilReturn> returns) {
        List<TruancyAlert> alerts = new ArrayList<>();
        if (!dayPolicy.spotCheckAlerts()) {
            return alerts;
        }
        List<Pupil> missing = new ArrayList<>();
        for (Pupil p : pupils) {
            if (check.expected().contains(p.id()) && !check.found().contains(p.id())) {
                missing.add(p);
            }
        }
        Map<String, OnSiteEntry> status = new HashMap<>();
        for (OnSiteEntry e : onSite.compute(missing, facts, departures, returns, check.at())) {
            status.put(e.pupil(), e);
        }
        for (Pupil p : missing) {
            OnSiteEntry e = status.get(p.id());
            // Only a pupil the register says came in and who is not signed out: an absent or unmarked pupil is the
            // first-day calling list's, a signed-out one the sign-out book's.
            if (e != null && e.status() == SiteStatus.ON_SITE && e.code() != null) {
                alerts.add(new TruancyAlert(p.id(), check, e.code()));
            }
        }
        return alerts;
    }
}
