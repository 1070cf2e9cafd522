package uk.registerly.rules.marks;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.schedule.RegisterWindow;

/** The mark a session has once every recorded fact is taken into account. */
public final class EffectiveMark {
    private final String pupil;
    private final SchoolSession session;
    private final AttendanceCode code;
    private final Integer minutesLate;
    private final MarkSource source;
    private final AttendanceFact decidedBy;
    private final RegisterWindow window;
    private final List<AttendanceFact> facts;

    EffectiveMark(String pupil, SchoolSession session, AttendanceCode code, Integer minutesLate, MarkSource source,
            AttendanceFact decidedBy, RegisterWindow window, List<AttendanceFact> facts) {
        this.pupil = pupil;
        this.session = session;
        this.code = code;
        this.minutesLate = minutesLate;
        this.source = source;
        this.decidedBy = decidedBy;
        this.window = window;
        this.facts = facts;
    }

    /** The mark of a closed session: the closure's code, whatever was recorded. */
    public static EffectiveMark closure(String pupil, SchoolSession session, AttendanceCode code) {
        return new EffectiveMark(pupil, session, code, null, MarkSource.CLOSURE, null, null,
                Collections.<AttendanceFact>emptyList());
    }

    public String pupil() {
        return pupil;
    }

    public SchoolSession session() {
        return session;
    }

    public AttendanceCode code() {
        return code;
    }

    /** Whole minutes after the register's late-from time, for L and U when known; otherwise null. */
    public Integer minutesLate() {
        return minutesLate;
    }

    public MarkSource source() {
        return source;
    }

    /** The fact that set the mark; null for a closure. */
    public AttendanceFact decidedBy() {
        return decidedBy;
    }

    /** Every fact recorded for the session, as given (withdrawn arrivals and their withdrawals included). */
    public List<AttendanceFact> facts() {
        return Collections.unmodifiableList(facts);
    }

    /**
     * The mark as it stood when only the facts recorded before {@code recordedBefore}
     * were known; null when there was none yet.
     */
    public EffectiveMark asRecordedBefore(LocalDateTime recordedBefore) {
        if (source == MarkSource.CLOSURE) {
            return this;
        }
        return SessionMarkResolver.resolve(pupil, session, window, facts, recordedBefore);
    }

    /**
     * The register's history of this entry: every fact in the order it was recorded,
     * each with the mark as it stood once that fact was known. The first entry that
     * gave a mark is the original entry; amendments carry their reason and author; a
     * withdrawn arrival stays in the history, marked with the withdrawal that took it back.
     * Built on demand, since most marks are never audited.
     */
    public List<RegisterEntry> history() {
        List<AttendanceFact> ordered = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<AttendanceFact> sorted = new ArrayList<>(facts);
        sorted.sort(AttendanceFact.RECORDED_ORDER);
        Map<String, AttendanceFact> withdrawals = new HashMap<>();
        for (AttendanceFact f : sorted) {
            if (seen.add(f.id())) {
                ordered.add(f);
                if (f.type() == FactType.ARRIVAL_WITHDRAWN && f.pupil().equals(pupil)) {
                    withdrawals.putIfAbsent(f.withdrawnArrival(), f); // the first recorded withdrawal
                }
            }
        }
        List<RegisterEntry> history = new ArrayList<>();
        List<AttendanceFact> known = new ArrayList<>();
        EffectiveMark before = null;
        for (AttendanceFact fact : ordered) {
            known.add(fact);
            EffectiveMark after = SessionMarkResolver.resolve(pupil, session, window, known);
            AttendanceFact withdrawnBy = fact.type() == FactType.ARRIVAL ? withdrawals.get(fact.id()) : null;
            history.add(new RegisterEntry(fact, before, after, withdrawnBy));
            before = after;
        }
        return Collections.unmodifiableList(history);
    }

    @Override
    public String toString() {
        return pupil + " " + session + " " + code.symbol() + (minutesLate == null ? "" : " +" + minutesLate + "min");
    }
}
