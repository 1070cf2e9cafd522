package uk.registerly.app.ui;

import androidx.annotation.ColorRes;

import uk.registerly.app.R;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.codes.CountsAs;

/** How a code is coloured wherever marks are shown: by how the rules count it, so colour and figures agree. */
public final class CodeColours {
    private CodeColours() {
    }

    @ColorRes
    public static int of(AttendanceCode code) {
        if (code == AttendanceCode.N) {
            return R.color.mark_unexplained;
        }
        CountsAs counts = code.countsAs();
        switch (counts) {
            case ATTENDANCE:
                return R.color.mark_present;
            case AUTHORISED_ABSENCE:
                return R.color.mark_authorised;
            case UNAUTHORISED_ABSENCE:
                return R.color.mark_absent;
            default:
                return R.color.mark_other;
        }
    }
}
