package uk.registerly.app.data.attendance;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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
import uk.registerly.app.data.journal.SchoolDayPayloads;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.data.readmodel.ReadModels;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.data.roster.SchoolRules;
import uk.registerly.app.data.roster.SchoolRulesLookup;
import uk.registerly.app.security.DeviceIdentity;
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
        Map<String, AttendanceCode> codes = new LinkedHashMap<>();
        for (String pupilId : pupilIds) {
            codes.put(pupilId, code);
        }
        return record(codes, date, session, null);
    }

    @Override
    @WorkerThread
    public List<JournalEventEntity> recordMarksOnBehalf(Map<String, AttendanceCode> codes, LocalDate date,
                                                        Session session, String teacherId) {
        if (teacherId == null || !journal.writer(EventType.REGISTER_MARK).role().equals(DeviceIdentity.Role.OFFICE)) {
            throw new NotRecordableException("Only the office takes a register on a teacher's behalf.");
        }
        for (String pupilId : codes.keySet()) {
            PupilEntity pupil = roster.pupil(pupilId);
            if (pupil == null || pupil.classId == null || !roster.teachersOf(pupil.classId).contains(teacherId)) {
                // The server's check: onBehalfOf must teach the pupil's class (a 403 would hold up the batch).
                throw new NotRecordableException("This teacher does not teach this pupil's class.");
            }
        }
        return record(codes, date, session, teacherId);
    }

    /** Register marks, one per pupil, checked as the server checks them; all or none. */
    private List<JournalEventEntity> record(Map<String, AttendanceCode> codes, LocalDate date, Session session,
                                            @Nullable String onBehalfOf) {
        List<EventJournal.Draft> drafts = new ArrayList<>(codes.size());
        for (Map.Entry<String, AttendanceCode> mark : codes.entrySet()) {
            String pupilId = mark.getKey();
            FactTargets.Target target = targets.target(pupilId, EventType.REGISTER_MARK, date);
            if (onBehalfOf == null && target.identity.role() == DeviceIdentity.Role.OFFICE) {
                throw new NotRecordableException("The office takes a register only on a teacher's behalf.");
            }
            target.requireSchoolSession(date, session);
            LocalDateTime now = recording.now(target);
            if (date.isAfter(now.toLocalDate())) {
                throw new NotRecordableException("A register cannot be marked for a day that has not come yet.");
            }
            // The server's own check (register_closed, leave_refused, ...): refused here, nothing written.
            recording.requireMark(target, date, session, mark.getValue(), now);
            drafts.add(new EventJournal.Draft(EventType.REGISTER_MARK, onBehalfOf == null
                    ? EventPayloads.registerMark(pupilId, date, session, mark.getValue(), now)
                    : SchoolDayPayloads.registerMarkOnBehalf(pupilId, date, session, mark.getValue(), now, onBehalfOf)));
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
