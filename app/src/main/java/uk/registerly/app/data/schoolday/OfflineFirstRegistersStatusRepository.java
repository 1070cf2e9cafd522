package uk.registerly.app.data.schoolday;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.attendance.RegisterRepository;
import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.dao.RosterDao;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.db.entity.SchoolClassEntity;
import uk.registerly.app.data.db.entity.StaffEntity;
import uk.registerly.app.data.readmodel.ReadModels;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.data.roster.RulesPupils;
import uk.registerly.app.data.roster.SchoolRules;
import uk.registerly.app.data.roster.SchoolRulesLookup;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.registers.RegisterEntryFact;
import uk.registerly.rules.registers.RegisterStatus;
import uk.registerly.rules.registers.RegisterStatusRules;

/**
 * {@link RegistersStatusRepository} over the device's journal and roster: the same facts the server's
 * {@code GET /api/v1/registers/status} reads (the day's REGISTER_MARK, REASON and AMENDMENT, an office mark
 * on a teacher's behalf named by its {@code onBehalfOf}), given to the same rules.
 */
@Singleton
public class OfflineFirstRegistersStatusRepository implements RegistersStatusRepository {
    private final JournalDao journal;
    private final RosterDao roster;
    private final SchoolRulesLookup schools;
    private final ReadModels readModels;
    private final RegisterRepository register;
    private final Clock clock;

    @Inject
    public OfflineFirstRegistersStatusRepository(RegisterlyDatabase database, SchoolRulesLookup schools,
                                                 ReadModels readModels, RegisterRepository register, Clock clock) {
        this.journal = database.journal();
        this.roster = database.roster();
        this.schools = schools;
        this.readModels = readModels;
        this.register = register;
        this.clock = clock;
    }

    @Override
    public LiveData<RegistersToday> status(@Nullable Session session, LiveData<?> clockTicks) {
        return readModels.recomputing(() -> compute(session), clockTicks);
    }

    @WorkerThread
    @Nullable
    RegistersToday compute(@Nullable Session chosen) {
        SchoolRules rules = schools.deviceSchool();
        if (rules == null) {
            return null;
        }
        LocalDateTime now = rules.localNow(clock);
        LocalDate date = now.toLocalDate();
        List<SchoolClassEntity> schoolClasses = roster.allClasses();
        Session session = chosen != null ? chosen : sessionAt(rules, now, schoolClasses);
        if (rules.schoolSessions(date, date, EnumSet.of(session)).isEmpty()) {
            return new RegistersToday(date, session, now, false, Collections.<ClassRegister>emptyList());
        }
        Map<String, List<PupilEntity>> byClass = new HashMap<>();
        for (PupilEntity pupil : roster.allPupils()) {
            if (pupil.classId != null) {
                byClass.computeIfAbsent(pupil.classId, k -> new ArrayList<>()).add(pupil);
            }
        }
        Map<String, List<RegisterEntryFact>> entries = entriesOn(date, session);
        RegisterStatusRules statusRules = new RegisterStatusRules(rules.policy());
        List<ClassRegister> classes = new ArrayList<>();
        for (SchoolClassEntity schoolClass : schoolClasses) {
            List<PupilEntity> pupils = byClass.getOrDefault(schoolClass.id, Collections.<PupilEntity>emptyList());
            List<Pupil> rulesPupils = new ArrayList<>(pupils.size());
            List<RegisterEntryFact> facts = new ArrayList<>();
            List<RosterPupil> unmarked = new ArrayList<>();
            for (PupilEntity pupil : pupils) {
                Pupil rulesPupil = RulesPupils.of(pupil);
                rulesPupils.add(rulesPupil);
                List<RegisterEntryFact> own = entries.get(pupil.id);
                if (own != null) {
                    facts.addAll(own);
                } else if (rulesPupil.isOnRollOn(date) && rules.registerWindow(session, pupil.yearGroup) != null) {
                    unmarked.add(RosterPupil.of(pupil));
                }
            }
            RegisterStatus status = statusRules.status(schoolClass.id, rulesPupils, date, session, facts, now);
            classes.add(new ClassRegister(schoolClass.id, schoolClass.name, schoolClass.yearGroup,
                    teachersOf(schoolClass.id), status, byName(unmarked)));
        }
        return new RegistersToday(date, session, now, true, classes);
    }

