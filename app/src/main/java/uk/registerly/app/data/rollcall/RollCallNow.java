package uk.registerly.app.data.rollcall;

import androidx.annotation.Nullable;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Map;

import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.rules.rollcall.RollCallReport;

/** The device's view of the roll call: the one running (its report), or none, at {@link #now}. */
public final class RollCallNow {
    /** School-local time it was worked out at. */
    public final LocalDateTime now;
    /** The running roll call's report (expected, accounted, missing, minutes); null when none is running. */
    @Nullable
    public final RollCallReport running;
    /** The report's pupils by id, for their names and classes. */
    public final Map<String, RosterPupil> pupils;
    /** Class names by class id. */
    public final Map<String, String> classNames;

    public RollCallNow(LocalDateTime now, @Nullable RollCallReport running, Map<String, RosterPupil> pupils,
                       Map<String, String> classNames) {
        this.now = now;
        this.running = running;
        this.pupils = Collections.unmodifiableMap(pupils);
        this.classNames = Collections.unmodifiableMap(classNames);
    }
}
