package uk.registerly.app.data.roster;

import java.time.LocalDate;

import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.rules.evaluation.Pupil;

/** A roster row as the server gives the pupil to the rules: with the dates they were on the admission register. */
public final class RulesPupils {
    private RulesPupils() {
    }

    public static Pupil of(PupilEntity pupil) {
        return new Pupil(pupil.id, pupil.yearGroup, date(pupil.dateOfBirth), date(pupil.onRollFrom),
                date(pupil.onRollUntil));
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
