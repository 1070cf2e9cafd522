package uk.registerly.app.rollcall;

import androidx.annotation.Nullable;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import uk.registerly.app.data.rollcall.RollCallNow;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.rules.rollcall.RollCallReport;
import uk.registerly.rules.rollcall.SiteStatus;

/**
 * One pupil on the roll call's list as the screen shows it. The order is the one that matters with the alarm
 * ringing: those still missing first, then those accounted for, then those ticked who were not expected.
 */
public final class RollCallRow {
    public final String pupilId;
    public final String name;
    @Nullable
    public final String className;
    /** The rules' words for why the pupil is expected ("present at the AM register", "no mark yet today"). */
    public final String why;
    public final boolean flagged;
    public final boolean expected;
    @Nullable
    public final LocalDateTime accountedAt;
    /** Minutes from the start to the tick, or to now while missing. */
    public final long minutes;

    private RollCallRow(String pupilId, String name, @Nullable String className, String why, boolean flagged,
                        boolean expected, @Nullable LocalDateTime accountedAt, long minutes) {
        this.pupilId = pupilId;
        this.name = name;
        this.className = className;
        this.why = why;
        this.flagged = flagged;
        this.expected = expected;
        this.accountedAt = accountedAt;
        this.minutes = minutes;
    }

    public boolean accounted() {
        return accountedAt != null;
    }

    /** The running roll call's rows, missing first (each group by name); empty when none is running. */
    public static List<RollCallRow> of(RollCallNow now) {
        List<RollCallRow> rows = new ArrayList<>();
        RollCallReport report = now.running;
        if (report == null) {
            return rows;
        }
        for (RollCallReport.Line line : report.lines()) {
            RosterPupil pupil = now.pupils.get(line.pupil());
            String name = pupil == null ? line.pupil() : pupil.displayName();
            String className = pupil == null || pupil.classId == null ? null : now.classNames.get(pupil.classId);
            rows.add(new RollCallRow(line.pupil(), name, className, line.why(), line.status() == SiteStatus.NO_MARK,
                    line.expected(), line.accountedAt(), line.minutes()));
        }
        rows.sort(Comparator.comparingInt(RollCallRow::group).thenComparing(r -> r.name, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    private int group() {
        return !expected ? 2 : accounted() ? 1 : 0;
    }
}
