package uk.registerly.app.register;

import uk.registerly.rules.codes.AttendanceCode;

/**
 * The rules refused a plain mark because the register has closed ({@code register_closed}): the
 * screen offers the same change as an amendment, with its reason and the signed-in staff member's
 * name and position, instead.
 */
public final class AmendmentOffer {
    public final String pupilId;
    public final AttendanceCode code;

    AmendmentOffer(String pupilId, AttendanceCode code) {
        this.pupilId = pupilId;
        this.code = code;
    }
}
