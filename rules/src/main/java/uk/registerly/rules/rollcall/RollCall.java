package uk.registerly.rules.rollcall;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One incident: a roll call started on one or more devices (two tablets started offline while the alarm rang are
 * the same roll call: a start while one is running joins it), the ticks of every device, and its end. Its id is
 * the earliest start's. Built by {@link RollCalls#incidents}.
 */
public final class RollCall {
    private final String id;
    private final Set<String> startIds;
    private final RollCallReason reason;
    private final LocalDateTime startedAt;
    private final LocalDateTime endedAt;
    /** Pupil to the latest tick (by time, then id) at or before the end. */
    private final Map<String, RollCallFact> ticks;

    RollCall(String id, Set<String> startIds, RollCallReason reason, LocalDateTime startedAt, LocalDateTime endedAt,
            Map<String, RollCallFact> ticks) {
        this.id = id;
        this.startIds = Collections.unmodifiableSet(new LinkedHashSet<>(startIds));
        this.reason = reason;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.ticks = Collections.unmodifiableMap(new HashMap<>(ticks));
    }

    /** The earliest start's event id. */
    public String id() {
        return id;
    }

    /** Every start that joined it (the devices that started it). */
    public Set<String> startIds() {
        return startIds;
    }

    public RollCallReason reason() {
        return reason;
    }

    public LocalDateTime startedAt() {
        return startedAt;
    }

    /** The earliest end; null while it runs. */
    public LocalDateTime endedAt() {
        return endedAt;
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    /** When the pupil was (last) ticked accounted for, or null when not accounted for now (untick counts). */
    public LocalDateTime accountedAt(String pupil) {
        RollCallFact tick = ticks.get(pupil);
        return tick != null && tick.accounted() ? tick.at() : null;
    }

    /** The pupils accounted for now. */
    public Set<String> accounted() {
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, RollCallFact> e : ticks.entrySet()) {
            if (e.getValue().accounted()) {
                out.add(e.getKey());
            }
        }
        return out;
    }
}
