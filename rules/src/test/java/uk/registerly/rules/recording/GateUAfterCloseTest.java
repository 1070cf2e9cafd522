package uk.registerly.rules.recording;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static uk.registerly.rules.calendar.Session.AM;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.AutumnTerm;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.Evaluator;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.marks.MarkSource;

/**
 * A gate arrival after the register closed (U) is not overridden by a teacher's later mark; only the
 * office's reason or an amendment changes it. This follows from refusing register marks after the close
 * (the recording rules) with the resolution as it is (a teacher's present mark beats an arrival): each
 * fact below goes through the check first, as on the server and the device, and only what passes is
 * recorded.
 */
class GateUAfterCloseTest {
    static final LocalDate DAY = LocalDate.parse("2026-12-03");
    static final String SIGNATURE = "A Clerk, Attendance Officer";

    private final RecordingRules rules = new RecordingRules(AutumnTerm.POLICY, AutumnTerm.calendar().build());
    private final Evaluator evaluator = new Evaluator(AutumnTerm.POLICY, AutumnTerm.calendar().build());
    private final List<AttendanceFact> recorded = new ArrayList<>();
    private int ids;

    private RecordingProblem record(ProposedFact fact) {
        RecordingProblem problem = rules.check(fact, fact.at());
        if (problem == null) {
            recorded.add(fact.toFact(String.format("e%03d", ++ids)));
        }
        return problem;
    }

    private EffectiveMark amMark(List<AttendanceFact> facts) {
        for (EffectiveMark mark : evaluator.evaluatePupil(AutumnTerm.PUPIL, facts, DAY).marks()) {
            if (mark.session().equals(SchoolSession.of(DAY, AM))) {
                return mark;
            }
        }
        return null;
    }

    private static LocalDateTime at(String time) {
        return DAY.atTime(java.time.LocalTime.parse(time));
    }

    @Test
    void aTeachersLatePresentMarkIsRefusedAndTheUStands() {
        assertNull(record(ProposedFact.registerMark(AutumnTerm.PUPIL, DAY, AM, AttendanceCode.N, at("08:52"))));
        assertNull(record(ProposedFact.arrival(AutumnTerm.PUPIL, at("09:20"))));
        assertSame(AttendanceCode.U, amMark(recorded).code());

        ProposedFact latePresent = ProposedFact.registerMark(AutumnTerm.PUPIL, DAY, AM, AttendanceCode.PRESENT_AM,
                at("09:30"));
        assertSame(ProblemCode.REGISTER_CLOSED, record(latePresent).code());
        assertSame(AttendanceCode.U, amMark(recorded).code());
        // Without the check the resolution alone would let the late present mark beat the gate's U: the refusal
        // is what keeps the U.
        List<AttendanceFact> unchecked = new ArrayList<>(recorded);
        unchecked.add(latePresent.toFact("e999"));
        assertSame(AttendanceCode.PRESENT_AM, amMark(unchecked).code());

        assertSame(ProblemCode.REGISTER_CLOSED, record(ProposedFact.registerMark(AutumnTerm.PUPIL, DAY, AM,
                AttendanceCode.L, at("09:31"))).code());
        assertSame(AttendanceCode.U, amMark(recorded).code());
    }

    @Test
    void theOfficesReasonReplacesTheU() {
        assertNull(record(ProposedFact.arrival(AutumnTerm.PUPIL, at("09:20"))));
        assertNull(record(ProposedFact.reason(AutumnTerm.PUPIL, DAY, AM, AttendanceCode.M, at("10:00"))));
        EffectiveMark mark = amMark(recorded);
        assertSame(AttendanceCode.M, mark.code());
        assertSame(MarkSource.REASON, mark.source());
    }

    @Test
    void anAmendmentReplacesTheU() {
        assertNull(record(ProposedFact.arrival(AutumnTerm.PUPIL, at("09:20"))));
        assertNull(record(ProposedFact.amendment(Recorder.TEACHER, AutumnTerm.PUPIL, DAY, AM, AttendanceCode.PRESENT_AM,
                at("09:40"), "was in the building at 09:00: the gate scanned the card late", SIGNATURE)));
        EffectiveMark mark = amMark(recorded);
        assertSame(AttendanceCode.PRESENT_AM, mark.code());
        assertSame(MarkSource.AMENDMENT, mark.source());
    }

    @Test
    void aTeachersOriginalMarkFromBeforeTheCloseIsKeptWhenItArrivesLate() {
        assertNull(record(ProposedFact.arrival(AutumnTerm.PUPIL, at("09:20"))));
        // The teacher marked N at 09:05 on a tablet that was offline: an original; the gate's U still decides.
        ProposedFact original = ProposedFact.registerMark(AutumnTerm.PUPIL, DAY, AM, AttendanceCode.N, at("09:05"));
        assertNull(rules.check(original, at("11:00")));
        recorded.add(original.toFact("e100"));
        assertSame(AttendanceCode.U, amMark(recorded).code());
    }
}
