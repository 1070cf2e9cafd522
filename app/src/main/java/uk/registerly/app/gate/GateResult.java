package uk.registerly.app.gate;

import androidx.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDateTime;

import uk.registerly.app.ui.ScreenMessage;
import uk.registerly.rules.codes.AttendanceCode;

/** What the gate shows after a scan, a search pick or an undo: the big result panel. */
public final class GateResult {
    public enum Kind {
        /** An arrival was recorded: the pupil, the mark it gives and until when it can be undone. */
        RECORDED,
        /** Nothing was recorded: the card or the moment was refused, with the reason. */
        REFUSED,
        /** The last arrival was taken back. */
        UNDONE,
        /** The undo came too late (the window passed or the arrival was already sent). */
        UNDO_TOO_LATE
    }

    public final Kind kind;
    @Nullable
    public final String pupilName;
    @Nullable
    public final String eventId;
    /** {@code /} or {@code \}, L or U; null when the arrival decides no mark. */
    @Nullable
    public final AttendanceCode code;
    public final int minutesLate;
    @Nullable
    public final LocalDateTime at;
    @Nullable
    public final Instant undoableUntil;
    @Nullable
    public final String reason;
    @Nullable
    public final ScreenMessage message;

    private GateResult(Kind kind, @Nullable String pupilName, @Nullable String eventId, @Nullable AttendanceCode code,
                       int minutesLate, @Nullable LocalDateTime at, @Nullable Instant undoableUntil,
                       @Nullable String reason, @Nullable ScreenMessage message) {
        this.kind = kind;
        this.pupilName = pupilName;
        this.eventId = eventId;
        this.code = code;
        this.minutesLate = minutesLate;
        this.at = at;
        this.undoableUntil = undoableUntil;
        this.reason = reason;
        this.message = message;
    }

    static GateResult recorded(String pupilName, String eventId, @Nullable AttendanceCode code, int minutesLate,
                               LocalDateTime at, Instant undoableUntil, @Nullable String reason) {
        return new GateResult(Kind.RECORDED, pupilName, eventId, code, minutesLate, at, undoableUntil, reason, null);
    }

    static GateResult refused(ScreenMessage message) {
        return new GateResult(Kind.REFUSED, null, null, null, 0, null, null, null, message);
    }

    static GateResult undone(String pupilName) {
        return new GateResult(Kind.UNDONE, pupilName, null, null, 0, null, null, null, null);
    }

    static GateResult undoTooLate(String pupilName) {
        return new GateResult(Kind.UNDO_TOO_LATE, pupilName, null, null, 0, null, null, null, null);
    }

    /** Seconds left to undo at {@code now}, rounded up; 0 when it can no longer be undone. */
    public long undoSecondsLeft(Instant now) {
        if (kind != Kind.RECORDED || undoableUntil == null || !now.isBefore(undoableUntil)) {
            return 0;
        }
        return (java.time.Duration.between(now, undoableUntil).toMillis() + 999) / 1000;
    }
}
