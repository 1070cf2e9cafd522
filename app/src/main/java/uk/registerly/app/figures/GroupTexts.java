package uk.registerly.app.figures;

import android.content.Context;
import android.content.res.Resources;

import uk.registerly.app.R;
import uk.registerly.app.data.figures.FiguresGrouping;
import uk.registerly.rules.figures.FiguresByGroup;
import uk.registerly.rules.figures.Fraction;
import uk.registerly.rules.figures.GroupFigures;

/**
 * A group's figures in words, as the office reads them and TalkBack says them: every rate with the counts it
 * comes from, and a group of fewer than 5 pupils always with its pupil count first (issue 18: "never a percentage
 * of fewer than 5 pupils shown without its count").
 */
public final class GroupTexts {
    private GroupTexts() {
    }

    /** The group's name: "Year 3", "3A", or "not recorded". */
    public static String name(Context context, FiguresGrouping grouping, String key) {
        if (FiguresByGroup.ALL.equals(key)) {
            return context.getString(R.string.figures_group_all);
        }
        if (FiguresByGroup.UNKNOWN.equals(key)) {
            return context.getString(grouping == FiguresGrouping.CLASS ? R.string.figures_group_no_class
                    : R.string.figures_group_unknown);
        }
        return grouping == FiguresGrouping.YEAR_GROUP ? context.getString(R.string.office_year_group, key) : key;
    }

    /** "30 pupils" or, for a small group, "3 pupils (fewer than 5)". */
    public static String pupils(Context context, GroupFigures g) {
        Resources res = context.getResources();
        return g.isSmall() ? res.getQuantityString(R.plurals.figures_group_pupils_small, g.pupils(), g.pupils())
                : res.getQuantityString(R.plurals.figures_group_pupils, g.pupils(), g.pupils());
    }

    /** "94.2% attendance (1,130 of 1,200 sessions)". */
    public static String attendance(Context context, GroupFigures g) {
        return context.getString(R.string.figures_group_attendance, percent(g.attendanceRate()),
                g.attendanceSessions(), g.possibleSessions());
    }

    /** "Absence: 3.1% authorised (37), 2.7% unauthorised (33)". */
    public static String absence(Context context, GroupFigures g) {
        return context.getString(R.string.figures_group_absence, percent(g.authorisedAbsenceRate()),
                g.authorisedAbsenceSessions(), percent(g.unauthorisedAbsenceRate()), g.unauthorisedAbsenceSessions());
    }

    /** "Persistently absent: 4 pupils (13.3%), severely: 0 (0%)". */
    public static String persistent(Context context, GroupFigures g) {
        return context.getResources().getQuantityString(R.plurals.figures_group_persistent,
                g.persistentlyAbsentPupils(), g.persistentlyAbsentPupils(), percent(g.persistentAbsenceRate()),
                g.severelyAbsentPupils(), percent(g.severeAbsenceRate()));
    }

    /** "Late: 12 before the register closed (L), 3 after (U)". */
    public static String lates(Context context, GroupFigures g) {
        return context.getString(R.string.figures_group_lates, g.lateBeforeCloseSessions(), g.lateAfterCloseSessions());
    }

    /** Everything about one group, for its row's TalkBack description. */
    public static String spoken(Context context, FiguresGrouping grouping, GroupFigures g) {
        return context.getString(R.string.figures_group_spoken, name(context, grouping, g.group()), pupils(context, g),
                attendance(context, g), absence(context, g), persistent(context, g), lates(context, g));
    }

    private static String percent(Fraction f) {
        return f == null ? "–" : f.toPercent(1);
    }
}
