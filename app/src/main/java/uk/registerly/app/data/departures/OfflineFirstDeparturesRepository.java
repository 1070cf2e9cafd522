package uk.registerly.app.data.departures;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.dao.RosterDao;
import uk.registerly.app.data.db.entity.GuardianEntity;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.db.entity.SchoolClassEntity;
import uk.registerly.app.data.db.entity.StaffEntity;
import uk.registerly.app.data.journal.EventJournal;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.data.journal.SchoolDayPayloads;
import uk.registerly.app.data.readmodel.ReadModels;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.data.roster.RulesPupils;
import uk.registerly.app.data.roster.SchoolRules;
import uk.registerly.app.data.roster.SchoolRulesLookup;
import uk.registerly.app.data.schoolday.SchoolDayFacts;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.schoolday.Collector;
import uk.registerly.rules.schoolday.EarlyDeparture;
import uk.registerly.rules.schoolday.EarlyDepartureRules;
import uk.registerly.rules.schoolday.PupilReturn;
import uk.registerly.rules.schoolday.RegisterProposal;
import uk.registerly.rules.schoolday.SchoolDayProblem;

/**
 * {@link DeparturesRepository} over the device's journal. A sign-out or a return is checked by the school's
 * {@link EarlyDepartureRules} — the check the server runs before it appends the event — so a refusal is shown at
 * the desk, offline too, rather than quarantined after the next sync.
 */
@Singleton
public class OfflineFirstDeparturesRepository implements DeparturesRepository {
    private final JournalDao journal;
    private final RosterDao roster;
    private final EventJournal events;
    private final SchoolRulesLookup schools;
    private final ReadModels readModels;
    private final Clock clock;

    @Inject
    public OfflineFirstDeparturesRepository(RegisterlyDatabase database, EventJournal events,
                                            SchoolRulesLookup schools, ReadModels readModels, Clock clock) {
        this.journal = database.journal();
        this.roster = database.roster();
        this.events = events;
        this.schools = schools;
        this.readModels = readModels;
        this.clock = clock;
    }

    @Override
    public LiveData<DeparturesToday> today(LiveData<?> clockTicks) {
        return readModels.recomputing(this::compute, clockTicks);
    }

    @Override
    public LiveData<Map<String, RegisterProposal>> proposals(LocalDate date, Session session) {
        return readModels.recomputing(() -> proposalsNow(date, session));
    }

    @WorkerThread
    Map<String, RegisterProposal> proposalsNow(LocalDate date, Session session) {
        Map<String, RegisterProposal> proposals = new HashMap<>();
        SchoolRules rules = schools.deviceSchool();
        if (rules == null) {
            return proposals;
        }
        SchoolDayFacts facts = SchoolDayFacts.of(journal.ofTypes(SchoolDayFacts.TYPES));
        Set<String> leftThatDay = new HashSet<>();
        for (EarlyDeparture d : facts.departures) {
            if (d.date().equals(date)) {
                leftThatDay.add(d.pupil());
            }
        }
        if (leftThatDay.isEmpty()) {
            return proposals;
        }
        for (PupilEntity row : roster.pupils(new ArrayList<>(leftThatDay))) {
            RegisterProposal proposal = rules.earlyDepartureRules().proposal(RulesPupils.of(row), date, session,
                    facts.departures, facts.returns);
            if (proposal != null) {
                proposals.put(row.id, proposal);
            }
        }
        return proposals;
    }

    @Override
    public LiveData<List<GuardianEntity>> guardiansOf(String pupilId) {
        return roster.observeGuardiansOf(pupilId);
    }

    @WorkerThread
    @Nullable
    DeparturesToday compute() {
        SchoolRules rules = schools.deviceSchool();
        if (rules == null) {
            return null;
        }
        LocalDateTime now = rules.localNow(clock);
        LocalDate today = now.toLocalDate();
        SchoolDayFacts facts = SchoolDayFacts.of(journal.ofTypes(SchoolDayFacts.TYPES));
        Map<String, String> classNames = new HashMap<>();
        for (SchoolClassEntity c : roster.allClasses()) {
            classNames.put(c.id, c.name);
        }
        List<RosterPupil> pupils = new ArrayList<>();
        Map<String, RosterPupil> byId = new HashMap<>();
        for (PupilEntity row : roster.allPupils()) {
            RosterPupil pupil = RosterPupil.of(row);
            pupils.add(pupil);
            byId.put(pupil.id, pupil);
        }
        List<DepartureLine> lines = new ArrayList<>();
        for (EarlyDeparture d : facts.departures) {
            RosterPupil pupil = byId.get(d.pupil());
            if (!d.date().equals(today) || pupil == null) {
                continue;
            }
            lines.add(new DepartureLine(d, pupil, pupil.classId == null ? null : classNames.get(pupil.classId),
                    collectedBy(d), rules.earlyDepartureRules().assess(named(d)), returnAfter(d, facts)));
        }
        // Still out first, then back; newest first within each: the desk acts on those who are out.
        Collections.sort(lines, Comparator.comparing((DepartureLine l) -> !l.out())
                .thenComparing((DepartureLine l) -> l.departure.at(), Comparator.reverseOrder()));
        return new DeparturesToday(now, lines, pupils, approver());
    }

