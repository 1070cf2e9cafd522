package uk.registerly.app.register;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * The one list of codes a class teacher records in the register (and may amend to); every other
 * code belongs to the office. Why the line is drawn here (domain reference §2 and §5):
 *
 * <ul>
 *   <li>A teacher records what they see at registration: the pupil is here ({@code /} in the
 *       morning, {@code \} in the afternoon), arrived late before the register closed (L), or is
 *       not here and nobody has said why yet (N, which the guidance calls provisional: the office
 *       replaces it with a reason within 5 school days).</li>
 *   <li>A teacher also knows first-hand when a pupil of the class is at an approved educational
 *       activity the school itself runs or supervises: a trip (V), supervised sport (P), work
 *       experience (W) or another approved activity (B). These count as attendance, so marking
 *       such a pupil N would wrongly count an absence.</li>
 *   <li>Not the teacher's: every code that authorises an absence (M, I, C, C1, C2, J1, S, T, R, E,
 *       X), says an absence is unauthorised after enquiry (G, O), or records that a pupil could
 *       not attend (Q, Y1-Y7) is a decision the school makes on what a parent, a doctor or the
 *       local authority says, so the office records it (REASON) once it knows. K is attendance
 *       too, but the local authority arranges it and tells the office, not the class. D (dual
 *       registration), Z and # are administrative. U is never chosen: the rules derive it from an
 *       arrival after the register closed.</li>
 * </ul>
 */
public final class TeacherCodes {
    /** Under the row's long press or menu, in the order the statutory table lists them. */
    private static final List<AttendanceCode> OTHER = Collections.unmodifiableList(Arrays.asList(
            AttendanceCode.V, AttendanceCode.P, AttendanceCode.W, AttendanceCode.B));

    private TeacherCodes() {
    }

    /** What the row's own buttons record: present for the session, absent (N) and late (L). */
    public static List<AttendanceCode> oneTap(Session session) {
        return Collections.unmodifiableList(Arrays.asList(session.presentCode(), AttendanceCode.N, AttendanceCode.L));
    }

    /** The approved educational activities a teacher records from the row's menu. */
    public static List<AttendanceCode> other() {
        return OTHER;
    }

    /** Everything a teacher may record or amend to in {@code session}: the one-tap codes, then the others. */
    public static List<AttendanceCode> all(Session session) {
        List<AttendanceCode> all = new java.util.ArrayList<>(oneTap(session));
        all.addAll(OTHER);
        return Collections.unmodifiableList(all);
    }

    public static boolean mayRecord(AttendanceCode code, Session session) {
        return all(session).contains(code);
    }
}
