package uk.registerly.rules.rollcall;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Objects;

/**
 * One roll-call event: ROLL_CALL_STARTED (with its reason), ROLL_CALL_ACCOUNTED (a pupil ticked, or the tick
 * taken back: reversible) or ROLL_CALL_ENDED. {@code rollCall} is the id of the STARTED event the tick or the
 * end belongs to (for a start, its own id). Immutable.
 */
public final class RollCallFact {
    public enum Type { STARTED, ACCOUNTED, ENDED }

    /** By time, then id: every device orders the same facts the same way. */
    public static final Comparator<RollCallFact> ORDER = Comparator.comparing(RollCallFact::at)
            .thenComparing(RollCallFact::id);

    private final Type type;
    private final String id;
    private final String rollCall;
    private final LocalDateTime at;
    private final RollCallReason reason;
    private final String pupil;
    private final boolean accounted;

    private RollCallFact(Type type, String id, String rollCall, LocalDateTime at, RollCallReason reason, String pupil,
            boolean accounted) {
        this.type = type;
        this.id = Objects.requireNonNull(id, "id");
        this.rollCall = Objects.requireNonNull(rollCall, "rollCall");
        this.at = Objects.requireNonNull(at, "at");
        this.reason = reason;
        this.pupil = pupil;
        this.accounted = accounted;
    }

    public static RollCallFact started(String id, LocalDateTime at, RollCallReason reason) {
        return new RollCallFact(Type.STARTED, id, id, at, Objects.requireNonNull(reason, "reason"), null, false);
    }

    public static RollCallFact accounted(String id, String rollCall, String pupil, boolean accounted,
            LocalDateTime at) {
        return new RollCallFact(Type.ACCOUNTED, id, rollCall, at, null, Objects.requireNonNull(pupil, "pupil"),
                accounted);
    }

    public static RollCallFact ended(String id, String rollCall, LocalDateTime at) {
        return new RollCallFact(Type.ENDED, id, rollCall, at, null, null, false);
    }

    public Type type() {
        return type;
    }

    public String id() {
        return id;
    }

    public String rollCall() {
        return rollCall;
    }

    public LocalDateTime at() {
        return at;
    }

    public RollCallReason reason() {
        return reason;
    }

    public String pupil() {
        return pupil;
    }

    public boolean accounted() {
        return accounted;
    }
}
