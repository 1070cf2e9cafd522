package uk.registerly.rules.statutory;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.marks.EffectiveMark;

/**
 * The CTF's {@code <AttendanceMarks>}: "two characters per calendar day, AM then PM; '##' no
 * session" from {@code <AttendanceStartDate>} (statutory-data.md section 2; element names from one
 * MIS's public import/export code, the official schema text was not found).
 *
 * <p>One character per session, so a code of the 2024 set that has two characters is written by its
 * letter: C1 and C2 as C, J1 as J, Y1-Y7 as Y (the single-character alphabet the string was made
 * for; the session counts beside it carry the exact figures). A school session whose register was
 * never taken is {@code -}, the MIS's "no mark"; a weekend, a holiday and a day the evaluation has
 * no session for are {@code #} (a planned closure's own code is {@code #} too). The string shows the
 * evaluation's marks exactly, so it agrees with the session counts made from the same evaluation.
 */
public final class CtfAttendanceMarks {

    /** A session with no register: not a school session, or the pupil not on roll. */
    public static final char NO_SESSION = '#';
    /** A school session whose register was never taken. */
    public static final char NO_MARK = '-';

    private CtfAttendanceMarks() {
    }

    /** The marks string of {@code evaluation} from {@code from} to {@code to}, both inclusive. */
    public static String of(PupilEvaluation evaluation, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
        Map<String, AttendanceCode> marks = new HashMap<>();
        for (EffectiveMark mark : evaluation.marks()) {
            marks.put(key(mark.session().date(), mark.session().session()), mark.code());
        }
        Set<String> unmarked = new HashSet<>();
        for (SchoolSession session : evaluation.unmarked()) {
            unmarked.add(key(session.date(), session.session()));
        }
        StringBuilder text = new StringBuilder();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (Session session : Session.values()) {
                String key = key(day, session);
                AttendanceCode code = marks.get(key);
                if (code != null) {
                    text.append(character(code));
                } else if (unmarked.contains(key)) {
                    text.append(NO_MARK);
                } else {
                    text.append(NO_SESSION);
                }
            }
        }
        return text.toString();
    }

    /** The one character a session's code is written as. */
    public static char character(AttendanceCode code) {
        return code.symbol().charAt(0);
    }

    private static String key(LocalDate date, Session session) {
        return date + session.name();
    }
}
