package uk.registerly.rules.registers;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.policy.SchoolPolicy;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * Which registers have been taken (issue 15: the office chases the ones that are not before they close, as
 * Arbor's and SIMS's "missing registers" reports do). The same computation runs on the server
 * ({@code GET /api/v1/registers/status}) and on the office tablet from its own journal, offline too. Stateless.
 */
public final class RegisterStatusRules {
    /** Minutes before the close from which a register not taken is highlighted and its teacher reminded. */
    public static final int REMINDER_MINUTES = 5;

    private final SchoolPolicy policy;

    public RegisterStatusRules(SchoolPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * @param classId the class
     * @param pupils the class's pupils (those not on roll on {@code date}, or with no register for the session,
     *     are not counted)
     * @param facts the session's entries for those pupils (others are ignored)
     * @param now trusted time, school-local
     */
    public RegisterStatus status(String classId, Collection<Pupil> pupils, LocalDate date, Session session,
            Collection<RegisterEntryFact> facts, LocalDateTime now) {
        Set<String> counted = new HashSet<>();
        LocalDateTime closes = null;
        for (Pupil p : pupils) {
            RegisterWindow window = policy.registers().windowFor(session, p.yearGroup());
            if (window == null || !p.isOnRollOn(date)) {
                continue;
            }
            counted.add(p.id());
            LocalDateTime close = date.atTime(window.closes());
            // a class spanning year groups with different registers closes when its earliest register does
            closes = closes == null || close.isBefore(closes) ? close : closes;
        }
        Map<String, LocalDateTime> firstEntry = new HashMap<>();
        boolean started = false;
        boolean onBehalf = false;
        for (RegisterEntryFact f : facts) {
            if (!counted.contains(f.pupil())) {
                continue;
            }
            started |= f.registerMark();
            onBehalf |= f.registerMark() && f.onBehalf();
            LocalDateTime first = firstEntry.get(f.pupil());
            if (first == null || f.at().isBefore(first)) {
                firstEntry.put(f.pupil(), f.at());
            }
        }
        int marked = firstEntry.size();
        RegisterState state = !started ? RegisterState.NOT_STARTED
                : marked == counted.size() ? RegisterState.TAKEN : RegisterState.PARTIAL;
        LocalDateTime takenAt = null;
        if (state == RegisterState.TAKEN) {
            for (LocalDateTime at : firstEntry.values()) {
                takenAt = takenAt == null || at.isAfter(takenAt) ? at : takenAt;
            }
        }
        Long minutes = null;
        boolean reminder = false;
        if (closes != null) {
            long seconds = Duration.between(now, closes).getSeconds();
            minutes = seconds <= 0 ? 0L : (seconds + 59) / 60;
            reminder = state != RegisterState.TAKEN && seconds > 0 && seconds <= REMINDER_MINUTES * 60L
                    && !counted.isEmpty();
        }
        return new RegisterStatus(classId, counted.size(), marked, state, takenAt, closes, minutes, reminder, onBehalf);
    }
}
