package uk.registerly.app.data.leave;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.roster.SchoolRules;
import uk.registerly.rules.leave.LeaveDecision;
import uk.registerly.rules.leave.LeaveOfAbsenceRules;
import uk.registerly.rules.leave.LeaveRequest;

/**
 * A pupil's refused leave as the rules module takes it: the earlier refusals a new request is judged
 * against ({@code LeaveOfAbsenceRules}), and the refusals the recording check refuses an authorised
 * code on ({@code RecordingRules}: "a refusal is final"). Read from the one fold of the stream.
 */
public final class LeaveRefusals {
    /** The leave stream's event types. */
    public static final List<String> TYPES = Arrays.asList(EventType.LEAVE_REQUEST.name(),
            EventType.LEAVE_DECISION.name());
    private static final String THE_SCHOOL = "the school";

    private LeaveRefusals() {
    }

    /** The pupil's refusals recorded in the journal (none on a device that is not sent leave). */
    @WorkerThread
    public static List<LeaveDecision> recorded(JournalDao journal, String pupilId, SchoolRules rules) {
        return of(pupilId, null, LeaveRequestFolder.fold(journal.ofTypes(TYPES)), rules);
    }

    /** The pupil's refusals among {@code all}, leaving out request {@code except} (the one being judged). */
    static List<LeaveDecision> of(String pupilId, @Nullable String except, List<LeaveRequestState> all,
                                  SchoolRules rules) {
        LeaveOfAbsenceRules leave = new LeaveOfAbsenceRules(rules.policy());
        List<LeaveDecision> refusals = new ArrayList<>();
        for (LeaveRequestState other : all) {
            if (other.pupilId.equals(pupilId) && !other.id.equals(except)
                    && other.status == LeaveRequestState.Status.REFUSED) {
                LocalDate on = other.requestedAt.atZone(rules.zone()).toLocalDate();
                refusals.add(leave.refuse(new LeaveRequest(other.pupilId, on, other.from, other.to, true,
                        other.reason), THE_SCHOOL, on));
            }
        }
        return refusals;
    }
}
