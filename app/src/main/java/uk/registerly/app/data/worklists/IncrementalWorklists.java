package uk.registerly.app.data.worklists;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.registerly.app.data.attendance.PupilRecords;
import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.dao.RosterDao;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.db.entity.PupilFingerprint;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.data.roster.SchoolRules;
import uk.registerly.app.data.roster.SchoolRulesLookup;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.figures.PupilFigures;

/**
 * The office's worklists kept by pupil, advanced by what was stored since the last advance. The
 * rules evaluate each pupil from that pupil's facts alone, so a fact stored (written, pulled) or an
 * own event rejected re-evaluates its pupil only, read by {@code pupil_id} from Room; a changed
 * roster row re-evaluates its pupil; a new day or new school rules re-evaluate every pupil, a page
 * of the roster at a time. Only each pupil's worklist lines and figures are kept, never the facts
 * or the marks: that is what keeps a 1,500-pupil school inside a tablet's heap
 * (docs/benchmarks.md, "the office tablet"). The result equals {@link OfficeWorklists#build} over
 * a from-scratch evaluation (IncrementalWorklistsMatchFromScratchTest).
 */
public final class IncrementalWorklists {
    /** Pupils evaluated per read of the journal (well under SQLite's 999 parameters). */
    static final int PAGE = 100;

    private final JournalDao journal;
    private final RosterDao roster;
    private final SchoolRulesLookup schools;
    private final PupilRecords records;
    private final Clock clock;

    private SchoolRules builtFor;
    private LocalDate asOf;
    private long factsUpTo = -1;
    private long rejectionsUpTo = -1;
    private Map<String, String> fingerprints = new HashMap<>();
    private final Map<String, PupilLines> pupils = new HashMap<>();
    private SchoolTotals totals = SchoolTotals.NONE;
    private int lastEvaluated;

    public IncrementalWorklists(RegisterlyDatabase database, SchoolRulesLookup schools, Clock clock) {
        this.journal = database.journal();
        this.roster = database.roster();
        this.schools = schools;
        this.records = new PupilRecords(journal);
        this.clock = clock;
    }

    /** Brings the lists up to what Room holds now; null before the device has its school's rules. */
    @Nullable
    @WorkerThread
    public synchronized SchoolWorklists advance() {
        SchoolRules rules = schools.deviceSchool();
        if (rules == null) {
            forgetAll();
            return null;
        }
        LocalDate today = rules.today(clock);
        // Read the horizons first: a row stored while this runs is after them and is read next time.
        long lastFact = journal.lastRow();
        long lastRejection = journal.lastRejectionRow();
        Map<String, String> now = fingerprintsNow();
        lastEvaluated = 0;
        if (rules != builtFor || !today.equals(asOf) || lastFact < factsUpTo || lastRejection < rejectionsUpTo) {
            // New rules, a new day, or a wiped journal (rows only go when the device's data is wiped).
            forgetAll();
            builtFor = rules;
            asOf = today;
            evaluateWholeRoster(rules);
        } else {
            Set<String> touched = new HashSet<>(journal.pupilsWithFactsStoredBetween(factsUpTo, lastFact));
            touched.addAll(journal.pupilsWithRejectionsStoredBetween(rejectionsUpTo, lastRejection));
            for (Map.Entry<String, String> pupil : now.entrySet()) {
                if (!pupil.getValue().equals(fingerprints.get(pupil.getKey()))) {
                    touched.add(pupil.getKey());
                }
            }
            for (String gone : new ArrayList<>(pupils.keySet())) {
                if (!now.containsKey(gone)) {
                    forget(gone);
                }
            }
            touched.retainAll(now.keySet()); // facts of pupils not on this device's roster are on no list
            evaluatePupils(rules, new ArrayList<>(touched));
        }
        fingerprints = now;
        factsUpTo = lastFact;
        rejectionsUpTo = lastRejection;
        List<List<WorklistEntry>> lines = new ArrayList<>(pupils.size());
        for (PupilLines pupil : pupils.values()) {
            lines.add(pupil.entries);
        }
        return new SchoolWorklists(asOf, OfficeWorklists.sorted(lines), totals);
    }

    /** How many pupils the last {@link #advance()} evaluated (a new fact: its pupil alone). */
    public synchronized int pupilsEvaluatedLastAdvance() {
        return lastEvaluated;
    }

    private Map<String, String> fingerprintsNow() {
        Map<String, String> now = new HashMap<>();
        for (PupilFingerprint row : roster.pupilFingerprints()) {
            now.put(row.id, row.fingerprint);
        }
        return now;
    }

    private void evaluateWholeRoster(SchoolRules rules) {
        String after = "";
        List<PupilEntity> page;
        do {
            page = roster.pupilsAfter(after, PAGE);
            keep(rules, page);
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).id;
            }
        } while (page.size() == PAGE);
    }

    private void evaluatePupils(SchoolRules rules, List<String> ids) {
        for (int from = 0; from < ids.size(); from += PAGE) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + PAGE));
            for (String id : batch) {
                forget(id);
            }
            keep(rules, roster.pupils(batch));
        }
    }

    private void keep(SchoolRules rules, List<PupilEntity> page) {
        Map<String, PupilEvaluation> evaluated = records.evaluate(page, rules, asOf);
        for (PupilEntity pupil : page) {
            PupilEvaluation record = evaluated.get(pupil.id);
            PupilLines lines = new PupilLines(OfficeWorklists.entriesOf(record, RosterPupil.of(pupil)),
                    record.schoolYearFigures());
            pupils.put(pupil.id, lines);
            totals = totals.plus(lines.figures);
            lastEvaluated++;
        }
    }

    private void forget(String pupilId) {
        PupilLines old = pupils.remove(pupilId);
        if (old != null) {
            totals = totals.minus(old.figures);
        }
    }

    private void forgetAll() {
        pupils.clear();
        fingerprints = new HashMap<>();
        totals = SchoolTotals.NONE;
        builtFor = null;
        asOf = null;
    }

    /** What is kept of one pupil's evaluation: its lines and its figures, nothing else. */
    private static final class PupilLines {
        final List<WorklistEntry> entries;
        @Nullable
        final PupilFigures figures;

        PupilLines(List<WorklistEntry> entries, @Nullable PupilFigures figures) {
            this.entries = entries;
            this.figures = figures;
        }
    }
}
