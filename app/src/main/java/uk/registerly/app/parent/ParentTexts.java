package uk.registerly.app.parent;

import android.content.Context;

import androidx.annotation.StringRes;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import uk.registerly.app.R;
import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.app.data.parents.ParentLinkException;
import uk.registerly.app.data.parents.ParentRequestRefused;
import uk.registerly.app.ui.Dates;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.codes.CountsAs;

/**
 * Everything the parent's screens say about codes, reasons, dates and refusals, from
 * strings_parent.xml (translated: values-pl, ...). Sentences are whole resources with
 * placeholders, never glued together, so every language can order them its own way.
 */
final class ParentTexts {
    private ParentTexts() {
    }

    /** What a mark means to a parent ("Present", "Absent: authorised"...), not the office's code list. */
    @StringRes
    static int meaning(AttendanceCode code) {
        if (code == AttendanceCode.L) {
            return R.string.parent_mark_late;
        }
        if (code == AttendanceCode.N) {
            return R.string.parent_mark_unexplained;
        }
        if (code == AttendanceCode.CLOSED) {
            return R.string.parent_mark_closed;
        }
        CountsAs counts = code.countsAs();
        switch (counts) {
            case ATTENDANCE:
                return R.string.parent_mark_present;
            case AUTHORISED_ABSENCE:
                return R.string.parent_mark_authorised;
            case UNAUTHORISED_ABSENCE:
                return R.string.parent_mark_unauthorised;
            default:
                return R.string.parent_mark_not_counted;
        }
    }

    @StringRes
    static int category(AbsenceCategory category) {
        switch (category) {
            case ILLNESS:
                return R.string.parent_category_illness;
            case MEDICAL_APPOINTMENT:
                return R.string.parent_category_medical;
            case RELIGIOUS_OBSERVANCE:
                return R.string.parent_category_religious;
            case FAMILY_EMERGENCY:
                return R.string.parent_category_emergency;
            case TRANSPORT:
                return R.string.parent_category_transport;
            default:
                return R.string.parent_category_other;
        }
    }

    /** "Mon 7 Sep, all day" or "Mon 7 Sep – Wed 9 Sep, mornings" in the reader's language. */
    static String dates(Context context, LocalDate from, LocalDate to, Set<Session> sessions) {
        Locale locale = Dates.locale(context);
        boolean oneDay = from.equals(to);
        String days = oneDay ? Dates.day(from, locale)
                : context.getString(R.string.parent_date_range, Dates.day(from, locale), Dates.day(to, locale));
        int part = sessions.size() == 2 ? R.string.parent_sessions_both
                : sessions.contains(Session.AM) ? R.string.parent_sessions_am : R.string.parent_sessions_pm;
        return context.getString(R.string.parent_dates_sessions, days, context.getString(part));
    }

    @StringRes
    static int problem(ParentRequestRefused.Problem problem) {
        switch (problem) {
            case NOT_A_PARENT:
                return R.string.parent_problem_not_a_parent;
            case NO_CHILD:
                return R.string.parent_problem_no_child;
            case NOT_YOUR_CHILD:
                return R.string.parent_problem_not_your_child;
            case DATES_REVERSED:
                return R.string.parent_problem_dates_reversed;
            case REPORT_TOO_LONG:
                return R.string.parent_problem_report_too_long;
            case LEAVE_TOO_LONG:
                return R.string.parent_problem_leave_too_long;
            case NO_SESSIONS:
                return R.string.parent_problem_no_sessions;
            case NO_SCHOOL_SESSIONS:
                return R.string.parent_problem_no_school_sessions;
            case CALENDAR_MISSING:
                return R.string.parent_problem_calendar_missing;
            case REPORT_CLOSED:
                return R.string.parent_problem_report_closed;
            case REASON_REQUIRED:
                return R.string.parent_problem_reason_required;
            default:
                return R.string.parent_problem_photo_unreadable;
        }
    }

    static String linkProblem(Context context, ParentLinkException failure) {
        switch (failure.problem) {
            case EMPTY_CODE:
                return context.getString(R.string.parent_link_empty);
            case INVALID_CODE:
                return context.getString(R.string.parent_link_invalid);
            case TOO_MANY_ATTEMPTS:
                int seconds = failure.retryAfterSeconds == null ? 60 : failure.retryAfterSeconds;
                return context.getResources().getQuantityString(R.plurals.parent_link_wait, seconds, seconds);
            case NO_CONNECTION:
                return context.getString(R.string.parent_link_offline);
            default:
                return context.getString(R.string.parent_link_failed);
        }
    }
}
