package uk.registerly.rules.rollcall;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A roll call's report, kept as its record: started, all accounted for at, who was missing and for how long. */
public final class RollCallReport {
    /** One pupil: whether expected, when accounted for (null: missing), minutes from the start to then (or now/end). */
    public static final class Line {
        private final String pupil;
        private final SiteStatus status;
        private final String why;
        private final boolean expected;
        private final LocalDateTime accountedAt;
        private final long minutes;

        Line(String pupil, SiteStatus status, String why, boolean expected, LocalDateTime accountedAt, long minutes) {
            this.pupil = pupil;
            this.status = status;
            this.why = why;
            this.expected = expected;
            this.accountedAt = accountedAt;
            this.minutes = minutes;
        }

        public String pupil() {
            return pupil;
        }

        /** The on-site status when the roll call started (null: a pupil the device does not hold). */
        public SiteStatus status() {
            return status;
        }

        public String why() {
            return why;
        }

        public boolean expected() {
            return expected;
        }

        public LocalDateTime accountedAt() {
            return accountedAt;
        }

        public boolean missing() {
            return expected && accountedAt == null;
        }

        /** Minutes missing: from the start to being accounted for, or to the end (now, while it runs). */
        public long minutes() {
            return minutes;
        }
    }

    private final RollCall rollCall;
    private final int expected;
    private final int accounted;
    private final LocalDateTime allAccountedAt;
    private final List<Line> lines;

    RollCallReport(RollCall rollCall, int expected, int accounted, LocalDateTime allAccountedAt, List<Line> lines) {
        this.rollCall = rollCall;
        this.expected = expected;
        this.accounted = accounted;
        this.allAccountedAt = allAccountedAt;
        this.lines = Collections.unmodifiableList(new ArrayList<>(lines));
    }

    public RollCall rollCall() {
        return rollCall;
    }

    /** How many should have been on site when it started. */
    public int expected() {
        return expected;
    }

    /** How many of those are accounted for. */
    public int accounted() {
        return accounted;
    }

    /** When the last expected pupil was accounted for; null while any is missing. */
    public LocalDateTime allAccountedAt() {
        return allAccountedAt;
    }

    /** Every expected pupil, then those ticked though not expected. */
    public List<Line> lines() {
        return lines;
    }

    /** The expected pupils not accounted for. */
    public List<Line> missing() {
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            if (l.missing()) {
                out.add(l);
            }
        }
        return out;
    }
}
