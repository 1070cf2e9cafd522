package uk.registerly.app.data.reports;

import androidx.annotation.Nullable;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * The one place a parent's reason category becomes an attendance code. The office confirms with
 * one tap where the category says exactly which 2024 code applies; where it does not, the office
 * chooses among the codes that may apply, and nothing is pre-selected.
 */
public final class ReasonCodes {
    private ReasonCodes() {
    }

    /** The code the category means, or null when the office must judge (transport, emergencies, other). */
    @Nullable
    public static AttendanceCode suggestedFor(AbsenceCategory category) {
        switch (category) {
            case ILLNESS:
                return AttendanceCode.I;
            case MEDICAL_APPOINTMENT:
                return AttendanceCode.M;
            case RELIGIOUS_OBSERVANCE:
                return AttendanceCode.R;
            default:
                // A family emergency is C only if the head grants leave for it; a car that would
                // not start is not Y1 (that is transport the school or council provides). The
                // office decides, from the note.
                return null;
        }
    }

    /** Codes offered for a category, the suggested one first. */
    public static List<AttendanceCode> choicesFor(AbsenceCategory category) {
        switch (category) {
            case ILLNESS:
                return codes(AttendanceCode.I, AttendanceCode.M, AttendanceCode.O);
            case MEDICAL_APPOINTMENT:
                return codes(AttendanceCode.M, AttendanceCode.I, AttendanceCode.O);
            case RELIGIOUS_OBSERVANCE:
                return codes(AttendanceCode.R, AttendanceCode.C, AttendanceCode.O);
            case FAMILY_EMERGENCY:
                return codes(AttendanceCode.C, AttendanceCode.I, AttendanceCode.O);
            case TRANSPORT:
                return codes(AttendanceCode.Y1, AttendanceCode.Y2, AttendanceCode.O);
            default:
                return codes(AttendanceCode.C, AttendanceCode.I, AttendanceCode.M, AttendanceCode.R, AttendanceCode.T,
                        AttendanceCode.O);
        }
    }

    private static List<AttendanceCode> codes(AttendanceCode... codes) {
        return Collections.unmodifiableList(Arrays.asList(codes));
    }

    /** Codes the office may give to explain an absence when a parent gives a reason by phone. */
    public static List<AttendanceCode> phoneReasons() {
        return codes(AttendanceCode.I, AttendanceCode.M, AttendanceCode.R, AttendanceCode.C, AttendanceCode.T,
                AttendanceCode.Y1, AttendanceCode.Y2, AttendanceCode.G, AttendanceCode.O);
    }
}
