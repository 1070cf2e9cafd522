package uk.registerly.app.data.casework;

import androidx.annotation.Nullable;

import java.io.File;
import java.util.List;

/** What a casework call to the server came to: the worklist or a written letter, or why not. */
public final class CaseworkResult<T> {
    public enum Outcome { OK, OFFLINE, REFUSED }

    public final Outcome outcome;
    @Nullable
    public final T value;
    /** The server's message when it refused. */
    @Nullable
    public final String message;

    private CaseworkResult(Outcome outcome, @Nullable T value, @Nullable String message) {
        this.outcome = outcome;
        this.value = value;
        this.message = message;
    }

    public static <T> CaseworkResult<T> ok(T value) {
        return new CaseworkResult<>(Outcome.OK, value, null);
    }

    public static <T> CaseworkResult<T> offline() {
        return new CaseworkResult<>(Outcome.OFFLINE, null, null);
    }

    public static <T> CaseworkResult<T> refused(String message) {
        return new CaseworkResult<>(Outcome.REFUSED, null, message);
    }

    /** A letter the server wrote and recorded sent, with its PDF saved on the tablet for printing or sharing. */
    public static final class Letter {
        public final String letterId;
        public final String pupilName;
        public final String language;
        public final File pdf;

        public Letter(String letterId, String pupilName, String language, File pdf) {
            this.letterId = letterId;
            this.pupilName = pupilName;
            this.language = language;
            this.pdf = pdf;
        }
    }

    /** The worklist: its date and entries, most urgent first. */
    public static final class Worklist {
        public final String asOf;
        public final List<CaseworkLine> lines;

        public Worklist(String asOf, List<CaseworkLine> lines) {
            this.asOf = asOf;
            this.lines = List.copyOf(lines);
        }
    }
}
