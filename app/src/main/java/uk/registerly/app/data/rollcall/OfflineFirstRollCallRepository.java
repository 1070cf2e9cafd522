package uk.registerly.app.data.rollcall;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.attendance.JournalFacts;
import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.dao.RosterDao;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.db.entity.SchoolClassEntity;
import uk.registerly.app.data.journal.EventJournal;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.SchoolDayPayloads;
import uk.registerly.app.data.readmodel.ReadModels;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.data.roster.RulesPupils;
import uk.registerly.app.data.roster.SchoolRules;
import uk.registerly.app.data.roster.SchoolRulesLookup;
import uk.registerly.app.data.schoolday.SchoolDayFacts;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.rollcall.OnSiteEntry;
import uk.registerly.rules.rollcall.OnSiteList;
import uk.registerly.rules.rollcall.RollCall;
import uk.registerly.rules.rollcall.RollCallReason;
import uk.registerly.rules.rollcall.RollCalls;

/**
 * {@link RollCallRepository} over the device's journal: the roll-call, sign-out and return facts of every device
 * that have reached this one, and the day's register facts, given to the rules exactly as the server gives its
 * own ({@code /api/v1/roll-calls/current}), so every device converges on the same list once synced.
 */
@Singleton
public class OfflineFirstRollCallRepository implements RollCallRepository {
    private final JournalDao journal;
    private final RosterDao roster;
    private final EventJournal events;
    private final SchoolRulesLookup schools;
    private final ReadModels readModels;
    private final Clock clock;

    @Inject
    public OfflineFirstRollCallRepository(RegisterlyDatabase database, EventJournal events, SchoolRulesLookup schools,
                                          ReadModels readModels, Clock clock) {
        this.journal = database.journal();
        this.roster = database.roster();
        this.events = events;
        this.schools = schools;
        this.readModels = readModels;
        this.clock = clock;
    }

    @Override
    public LiveData<RollCallNow> now(LiveData<?> clockTicks) {
        return readModels.recomputing(this::compute, clockTicks);
    }

    @WorkerThread
    @Nullable
    RollCallNow compute() {
        SchoolRules rules = schools.deviceSchool();
        if (rules == null) {
            return null;
        }
        LocalDateTime now = rules.localNow(clock);
        SchoolDayFacts facts = SchoolDayFacts.of(journal.ofTypes(SchoolDayFacts.TYPES));
        RollCall call = RollCalls.current(facts.rollCalls);
        Map<String, RosterPupil> pupils = new HashMap<>();
        Map<String, String> classNames = new HashMap<>();
        if (call == null) {
            return new RollCallNow(now, null, pupils, classNames);
        }
        List<Pupil> rulesPupils = new ArrayList<>();
        for (PupilEntity pupil : roster.allPupils()) {
            rulesPupils.add(RulesPupils.of(pupil));
            pupils.put(pupil.id, RosterPupil.of(pupil));
        }
        for (SchoolClassEntity c : roster.allClasses()) {
            classNames.put(c.id, c.name);
        }
        // Who should be on site as the facts stood when the alarm went: the list the roll call checks against.
        LocalDateTime started = call.startedAt();
        List<OnSiteEntry> onSite = new OnSiteList(rules.policy()).compute(rulesPupils,
                JournalFacts.toFacts(journal.factsOn(started.toLocalDate().toString())), facts.departures,
                facts.returns, started);
        return new RollCallNow(now, RollCalls.report(call, onSite, now), pupils, classNames);
    }

    @Override
    @WorkerThread
    public String start(RollCallReason reason) {
        return events.record(EventType.ROLL_CALL_STARTED, SchoolDayPayloads.rollCallStarted(localNow(), reason)).id;
    }

    @Override
    @WorkerThread
    public JournalEventEntity account(String rollCallId, String pupilId, boolean accounted) {
        return events.record(EventType.ROLL_CALL_ACCOUNTED,
                SchoolDayPayloads.rollCallAccounted(pupilId, rollCallId, accounted, localNow()));
    }

    @Override
    @WorkerThread
    public JournalEventEntity end(String rollCallId) {
        return events.record(EventType.ROLL_CALL_ENDED, SchoolDayPayloads.rollCallEnded(rollCallId, localNow()));
    }

    private LocalDateTime localNow() {
        return schools.recordingSchool().localNow(clock);
    }
}
