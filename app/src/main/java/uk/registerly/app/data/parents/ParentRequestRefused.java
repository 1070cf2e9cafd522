package uk.registerly.app.data.parents;

import uk.registerly.app.data.journal.NotRecordableException;

/**
 * A parent's report or leave request the device refuses before writing it. The message is for
 * logs and tests (English); {@link #problem} lets the parent's screen say it in the parent's
 * language.
 */
public class ParentRequestRefused extends NotRecordableException {
    /** Everything a parent's request can be refused for. */
    public enum Problem {
        /** The device is not signed in as a parent. */
        NOT_A_PARENT,
        /** No child was chosen. */
        NO_CHILD,
        /** A child who is not linked to this parent's account: never written, never shown. */
        NOT_YOUR_CHILD,
        /** The last day is before the first. */
        DATES_REVERSED,
        /** An absence report spans more than 31 days. */
        REPORT_TOO_LONG,
        /** A leave request spans more than 62 days. */
        LEAVE_TOO_LONG,
        /** Neither morning nor afternoon was chosen. */
        NO_SESSIONS,
        /** The dates hold no school session (a weekend, a holiday). */
        NO_SCHOOL_SESSIONS,
        /** The school's calendar has not reached the phone yet. */
        CALENDAR_MISSING,
        /** The report was already processed by the office or cancelled. */
        REPORT_CLOSED,
        /** A leave request needs a reason. */
        REASON_REQUIRED,
        /** The chosen photo could not be read as an image. */
        PHOTO_UNREADABLE
    }

    public final Problem problem;

    public ParentRequestRefused(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }
}
