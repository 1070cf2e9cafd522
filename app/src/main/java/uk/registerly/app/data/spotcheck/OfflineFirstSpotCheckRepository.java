package uk.registerly.app.data.spotcheck;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.attendance.JournalFacts;
import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.dao.RosterDao;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.db.entity.SchoolClassEntity;
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
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.rollcall.OnSiteEntry;
import uk.registerly.rules.rollcall.OnSiteList;
import uk.registerly.rules.schoolday.SchoolDayProblem;
import uk.registerly.rules.spotcheck.SpotCheck;
import uk.registerly.rules.spotcheck.SpotCheckRules;
import uk.registerly.rules.spotcheck.TruancyAlert;

/**
 * {@link SpotCheckRepository} over the device's journal: the day's register facts and the sign-out book given to
 * the rules' {@link OnSiteList} and {@link SpotCheckRules}, as the server gives its own for the office's
 * school-day worklist, so the alert the screen shows is the alert the office will see.
 */
@Singleton
public class OfflineFirstSpotCheckRepository implements SpotCheckRepository {
    private final JournalDao journal;
    private final RosterDao roster;
    private final EventJournal events;
    private final SchoolRulesLookup schools;
    private final ReadModels readModels;
    private final Clock clock;

    @Inject
    public OfflineFirstSpotCheckRepository(RegisterlyDatabase database, EventJournal events,
                                           SchoolRulesLookup schools, ReadModels readModels, Clock clock) {
        this.journal = database.journal();
        this.roster = database.roster();
        this.events = events;
        this.schools = schools;
        this.readModels = readModels;
        this.clock = clock;
    }

    @Override
    public LiveData<SpotCheckClass> classNow(String classId, LiveData<?> clockTicks) {
        return readModels.recomputing(() -> compute(classId), clockTicks);
    }

    @WorkerThread
    @Nullable
    SpotCheckClass compute(String classId) {
        SchoolRules rules = schools.deviceSchool();
        SchoolClassEntity schoolClass = roster.schoolClass(classId);
        if (rules == null || schoolClass == null) {
            return null;
        }
        LocalDateTime now = rules.localNow(clock);
        List<PupilEntity> rows = roster.pupilsOfClass(classId);
        Map<String, OnSiteEntry> onSite = onSite(rules, rows, now);
        List<SpotCheckClass.Pupil> pupils = new ArrayList<>();
        for (PupilEntity row : rows) {
            pupils.add(new SpotCheckClass.Pupil(RosterPupil.of(row), onSite.get(row.id)));
        }
        return new SpotCheckClass(classId, schoolClass.name, now, pupils);
    }

    private Map<String, OnSiteEntry> onSite(SchoolRules rules, List<PupilEntity> rows, LocalDateTime now) {
        List<Pupil> pupils = new ArrayList<>();
        for (PupilEntity row : rows) {
            pupils.add(RulesPupils.of(row));
        }
        SchoolDayFacts day = SchoolDayFacts.of(journal.ofTypes(SchoolDayFacts.TYPES));
        Map<String, OnSiteEntry> byPupil = new HashMap<>();
        for (OnSiteEntry e : new OnSiteList(rules.policy()).compute(pupils,
                JournalFacts.toFacts(journal.factsOn(now.toLocalDate().toString())), day.departures, day.returns,
                now)) {
            byPupil.put(e.pupil(), e);
        }
        return byPupil;
    }

    @Override
    @WorkerThread
    public List<TruancyAlert> record(String where, String classId, Set<String> expected, Set<String> found) {
        SchoolRules rules = schools.recordingSchool();
        events.writer(EventType.SPOT_CHECK);
        String place = where == null ? "" : where.trim();
        if (place.isEmpty()) {
            throw new NotRecordableException("Say where the check was made (a room or the class).");
        }
        LocalDateTime now = rules.localNow(clock);
        SpotCheck check = new SpotCheck("new", place, classId, now, expected, found);
        SchoolDayProblem problem = SpotCheckRules.check(check);
        if (problem != null) {
            throw new NotRecordableException(problem.message());
        }
        List<PupilEntity> rows = roster.pupils(new ArrayList<>(expected));
        List<Pupil> pupils = new ArrayList<>();
        for (PupilEntity row : rows) {
            pupils.add(RulesPupils.of(row));
        }
        SchoolDayFacts day = SchoolDayFacts.of(journal.ofTypes(SchoolDayFacts.TYPES));
        List<TruancyAlert> alerts = new SpotCheckRules(new OnSiteList(rules.policy()), rules.dayPolicy()).alerts(check,
                pupils, JournalFacts.toFacts(journal.factsOn(now.toLocalDate().toString())), day.departures,
                day.returns);
        events.record(EventType.SPOT_CHECK, SchoolDayPayloads.spotCheck(place, classId, now, expected, found));
        return alerts;
    }
}
