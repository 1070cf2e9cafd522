package uk.registerly.app.data.attendance;

import androidx.annotation.WorkerThread;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;

import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.journal.RecordingRefusedException;
import uk.registerly.app.data.leave.LeaveRefusals;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.recording.ProposedFact;
import uk.registerly.rules.recording.Recorder;
import uk.registerly.rules.recording.RecordingProblem;

/**
 * The rules module's {@code RecordingRules} run on the device before a register fact is written, with
 * the same inputs the server gives them (the pupil with their admission dates, the pupil's refused
 * leave, "now" from {@link RecordingTime}), so the tablet refuses what the server would refuse
 * ({@code register_closed}, {@code leave_refused}, ...) instead of finding out at the next sync.
 */
final class RecordingCheck {
    private final JournalDao journal;
    private final RecordingTime time;

    RecordingCheck(JournalDao journal, RecordingTime time) {
        this.journal = journal;
        this.time = time;
    }

    /** School-local time now by the recording time source: the fact's {@code at} and the rules' "now". */
    LocalDateTime now(FactTargets.Target target) {
        return time.localNow(target.rules.zone());
    }

    /** A teacher's REGISTER_MARK recorded at {@code at}. */
    @WorkerThread
    void requireMark(FactTargets.Target target, LocalDate date, Session session, AttendanceCode code,
                     LocalDateTime at) {
        require(target, ProposedFact.registerMark(rulesPupil(target.pupil), date, session, code, at), at);
    }

    /** An AMENDMENT by this device's recorder (the office, or a teacher for their classes). */
    @WorkerThread
    void requireAmendment(FactTargets.Target target, LocalDate date, Session session, AttendanceCode code,
                          LocalDateTime at, String reason, String by) {
        require(target, ProposedFact.amendment(recorderOf(target.identity), rulesPupil(target.pupil), date, session,
                code, at, reason, by), at);
    }

    private void require(FactTargets.Target target, ProposedFact fact, LocalDateTime now) {
        RecordingProblem problem = target.rules.recordingRules().check(fact, now,
                LeaveRefusals.recorded(journal, target.pupil.id, target.rules),
                Collections.<AttendanceFact>emptyList());
        if (problem != null) {
            throw new RecordingRefusedException(problem);
        }
    }

    /** The pupil as the server gives them to the rules: with the dates they were on the admission register. */
    static Pupil rulesPupil(PupilEntity pupil) {
        return uk.registerly.app.data.roster.RulesPupils.of(pupil);
    }

    private static Recorder recorderOf(DeviceIdentity identity) {
        return identity.role() == DeviceIdentity.Role.TEACHER ? Recorder.TEACHER : Recorder.OFFICE;
    }
}
