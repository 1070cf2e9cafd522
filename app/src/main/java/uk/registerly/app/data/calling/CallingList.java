package uk.registerly.app.data.calling;

import androidx.annotation.Nullable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.registerly.app.data.attendance.MarkedPupil;
import uk.registerly.app.data.journal.EventPayloads.ContactOutcome;
import uk.registerly.app.data.roster.Guardian;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * First-day calling (domain §7): every pupil still N once their register has closed, the same
 * morning. U pupils are not called about: they arrived (after the register closed), so the school
 * knows where they are. Before the register closes a pupil may still walk in (L), so calls wait.
 */
public final class CallingList {
    /** How the list finds a pupil's register and contacts; backed by the roster. */
    public interface Lookup {
        /** The pupil's register for a session; null when the school has none for the year group. */
        @Nullable
        RegisterWindow window(RosterPupil pupil, Session session);

        boolean isSchoolSession(RosterPupil pupil, LocalDate date, Session session);

        List<Guardian> contacts(RosterPupil pupil);
    }

    private CallingList() {
    }

    /**
     * @param absences today's N and U marks
     * @param attempts today's calls, by pupil id
     * @param now the school's local time
     */
    public static List<CallRow> build(List<MarkedPupil> absences, Map<String, List<ContactAttempt>> attempts,
                                      LocalDateTime now, Lookup lookup) {
        LocalDate today = now.toLocalDate();
        Map<String, RosterPupil> pupils = new LinkedHashMap<>();
        Map<String, List<SchoolSession>> unexplained = new LinkedHashMap<>();
        for (MarkedPupil absence : absences) {
            SchoolSession session = absence.mark.session();
            RegisterWindow window = lookup.window(absence.pupil, session.session());
            if (absence.mark.code() != AttendanceCode.N || !session.date().equals(today) || window == null
                    || !now.toLocalTime().isAfter(window.closes())) {
                continue;
            }
            pupils.put(absence.pupil.id, absence.pupil);
            unexplained.computeIfAbsent(absence.pupil.id, k -> new ArrayList<>()).add(session);
        }
        List<CallRow> rows = new ArrayList<>();
        for (RosterPupil pupil : pupils.values()) {
            List<SchoolSession> sessions = unexplained.get(pupil.id);
            Collections.sort(sessions);
            List<SchoolSession> toExplain = new ArrayList<>(sessions);
            for (Session later : Session.values()) {
                RegisterWindow window = lookup.window(pupil, later);
                if (window != null && !now.toLocalTime().isAfter(window.closes())
                        && lookup.isSchoolSession(pupil, today, later)) {
                    toExplain.add(SchoolSession.of(today, later));
                }
            }
            List<ContactAttempt> calls = attempts.containsKey(pupil.id) ? attempts.get(pupil.id)
                    : Collections.<ContactAttempt>emptyList();
            List<Guardian> contacts = lookup.contacts(pupil);
            int unanswered = 0;
            boolean homeVisit = false;
            for (ContactAttempt call : calls) {
                if (call.outcome == ContactOutcome.NO_ANSWER || call.outcome == ContactOutcome.MESSAGE_LEFT) {
                    unanswered++;
                }
                homeVisit |= call.outcome == ContactOutcome.HOME_VISIT_FLAGGED;
            }
            Guardian next = unanswered < contacts.size() ? contacts.get(unanswered) : null;
            rows.add(new CallRow(pupil, sessions, toExplain, contacts, calls, next, homeVisit));
        }
        // Not yet flagged first, then by name: the office works down the list.
        rows.sort(Comparator.comparing((CallRow r) -> r.homeVisitFlagged)
                .thenComparing(r -> r.pupil.lastName).thenComparing(r -> r.pupil.firstName));
        return rows;
    }
}
