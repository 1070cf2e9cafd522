package uk.registerly.app.testing;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.registerly.app.data.attendance.RegisterRepository;
import uk.registerly.app.data.attendance.RegisterRow;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * An in-memory {@link RegisterRepository}: the test sends each register's rows; marks and
 * amendments are kept in {@link #writes} (a refusal there refuses them); every class has the
 * {@link TestSchool}'s register times unless {@link #withoutWindows()}.
 */
public final class TestRegisterRepository implements RegisterRepository {
    public final FakeWrites writes = new FakeWrites();
    private final Map<String, MutableLiveData<List<RegisterRow>>> registers = new HashMap<>();
    private boolean windows = true;

    /** What the register of {@code classId} shows for that session now. */
    public void send(String classId, LocalDate date, Session session, List<RegisterRow> rows) {
        live(classId, date, session).setValue(rows);
    }

    /** The school's register times are not on the device. */
    public TestRegisterRepository withoutWindows() {
        windows = false;
        return this;
    }

    private MutableLiveData<List<RegisterRow>> live(String classId, LocalDate date, Session session) {
        return registers.computeIfAbsent(classId + '|' + date + '|' + session, key -> new MutableLiveData<>());
    }

    @Override
    public LiveData<List<RegisterRow>> register(String classId, LocalDate date, Session session) {
        return live(classId, date, session);
    }

    @Nullable
    @Override
    public RegisterWindow registerWindow(String classId, Session session) {
        return windows ? TestSchool.rules().registerWindow(session, "3") : null;
    }

    @Override
    public JournalEventEntity recordMark(String pupilId, LocalDate date, Session session, AttendanceCode code) {
        return writes.write(EventType.REGISTER_MARK, EventPayloads.registerMark(pupilId, date, session, code,
                date.atTime(8, 45)));
    }

    @Override
    public List<JournalEventEntity> recordMarks(List<String> pupilIds, LocalDate date, Session session,
                                                AttendanceCode code) {
        writes.check();
        List<JournalEventEntity> rows = new ArrayList<>();
        for (String pupilId : pupilIds) {
            rows.add(recordMark(pupilId, date, session, code));
        }
        return rows;
    }

    @Override
    public List<JournalEventEntity> recordMarksOnBehalf(java.util.Map<String, AttendanceCode> codes, LocalDate date,
                                                        Session session, String teacherId) {
        writes.check();
        List<JournalEventEntity> rows = new ArrayList<>();
        for (java.util.Map.Entry<String, AttendanceCode> mark : codes.entrySet()) {
            rows.add(recordMark(mark.getKey(), date, session, mark.getValue()));
        }
        return rows;
    }

    @Override
    public JournalEventEntity recordAmendment(String pupilId, LocalDate date, Session session, AttendanceCode code,
                                              String reason) {
        return writes.write(EventType.AMENDMENT, EventPayloads.amendment(pupilId, date, session, code,
                date.atTime(9, 30), reason, TestSchool.TEACHER_SIGNATURE));
    }
}
