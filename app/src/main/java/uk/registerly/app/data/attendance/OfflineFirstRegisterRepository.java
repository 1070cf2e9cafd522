package uk.registerly.app.data.attendance;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.dao.RosterDao;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.db.entity.SchoolClassEntity;
import uk.registerly.app.data.journal.EventJournal;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.data.readmodel.ReadModels;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.data.roster.SchoolRules;
import uk.registerly.app.data.roster.SchoolRulesLookup;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * {@link RegisterRepository} in the offline-first style: every mark a row shows is computed by the
 * rules module's {@code Evaluator} over the local journal and roster, off the main thread, so it is
 * right while offline and agrees with the server once synced.
 */
@Singleton
public class OfflineFirstRegisterRepository implements RegisterRepository {
    private final RosterDao roster;
    private final SchoolRulesLookup schools;
    private final EventJournal journal;
    private final FactTargets targets;
    private final DayEvaluations evaluations;
    private final ReadModels readModels;
    private final RecordingCheck recording;

    @Inject
    public OfflineFirstRegisterRepository(RegisterlyDatabase database, SchoolRulesLookup schools, EventJournal journal,
                                          ReadModels readModels, RecordingTime time) {
        this.roster = database.roster();
        this.schools = schools;
        this.journal = journal;
        this.targets = new FactTargets(roster, schools, journal,
                new uk.registerly.app.data.scope.DeviceScopeStore(database.deviceSettings()));
        this.evaluations = new DayEvaluations(database.journal(), schools);
        this.readModels = readModels;
        this.recording = new RecordingCheck(database.journal(), time);
    }

    @Override
    public LiveData<List<RegisterRow>> register(String classId, LocalDate date, Session session) {
        return readModels.recomputing(() -> computeRegister(classId, date, session));
    }

    @Nullable
    @Override
    @WorkerThread
    public RegisterWindow registerWindow(String classId, Session session) {
        SchoolClassEntity schoolClass = roster.schoolClass(classId);
        SchoolRules rules = schools.deviceSchool();
        return schoolClass == null || rules == null ? null : rules.registerWindow(session, schoolClass.yearGroup);
    }

    @Override
    @WorkerThread
    public JournalEventEntity recordMark(String pupilId, LocalDate date, Session session, AttendanceCode code) {
        return recordMarks(Collections.singletonList(pupilId), date, session, code).get(0);
    }

    @Override
    @WorkerThread
    public List<JournalEventEntity> recordMarks(List<String> pupilIds, LocalDate date, Session session,
                                                AttendanceCode code) {
        List<EventJournal.Draft> drafts = new ArrayList<>(pupilIds.size());
        for (String pupilId : pupilIds) {
            FactTargets.Target target = targets.target(pupilId, EventType.REGISTER_MARK, date);
            target.requireSchoolSession(date, session);
            LocalDateTime now = recording.now(target);
            if (date.isAfter(now.toLocalDate())) {
                throw new NotRecordableException("A register cannot be marked for a day that has not come yet.");
            }
            // The server's own check (register_closed, leave_refused, ...): refused here, nothing written.
            recording.requireMark(target, date, session, code, now);
            drafts.add(new EventJournal.Draft(EventType.REGISTER_MARK,
                    EventPayloads.registerMark(pupilId, date, session, code, now)));
        }
        return drafts.isEmpty() ? Collections.<JournalEventEntity>emptyList() : journal.appendAll(drafts);
    }

    @Override
    @WorkerThread
    public JournalEventEntity recordAmendment(String pupilId, LocalDate date, Session session, AttendanceCode code,
                                              String reason) {
        FactTargets.Target target = targets.target(pupilId, EventType.AMENDMENT, date);
        target.requireSchoolSession(date, session);
        String by = journal.actingSignature(target.identity);
        if (by == null) {
            throw new NotRecordableException("This device is not enrolled for a member of staff, so it cannot sign an amendment.");
        }
        if (reason == null || reason.trim().isEmpty()) {
            throw new NotRecordableException("An amendment needs a reason.");
        }
        LocalDateTime now = recording.now(target);
        recording.requireAmendment(target, date, session, code, now, reason, by);
        return journal.append(EventType.AMENDMENT, EventPayloads.amendment(pupilId, date, session, code, now, reason, by));
    }

    private List<RegisterRow> computeRegister(String classId, LocalDate date, Session session) {
        List<PupilEntity> pupils = roster.pupilsOfClass(classId);
        Map<PupilEntity, PupilEvaluation> evaluated = evaluations.evaluateOn(pupils, date);
        Set<String> unsentPupils = evaluations.unsentPupilsOn(pupils, date);
        List<RegisterRow> rows = new ArrayList<>(pupils.size());
        for (PupilEntity pupil : pupils) {
            PupilEvaluation evaluation = evaluated.get(pupil);
            rows.add(new RegisterRow(RosterPupil.of(pupil), evaluation == null ? null : markOf(evaluation, date, session),
                    unsentPupils.contains(pupil.id)));
        }
        return rows;
    }

    @Nullable
    private static EffectiveMark markOf(PupilEvaluation evaluation, LocalDate date, Session session) {
        for (EffectiveMark mark : evaluation.marks()) {
            if (mark.session().date().equals(date) && mark.session().session() == session) {
                return mark;
            }
        }
        return null;
    }
}
