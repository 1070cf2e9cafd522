package uk.registerly.app.ui;

import androidx.annotation.ColorRes;
import androidx.annotation.Nullable;

import uk.registerly.app.R;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.codes.CodeCategory;

/**
 * One colour per kind of mark, the same on the register and at the gate: present green, late
 * amber, absent (unauthorised, including U) red, approved activities blue, anything else grey.
 * Colour is never the only signal: the code is always written beside it.
 */
public enum MarkColours {
    PRESENT(R.color.mark_present, R.color.mark_present_container),
    LATE(R.color.mark_late, R.color.mark_late_container),
    ABSENT(R.color.mark_absent, R.color.mark_absent_container),
    ACTIVITY(R.color.mark_activity, R.color.mark_activity_container),
    OTHER(R.color.mark_other, R.color.mark_other_container);

    @ColorRes
    public final int content;
    @ColorRes
    public final int container;

    MarkColours(@ColorRes int content, @ColorRes int container) {
        this.content = content;
        this.container = container;
    }

    public static MarkColours of(@Nullable AttendanceCode code) {
        if (code == null) {
            return OTHER;
        }
        if (code == AttendanceCode.L) {
            return LATE;
        }
        if (code.category() == CodeCategory.PRESENT) {
            return PRESENT;
        }
        if (code.category() == CodeCategory.APPROVED_EDUCATIONAL_ACTIVITY) {
            return ACTIVITY;
        }
        return code.isUnauthorisedAbsence() ? ABSENT : OTHER;
    }
}