    /**
     * The session the office is chasing now: the afternoon once the school's morning session has ended (as the
     * register screen chooses, {@code RegisterClock.sessionAt}), otherwise the morning.
     */
    private static Session sessionAt(SchoolRules rules, LocalDateTime now, List<SchoolClassEntity> classes) {
        // Staggered registers (a window per year group): the afternoon begins when the last morning has ended.
        java.time.LocalTime lastMorningEnds = null;
        for (SchoolClassEntity c : classes) {
            uk.registerly.rules.schedule.RegisterWindow morning = rules.registerWindow(Session.AM, c.yearGroup);
            if (morning != null && (lastMorningEnds == null || morning.ends().isAfter(lastMorningEnds))) {
                lastMorningEnds = morning.ends();
            }
        }
        return lastMorningEnds != null && !now.toLocalTime().isBefore(lastMorningEnds) ? Session.PM : Session.AM;
    }

    /** The session's entries by pupil, as the server reads them from its events. */
    private Map<String, List<RegisterEntryFact>> entriesOn(LocalDate date, Session session) {
        Map<String, List<RegisterEntryFact>> byPupil = new HashMap<>();
        for (JournalEventEntity row : journal.registerEntriesOn(date.toString())) {
            JsonObject p = JsonParser.parseString(row.payload).getAsJsonObject();
            if (!p.has("session") || !session.name().equals(p.get("session").getAsString()) || !p.has("at")) {
                continue;
            }
            boolean mark = "REGISTER_MARK".equals(row.type);
            byPupil.computeIfAbsent(row.pupilId, k -> new ArrayList<>()).add(new RegisterEntryFact(row.pupilId, mark,
                    LocalDateTime.parse(p.get("at").getAsString()), mark && p.has("onBehalfOf")
                    && !p.get("onBehalfOf").isJsonNull()));
        }
        return byPupil;
    }

    private List<ClassRegister.Teacher> teachersOf(String classId) {
        List<ClassRegister.Teacher> teachers = new ArrayList<>();
        for (String staffId : roster.teachersOf(classId)) {
            StaffEntity staff = roster.staff(staffId);
            if (staff != null) {
                teachers.add(new ClassRegister.Teacher(staffId, staff.name));
            }
        }
        return teachers;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<RosterPupil> byName(List<RosterPupil> pupils) {
        pupils.sort((a, b) -> {
            int last = a.lastName.compareToIgnoreCase(b.lastName);
            return last != 0 ? last : a.firstName.compareToIgnoreCase(b.firstName);
        });
        return pupils;
    }

    @Override
    @WorkerThread
    public List<JournalEventEntity> takeOnBehalf(String classId, Session session, String teacherId,
                                                 List<String> present, List<String> absent) {
        SchoolRules rules = schools.recordingSchool();
        Set<String> both = new HashSet<>(present);
        both.retainAll(absent);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("a pupil is both present and absent");
        }
        for (String pupil : concat(present, absent)) {
            PupilEntity row = roster.pupil(pupil);
            if (row == null || !classId.equals(row.classId)) {
                throw new uk.registerly.app.data.journal.NotRecordableException("This pupil is not in this class.");
            }
        }
        Map<String, AttendanceCode> codes = new LinkedHashMap<>();
        AttendanceCode here = session == Session.AM ? AttendanceCode.PRESENT_AM : AttendanceCode.PRESENT_PM;
        for (String pupil : present) {
            codes.put(pupil, here);
        }
        for (String pupil : absent) {
            codes.put(pupil, AttendanceCode.N);
        }
        return register.recordMarksOnBehalf(codes, rules.today(clock), session, teacherId);
    }
}
