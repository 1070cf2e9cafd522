package uk.registerly.app.departures;

import uk.registerly.app.data.roster.RosterPupil;

/** A pupil as the sign-out screen names them. */
final class DepartureTexts {
    private DepartureTexts() {
    }

    static String name(RosterPupil pupil) {
        return pupil.displayName();
    }

    /** Name, year group and MIS number: two pupils with one name are told apart before one is signed out. */
    static String pupilLine(RosterPupil pupil) {
        return name(pupil) + " · Year " + pupil.yearGroup + (pupil.misId == null ? "" : " · " + pupil.misId);
    }
}