    @Nullable
    private String approver() {
        try {
            return events.actingSignature(events.writer(EventType.EARLY_DEPARTURE));
        } catch (NotRecordableException notThisDevice) {
            return null;
        }
    }

    /** {@code d} with its approver's staff id put as "Name, Position", so the policy's words name a person. */
    private EarlyDeparture named(EarlyDeparture d) {
        StaffEntity staff = d.approvedBy() == null ? null : roster.staff(d.approvedBy());
        if (staff == null) {
            return d;
        }
        return new EarlyDeparture(d.id(), d.pupil(), d.at(), d.reason(), d.collector(), d.note(), d.approved(),
                staff.name + ", " + staff.position);
    }

    @Nullable
    private String collectedBy(EarlyDeparture d) {
        Collector c = d.collector();
        if (c.isNobody()) {
            return null;
        }
        if (!c.isGuardian()) {
            return c.name() + " (" + c.relationship() + ")";
        }
        for (GuardianEntity g : roster.guardiansOf(d.pupil())) {
            if (g.id.equals(c.guardianId())) {
                return g.relationship == null ? g.name : g.name + " (" + g.relationship + ")";
            }
        }
        // A gate holds no guardians: the one named on the office's roster.
        return null;
    }

    /** The first return after {@code d} that day, when the pupil is not signed out again by the time of it. */
    @Nullable
    private static LocalDateTime returnAfter(EarlyDeparture d, SchoolDayFacts facts) {
        LocalDateTime first = null;
        for (PupilReturn r : facts.returns) {
            if (r.pupil().equals(d.pupil()) && r.date().equals(d.date()) && !r.at().isBefore(d.at())
                    && (first == null || r.at().isBefore(first))) {
                first = r.at();
            }
        }
        return first;
    }

    @Override
    @WorkerThread
    public JournalEventEntity signOut(SignOut signOut) {
        SchoolRules rules = schools.recordingSchool();
        DeviceIdentity identity = events.writer(EventType.EARLY_DEPARTURE);
        PupilEntity pupil = requirePupil(signOut.pupilId);
        // The approval is in the name of whoever unlocked the device (the server checks the staff id is the school's).
        String approvedBy = signOut.approved ? events.actingStaffId(identity) : null;
        if (signOut.approved && approvedBy == null) {
            throw new NotRecordableException("Sign in with your PIN to approve an early departure: it is recorded"
                    + " with your name and position.");
        }
        LocalDateTime now = rules.localNow(clock);
        EarlyDeparture departure = new EarlyDeparture("new", pupil.id, now, signOut.reason, signOut.collector,
                signOut.note, signOut.approved, approvedBy);
        List<String> guardians = new ArrayList<>();
        for (GuardianEntity g : roster.guardiansOf(pupil.id)) {
            guardians.add(g.id);
        }
        refuseIf(rules.earlyDepartureRules().checkDeparture(departure, RulesPupils.of(pupil), now, guardians));
        return events.record(EventType.EARLY_DEPARTURE, SchoolDayPayloads.earlyDeparture(pupil.id, now,
                signOut.reason, signOut.collector, signOut.note, signOut.approved, approvedBy));
    }

    @Override
    @WorkerThread
    public JournalEventEntity returned(String pupilId) {
        SchoolRules rules = schools.recordingSchool();
        events.writer(EventType.RETURNED);
        PupilEntity pupil = requirePupil(pupilId);
        LocalDateTime now = rules.localNow(clock);
        SchoolDayFacts facts = SchoolDayFacts.of(journal.ofTypes(SchoolDayFacts.TYPES));
        refuseIf(rules.earlyDepartureRules().checkReturn(new PupilReturn("new", pupil.id, now),
                RulesPupils.of(pupil), now, facts.departures));
        return events.record(EventType.RETURNED, SchoolDayPayloads.returned(pupil.id, now));
    }

    private PupilEntity requirePupil(String pupilId) {
        PupilEntity pupil = pupilId == null ? null : roster.pupil(pupilId);
        if (pupil == null) {
            throw new NotRecordableException("Choose the pupil from the list.");
        }
        return pupil;
    }

    private static void refuseIf(@Nullable SchoolDayProblem problem) {
        if (problem != null) {
            throw new NotRecordableException(problem.message());
        }
    }
}
