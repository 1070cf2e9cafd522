package uk.registerly.server.exports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.rules.evaluation.AttendanceEvaluation;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.pupil.PupilCharacteristics;
import uk.registerly.server.roster.PupilCharacteristicsStore;
import uk.registerly.server.school.SchoolSetup;
import uk.registerly.server.worklists.RegisterFacts;

/**
 * The pupils an export is about, with their names, on-roll dates and characteristics, and their
 * evaluation by the rules module: every figure and mark an export writes comes from this one
 * evaluation over the event log, the same the office's screens and {@code GET /pupils/{id}/attendance}
 * use.
 */
public final class ExportPupils {

    /** A pupil row as the exports read it. */
    public record Row(UUID id, String misId, String firstName, String lastName, LocalDate dateOfBirth, String yearGroup,
               LocalDate onRollFrom, LocalDate onRollUntil) {

        // The same view of the pupil as the attendance endpoint's (RegisterFacts.PupilRow.forRules), so the
        // figures agree with it.
        Pupil forRules() {
            return new Pupil(id.toString(), yearGroup, dateOfBirth);
        }

        boolean isOnRollDuring(LocalDate from, LocalDate to) {
            return (onRollFrom == null || !onRollFrom.isAfter(to)) && (onRollUntil == null || !onRollUntil.isBefore(from));
        }
    }

    /** A pupil with what the MIS says of them and what the rules make of their register. */
    record Evaluated(Row row, PupilCharacteristics characteristics, PupilEvaluation evaluation) {
    }

    private ExportPupils() {
    }

    static List<Row> rows(Handle h, UUID school, UUID onlyPupil) {
        return h.createQuery("""
                        select id, mis_id, first_name, last_name, date_of_birth, year_group, on_roll_from, on_roll_until
                        from pupils where school_id = :school and (cast(:pupil as uuid) is null or id = :pupil)
                        order by last_name, first_name, id""")
                .bind("school", school).bind("pupil", onlyPupil)
                .map(ConstructorMapper.of(Row.class))
                .list();
    }

    /** {@code rows}, evaluated as of {@code asOf} over the school's facts (or, for one pupil, theirs). */
    static List<Evaluated> evaluate(Handle h, SchoolSetup setup, List<Row> rows, LocalDate asOf) {
        List<AttendanceFact> facts = RegisterFacts.facts(h, setup.id(), rows.size() == 1 ? rows.get(0).id() : null);
        List<Pupil> pupils = new ArrayList<>();
        for (Row row : rows) {
            pupils.add(row.forRules());
        }
        AttendanceEvaluation evaluation = setup.evaluator().evaluate(pupils, facts, asOf);
        Map<UUID, PupilCharacteristics> characteristics = PupilCharacteristicsStore.forSchool(h, setup.id());
        List<Evaluated> evaluated = new ArrayList<>();
        for (Row row : rows) {
            evaluated.add(new Evaluated(row, characteristics.getOrDefault(row.id(), PupilCharacteristics.UNKNOWN),
                    evaluation.pupil(row.id().toString())));
        }
        return evaluated;
    }
}
