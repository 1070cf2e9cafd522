package uk.registerly.rules.rollcall;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Roll calls from their events, in any order: the same incidents and reports on every device and on the server
 * once they hold the same events, whichever device started, ticked or ended what, and in whatever order the
 * events arrived. Stateless.
 *
 * <p>A start at or before the end of the incident running (or while it has no end) joins it; a later start is
 * a new roll call. An incident ends at its earliest ROLL_CALL_ENDED. A pupil's state is their latest tick (by
 * time, then id) no later than the end: ticks are reversible, and one recorded after the end is ignored.
 */
public final class RollCalls {
    private RollCalls() {
    }

    /** Every incident, earliest first. */
    public static List<RollCall> incidents(Collection<RollCallFact> facts) {
        List<RollCallFact> starts = new ArrayList<>();
        Map<String, List<RollCallFact>> byStart = new HashMap<>();
        for (RollCallFact f : facts) {
            if (f.type() == RollCallFact.Type.STARTED) {
                starts.add(f);
            } else {
                List<RollCallFact> list = byStart.get(f.rollCall());
                if (list == null) {
                    list = new ArrayList<>();
                    byStart.put(f.rollCall(), list);
                }
                list.add(f);
            }
        }
        Collections.sort(starts, RollCallFact.ORDER);
        List<RollCall> out = new ArrayList<>();
        int i = 0;
        while (i < starts.size()) {
            RollCallFact first = starts.get(i);
            Set<String> ids = new LinkedHashSet<>();
            List<RollCallFact> others = new ArrayList<>();
            LocalDateTime end = null;
            // Grow the incident: each start before its (current) end joins, and may bring an earlier end.
            while (i < starts.size() && (end == null || !starts.get(i).at().isAfter(end))) {
                RollCallFact start = starts.get(i++);
                ids.add(start.id());
                List<RollCallFact> own = byStart.get(start.id());
                if (own != null) {
                    others.addAll(own);
                    for (RollCallFact f : own) {
                        if (f.type() == RollCallFact.Type.ENDED && !f.at().isBefore(first.at())
                                && (end == null || f.at().isBefore(end))) {
                            end = f.at();
                        }
                    }
                }
            }
            Collections.sort(others, RollCallFact.ORDER);
            Map<String, RollCallFact> ticks = new HashMap<>();
            for (RollCallFact f : others) {
                if (f.type() == RollCallFact.Type.ACCOUNTED && (end == null || !f.at().isAfter(end))) {
                    ticks.put(f.pupil(), f);
                }
            }
            out.add(new RollCall(first.id(), ids, first.reason(), first.at(), end, ticks));
        }
        return out;
    }

    /** The incident {@code id} (any of its starts' ids), or null. */
    public static RollCall find(Collection<RollCallFact> facts, String id) {
        for (RollCall call : incidents(facts)) {
            if (call.startIds().contains(id)) {
                return call;
            }
        }
        return null;
    }

    /** The incident running (started, not ended), or null; the latest if several. */
    public static RollCall current(Collection<RollCallFact> facts) {
        RollCall open = null;
        for (RollCall call : incidents(facts)) {
            if (call.isOpen()) {
                open = call;
            }
        }
        return open;
    }

    /**
     * The roll call's report: who was expected (the on-site list as it stood when it started), who is accounted
     * for and when, who is missing and for how long.
     *
     * @param onSiteAtStart {@link OnSiteList#compute} as of {@link RollCall#startedAt()}
     * @param now trusted time, school-local: a running roll call's missing are missing until now
     */
    public static RollCallReport report(RollCall call, List<OnSiteEntry> onSiteAtStart, LocalDateTime now) {
        LocalDateTime until = call.endedAt() != null ? call.endedAt() : now;
        List<RollCallReport.Line> lines = new ArrayList<>();
        LocalDateTime allAccounted = call.startedAt();
        int accounted = 0;
        int expected = 0;
        Set<String> seen = new LinkedHashSet<>();
        for (OnSiteEntry e : onSiteAtStart) {
            seen.add(e.pupil());
            if (!e.status().expected()) {
                continue;
            }
            expected++;
            LocalDateTime at = call.accountedAt(e.pupil());
            if (at != null) {
                accounted++;
                allAccounted = at.isAfter(allAccounted) ? at : allAccounted;
            }
            lines.add(new RollCallReport.Line(e.pupil(), e.status(), e.why(), true, at,
                    minutes(call.startedAt(), at != null ? at : until)));
        }
        for (String pupil : call.accounted()) {
            if (!seen.contains(pupil) || !expectedIn(onSiteAtStart, pupil)) {
                // ticked though the data said they were not here (signed out, absent): shown, not counted
                LocalDateTime at = call.accountedAt(pupil);
                lines.add(new RollCallReport.Line(pupil, statusIn(onSiteAtStart, pupil), "accounted for, not expected",
                        false, at, minutes(call.startedAt(), at)));
            }
        }
        return new RollCallReport(call, expected, accounted, accounted == expected ? allAccounted : null, lines);
    }

    private static boolean expectedIn(List<OnSiteEntry> entries, String pupil) {
        SiteStatus s = statusIn(entries, pupil);
        return s != null && s.expected();
    }

    private static SiteStatus statusIn(List<OnSiteEntry> entries, String pupil) {
        for (OnSiteEntry e : entries) {
            if (e.pupil().equals(pupil)) {
                return e.status();
            }
        }
        return null;
    }

    private static long minutes(LocalDateTime from, LocalDateTime to) {
        long seconds = Duration.between(from, to).getSeconds();
        return seconds <= 0 ? 0 : (seconds + 59) / 60;
    }
}
