package uk.registerly.app.data.leave;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.leave.LeaveIssue;

/**
 * Leave of absence: a parent asks; the office sees each request with the rules' checks
 * ({@link LeaveChecks}) and approves or refuses it, finally. Read from the one fold of the stream
 * ({@link LeaveRequestFolder}). Implemented by {@link OfflineFirstLeaveRepository}.
 */
public interface LeaveRepository {
    /** The protocol's longest request (sync-protocol §4). */
    int MAX_LEAVE_DAYS = 62;

    /**
     * Requests with their checks, newest first: on a parent's phone their own children's, on the
     * office's device the school's (undecided ones are the office's worklist).
     */
    LiveData<List<LeaveLine>> requests();

    /** The notice the child's school asks for, in days; null before the school's rules are on the phone. */
    @Nullable
    @WorkerThread
    Integer noticeDays(String childId);

    /**
     * What the rules would say about leave from {@code from} to {@code to} asked for today, before
     * the parent sends it (too late, short notice, dates refused before); empty when nothing is wrong.
     */
    @WorkerThread
    Set<LeaveIssue> issuesBeforeSending(String childId, LocalDate from, LocalDate to);

    /** A parent's request for one child. */
    @WorkerThread
    JournalEventEntity request(String childId, LocalDate from, LocalDate to, Set<Session> sessions, String reason);

    /**
     * Approves a request: LEAVE_DECISION (APPROVED) then REASON C for each granted school session,
     * together. Refused up front when the rules forbid it (not in advance, dates refused before,
     * or the head does not judge the circumstances exceptional).
     *
     * @param exceptional the head's judgement that the circumstances are exceptional
     */
    @WorkerThread
    List<JournalEventEntity> approve(String requestId, boolean exceptional);

    /** Refuses a request with the office's note; final (an absence on those dates is G). */
    @WorkerThread
    JournalEventEntity refuse(String requestId, String note);
}
