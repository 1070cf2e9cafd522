package uk.registerly.app.testing;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.leave.LeaveLine;
import uk.registerly.app.data.leave.LeaveRepository;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.leave.LeaveIssue;

/**
 * An in-memory {@link LeaveRepository}: the test sends the requests with their checks; requests
 * and decisions are kept in {@link #writes} (an approval records the head's judgement in
 * {@link #lastApprovalExceptional}).
 */
public final class TestLeaveRepository implements LeaveRepository {
    public final FakeWrites writes = new FakeWrites();
    private final MutableLiveData<List<LeaveLine>> lines = new MutableLiveData<>(Collections.<LeaveLine>emptyList());
    @Nullable
    public Boolean lastApprovalExceptional;

    public void send(List<LeaveLine> requests) {
        lines.setValue(requests);
    }

    @Override
    public LiveData<List<LeaveLine>> requests() {
        return lines;
    }

    @Nullable
    @Override
    public Integer noticeDays(String childId) {
        return 14;
    }

    @Override
    public Set<LeaveIssue> issuesBeforeSending(String childId, LocalDate from, LocalDate to) {
        return Collections.emptySet();
    }

    @Override
    public JournalEventEntity request(String childId, LocalDate from, LocalDate to, Set<Session> sessions,
                                      String reason) {
        return writes.write(EventType.LEAVE_REQUEST, EventPayloads.leaveRequest(childId, from, to, sessions, reason));
    }

    @Override
    public List<JournalEventEntity> approve(String requestId, boolean exceptional) {
        JournalEventEntity decision = writes.write(EventType.LEAVE_DECISION,
                EventPayloads.leaveApproved(line(requestId).pupil.id, requestId));
        lastApprovalExceptional = exceptional;
        return Collections.singletonList(decision);
    }

    @Override
    public JournalEventEntity refuse(String requestId, String note) {
        return writes.write(EventType.LEAVE_DECISION, EventPayloads.leaveRefused(line(requestId).pupil.id, requestId,
                note));
    }

    private LeaveLine line(String requestId) {
        for (LeaveLine line : lines.getValue()) {
            if (line.request.id.equals(requestId)) {
                return line;
            }
        }
        throw new IllegalArgumentException("no request " + requestId + " sent to this double");
    }
}
