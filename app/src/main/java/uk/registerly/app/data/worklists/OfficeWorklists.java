package uk.registerly.app.data.worklists;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.rules.alerts.Alert;
import uk.registerly.rules.alerts.AlertType;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.AttendanceEvaluation;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.figures.PupilFigures;
import uk.registerly.rules.marks.EffectiveMark;

/**
 * Sorts the rules module's evaluation of the school into the office's worklists. Nothing here
 * decides a rule: alerts, figures and the penalty window's count are the rules module's own
 * ({@code PupilEvaluation.alerts()}, {@code schoolYearFigures()}, {@code penaltyWindowSessions()},
 * {@code isApproachingPenaltyThreshold()}); this only chooses which list each belongs on and
 * leaves off duties already done (an overdue N that has since been explained).
 */
public final class OfficeWorklists {
    private OfficeWorklists() {
    }

    /** Every list, in {@link Worklist} order, each sorted by date (newest first) then name; empty lists included. */
    public static Map<Worklist, List<WorklistEntry>> build(AttendanceEvaluation evaluation,
                                                           Collection<RosterPupil> pupils) {
        List<List<WorklistEntry>> lines = new ArrayList<>();
        for (RosterPupil pupil : pupils) {
            PupilEvaluation record = evaluation.pupil(pupil.id);
            if (record != null) {
                lines.add(entriesOf(record, pupil));
            }
        }
        return sorted(lines);
    }

    /** One pupil's lines on every list (what the incremental worklists keep per pupil, not the record). */
    public static List<WorklistEntry> entriesOf(PupilEvaluation record, RosterPupil pupil) {
        List<WorklistEntry> entries = new ArrayList<>(2);
        Map<SchoolSession, EffectiveMark> marks = new HashMap<>();
        for (EffectiveMark mark : record.marks()) {
            marks.put(mark.session(), mark);
        }
        Map<AlertType, Alert> latest = new LinkedHashMap<>();
        Alert oldestOverdue = null;
        int overdue = 0;
        for (Alert alert : record.alerts()) {
            if (alert.type() == AlertType.N_OVERDUE) {
                EffectiveMark now = marks.get(SchoolSession.of(alert.of(), alert.session()));
                if (now != null && now.code() == AttendanceCode.N) {
                    overdue++;
                    if (oldestOverdue == null || Alert.ORDER.compare(alert, oldestOverdue) < 0) {
                        oldestOverdue = alert;
                    }
                }
                continue;
            }
            Alert seen = latest.get(alert.type());
            if (seen == null || alert.date().isAfter(seen.date())) {
                latest.put(alert.type(), alert);
            }
        }
        if (oldestOverdue != null) {
            // One line per pupil: the oldest overdue N and how many are still unexplained.
            entries.add(new WorklistEntry(Worklist.N_OVERDUE, pupil, oldestOverdue.date(),
                    oldestOverdue.of(), oldestOverdue.session(), overdue, null));
        }
        for (Alert alert : latest.values()) {
            Worklist list = listOf(alert.type());
            Integer count = alert.type() == AlertType.PENALTY_THRESHOLD ? Integer.valueOf(
                    record.penaltyWindowSessions()) : alert.type() == AlertType.MEDICAL_EVIDENCE ? alert.days()
                    : alert.sessions();
            entries.add(new WorklistEntry(list, pupil, alert.date(), alert.from(), null, count, null));
        }
        if (record.isApproachingPenaltyThreshold()) {
            entries.add(new WorklistEntry(Worklist.PENALTY_APPROACHING, pupil,
                    null, null, null, record.penaltyWindowSessions(), null));
        }
        PupilFigures figures = record.schoolYearFigures();
        if (figures != null && figures.hasPossibleSessions()) {
            if (figures.isSeverelyAbsent()) {
                entries.add(new WorklistEntry(Worklist.SEVERE_ABSENCE, pupil, null,
                        null, null, figures.absenceSessions(), figures.absenceRate()));
            } else if (figures.isPersistentlyAbsent()) {
                entries.add(new WorklistEntry(Worklist.PERSISTENT_ABSENCE, pupil,
                        null, null, null, figures.absenceSessions(), figures.absenceRate()));
            }
        }
        return entries;
    }

    /** Pupils' lines sorted onto every list, in {@link Worklist} order, each by date (newest first) then name. */
    public static Map<Worklist, List<WorklistEntry>> sorted(Iterable<? extends Collection<WorklistEntry>> pupilsLines) {
        Map<Worklist, List<WorklistEntry>> lists = new EnumMap<>(Worklist.class);
        for (Worklist list : Worklist.values()) {
            lists.put(list, new ArrayList<>());
        }
        for (Collection<WorklistEntry> lines : pupilsLines) {
            for (WorklistEntry line : lines) {
                lists.get(line.list).add(line);
            }
        }
        Comparator<WorklistEntry> byDateThenName = Comparator
                .comparing((WorklistEntry e) -> e.date, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(e -> e.rate, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(e -> e.pupil.lastName).thenComparing(e -> e.pupil.firstName)
                .thenComparing(e -> e.pupil.id); // pupils of one name: one order whichever way the lines were gathered
        for (List<WorklistEntry> entries : lists.values()) {
            entries.sort(byDateThenName);
        }
        return lists;
    }

    private static Worklist listOf(AlertType type) {
        switch (type) {
            case CONTINUOUS_ABSENCE:
                return Worklist.CONTINUOUS_ABSENCE;
            case PENALTY_THRESHOLD:
                return Worklist.PENALTY_REACHED;
            case SICKNESS_RETURN:
                return Worklist.SICKNESS_RETURN;
            case MEDICAL_EVIDENCE:
                return Worklist.MEDICAL_EVIDENCE;
            case U_MARKS_WARNING:
                return Worklist.U_MARKS_WARNING;
            default:
                throw new IllegalArgumentException("not a worklist alert: " + type);
        }
    }
}
