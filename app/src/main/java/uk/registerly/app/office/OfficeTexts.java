package uk.registerly.app.office;

import android.content.Context;

import androidx.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import uk.registerly.app.R;
import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.ui.Dates;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/** Wording the office screens share: a pupil's line, a code with its meaning, today's sessions. */
public final class OfficeTexts {
    private OfficeTexts() {
    }

    public static String pupil(RosterPupil pupil) {
        return pupil.firstName + " " + pupil.lastName;
    }

    static String yearGroup(Context context, RosterPupil pupil) {
        return context.getString(R.string.office_year_group, pupil.yearGroup);
    }

    /** "I — Illness (physical or mental health)": the rules module's own meaning. */
    static String code(AttendanceCode code) {
        return code.symbol() + " — " + code.meaning();
    }

    static String category(Context context, AbsenceCategory category) {
        switch (category) {
            case ILLNESS:
                return context.getString(R.string.office_category_illness);
            case MEDICAL_APPOINTMENT:
                return context.getString(R.string.office_category_medical);
            case RELIGIOUS_OBSERVANCE:
                return context.getString(R.string.office_category_religious);
            case FAMILY_EMERGENCY:
                return context.getString(R.string.office_category_emergency);
            case TRANSPORT:
                return context.getString(R.string.office_category_transport);
            default:
                return context.getString(R.string.office_category_other);
        }
    }

    /** Why a report's photo is not shown; null while it loads or once it is shown. */
    @Nullable
    static String photoProblem(Context context, ReportPhoto photo) {
        if (photo.outcome == null) {
            return null;
        }
        switch (photo.outcome) {
            case OFFLINE:
                return context.getString(R.string.office_photo_offline);
            case SERVER_BUSY:
                return context.getString(R.string.office_photo_server_busy);
            case NOT_FOUND:
                return context.getString(R.string.office_photo_not_found);
            case REFUSED:
                return context.getString(R.string.office_photo_refused, photo.detail);
            case UNREADABLE:
                return context.getString(R.string.office_photo_unreadable);
            default:
                return null;
        }
    }

    /** "Mon 7 Sep" or "Mon 7 Sep to Wed 9 Sep", with "morning", "afternoon" or "all day". */
    static String dates(Context context, LocalDate from, LocalDate to, Set<Session> sessions) {
        Locale locale = Dates.locale(context);
        String days = from.equals(to) ? Dates.day(from, locale)
                : context.getString(R.string.office_date_range, Dates.day(from, locale), Dates.day(to, locale));
        int part = sessions.size() == 2 ? R.string.office_sessions_both
                : sessions.contains(Session.AM) ? R.string.office_sessions_am : R.string.office_sessions_pm;
        return context.getString(R.string.office_dates_sessions, days, context.getString(part));
    }

    /** "this morning", "this afternoon" or "all day" for today's sessions. */
    static String today(Context context, List<SchoolSession> sessions) {
        boolean am = false;
        boolean pm = false;
        for (SchoolSession session : sessions) {
            am |= session.session() == Session.AM;
            pm |= session.session() == Session.PM;
        }
        return context.getString(am && pm ? R.string.office_all_day
                : am ? R.string.office_this_morning : R.string.office_this_afternoon);
    }
}
