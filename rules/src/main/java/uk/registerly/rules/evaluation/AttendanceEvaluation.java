package uk.registerly.rules.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import uk.registerly.rules.alerts.Alert;
import uk.registerly.rules.figures.PupilFigures;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.marks.EffectiveMark;

/** The result of evaluating a school (or some pupils) as of a date; pupils in id order. */
public final class AttendanceEvaluation {
    private final LocalDate asOf;
    private final List<PupilEvaluation> pupils;
    private final List<AttendanceFact> factsForUnknownPupils;

    AttendanceEvaluation(LocalDate asOf, List<PupilEvaluation> pupils, List<AttendanceFact> factsForUnknownPupils) {
        this.asOf = asOf;
        this.pupils = Collections.unmodifiableList(pupils);
        this.factsForUnknownPupils = Collections.unmodifiableList(factsForUnknownPupils);
    }

    public LocalDate asOf() {
        return asOf;
    }

    public List<PupilEvaluation> pupils() {
        return pupils;
    }

    /** The evaluation of one pupil, or null when the pupil was not evaluated. */
    public PupilEvaluation pupil(String id) {
        for (PupilEvaluation p : pupils) {
            if (p.pupil().id().equals(id)) {
                return p;
            }
        }
        return null;
    }

    /** Every pupil's marks: by pupil, date, AM before PM. */
    public List<EffectiveMark> marks() {
        List<EffectiveMark> all = new ArrayList<>();
        for (PupilEvaluation p : pupils) {
            all.addAll(p.marks());
        }
        return all;
    }

    public List<PupilFigures> figures() {
        List<PupilFigures> all = new ArrayList<>();
        for (PupilEvaluation p : pupils) {
            all.add(p.figures());
        }
        return all;
    }

    public List<Alert> alerts() {
        List<Alert> all = new ArrayList<>();
        for (PupilEvaluation p : pupils) {
            all.addAll(p.alerts());
        }
        return all;
    }

    /** Facts naming a pupil who was not in the list evaluated. */
    public List<AttendanceFact> factsForUnknownPupils() {
        return factsForUnknownPupils;
    }
}
