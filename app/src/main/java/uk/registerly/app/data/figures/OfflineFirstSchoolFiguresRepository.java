package uk.registerly.app.data.figures;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.attendance.OfflineFirstAttendanceRecordsRepository;
import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.dao.RosterDao;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.db.entity.SchoolClassEntity;
import uk.registerly.app.data.readmodel.ReadModels;
import uk.registerly.rules.evaluation.AttendanceEvaluation;
import uk.registerly.rules.figures.FiguresByGroup;
import uk.registerly.rules.figures.ReportingPeriod;

/**
 * {@link SchoolFiguresRepository}: the same whole-school evaluation as the worklists' (one evaluation, so a
 * group's figures are its pupils' own figures added up), grouped by the rules' {@link FiguresByGroup} over the
 * school year to date, as the server's {@code GET /api/v1/figures} counts by default.
 */
@Singleton
public class OfflineFirstSchoolFiguresRepository implements SchoolFiguresRepository {
    private final OfflineFirstAttendanceRecordsRepository records;
    private final RosterDao roster;
    private final ReadModels readModels;

    @Inject
    public OfflineFirstSchoolFiguresRepository(OfflineFirstAttendanceRecordsRepository records,
                                               RegisterlyDatabase database, ReadModels readModels) {
        this.records = records;
        this.roster = database.roster();
        this.readModels = readModels;
    }

    @Override
    public LiveData<SchoolFigures> figures(FiguresGrouping grouping) {
        return readModels.recomputing(() -> compute(grouping));
    }

    @WorkerThread
    @Nullable
    SchoolFigures compute(FiguresGrouping grouping) {
        AttendanceEvaluation school = records.evaluateSchool();
        if (school == null) {
            return null;
        }
        LocalDate today = school.asOf();
        ReportingPeriod year = ReportingPeriod.between(ReportingPeriod.schoolYearStart(today), today);
        FiguresByGroup.Grouping by;
        if (grouping == FiguresGrouping.CLASS) {
            Map<String, String> classNames = new HashMap<>();
            for (SchoolClassEntity c : roster.allClasses()) {
                classNames.put(c.id, c.name);
            }
            Map<String, String> classOf = new HashMap<>();
            for (PupilEntity p : roster.allPupils()) {
                classOf.put(p.id, p.classId == null ? null : classNames.get(p.classId));
            }
            by = p -> classOf.get(p.pupil().id());
        } else {
            by = p -> p.pupil().yearGroup();
        }
        return new SchoolFigures(grouping, FiguresByGroup.of(school.pupils(), year, by), today);
    }
}
