package uk.registerly.rules.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.registerly.rules.evaluation.AttendanceEvaluation;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.figures.Fraction;
import uk.registerly.rules.ladder.ActionType;
import uk.registerly.rules.ladder.AttendanceLadder;
import uk.registerly.rules.ladder.LadderStage;
import uk.registerly.rules.ladder.StageAction;
import uk.registerly.rules.ladder.Track;
import uk.registerly.rules.policy.SchoolPolicy;

/**
 * A school's casework, from its ladder: for each pupil, from the evaluation (figures to date, day by day and week
 * by week, the penalty window, marks) and the pupil's case actions, where the case stands and what is due next.
 * The rules, in full in rules/README.md ("Casework"):
 *
 * <ul>
 * <li>The case's current stage is the ESCALATION stage of its latest action (REVIEWs included, NOT_PURSUED and
 *     withdrawn actions not), since the latest CLOSE_CASE.</li>
 * <li>Due: the highest ESCALATION stage above the current one whose entry condition is met (a higher stage can be
 *     due at any time, a review date notwithstanding), unless the school recorded it NOT_PURSUED since the
 *     condition was met; else the current stage's review, once its date (the action's {@code nextReview}, else
 *     the stage's review period after the latest action at it) has come.</li>
 * <li>Beside the ladder: each ALONGSIDE stage whose condition has been met since the latest action at it.</li>
 * <li>A closed case has nothing due on the ladder; an ALONGSIDE stage newly met after the closure is still due.
 *     It reopens with the next action, or on the closing action's review date.</li>
 * </ul>
 *
 * Stateless and thread-safe: keep one per school (and ladder version).
 */
public final class CaseworkRules {
    private final AttendanceLadder ladder;

    public CaseworkRules(SchoolPolicy policy) {
        this(policy.attendanceLadder());
    }

    public CaseworkRules(AttendanceLadder ladder) {
        if (ladder == null) {
            throw new IllegalArgumentException("a ladder is required (AttendanceLadder.none() for none)");
        }
        this.ladder = ladder;
    }

    public AttendanceLadder ladder() {
        return ladder;
    }

    /**
     * @param pupil the pupil's evaluation (as of the date the case is judged)
     * @param history the pupil's case actions in any order; actions dated after the evaluation date are left out
     * @throws IllegalArgumentException naming an action that belongs to another pupil
     */
    public CaseAssessment assess(PupilEvaluation pupil, Collection<CaseAction> history) {
        String id = pupil.pupil().id();
        LocalDate asOf = pupil.asOf();
        List<CaseAction> all = new ArrayList<>();
        for (CaseAction a : history) {
            if (!a.pupil().equals(id)) {
                throw new IllegalArgumentException("case action " + a.id() + " is for pupil " + a.pupil() + ", not "
                        + id);
            }
            if (!a.date().isAfter(asOf)) {
                all.add(a);
            }
        }
        all.sort(CaseAction.RECORDED_ORDER);
        Set<String> withdrawn = PenaltyNotices.withdrawn(all);
        List<CaseAction> counting = new ArrayList<>();
        List<CaseAction> unplaced = new ArrayList<>();
        for (CaseAction a : all) {
            if (withdrawn.contains(a.id()) || a.refersTo() != null) {
                continue;
            }
            counting.add(a);
            if (a.stage() != null && ladder.stage(a.stage()) == null) {
                unplaced.add(a);
            }
        }

        CaseAssessment.Builder out = new CaseAssessment.Builder();
        out.pupil = id;
        out.asOf = asOf;
        out.ladderVersion = ladder.version();
        out.history = all;
        out.unplaced = unplaced;

        // The open case: the actions after the latest closure (or all of them).
        List<CaseAction> episode = counting;
        LocalDate episodeStart = null;
        int close = -1;
        for (int i = 0; i < counting.size(); i++) {
            if (counting.get(i).type() == ActionType.CLOSE_CASE) {
                close = i;
            }
        }
        if (close >= 0) {
            CaseAction closing = counting.get(close);
            episode = counting.subList(close + 1, counting.size());
            if (!episode.isEmpty()) {
                episodeStart = episode.get(0).date();
            } else if (closing.nextReview() != null && !closing.nextReview().isAfter(asOf)) {
                episodeStart = closing.nextReview();
            } else {
                out.closed = true;
                out.closedOn = closing.date();
                out.reopensOn = closing.nextReview();
            }
        }

        LadderStage current = null;
        LocalDate entered = null;
        CaseAction lastAtCurrent = null;
        for (CaseAction a : episode) {
            LadderStage s = ladder.stage(a.stage());
            if (s == null || s.track() != Track.ESCALATION || a.outcome().kind() == OutcomeKind.NOT_PURSUED) {
                continue;
            }
            if (s != current) {
                current = s;
                entered = a.date();
            }
            lastAtCurrent = a;
        }
        int currentLevel = current == null ? 0 : ladder.level(current);
        WarningWindow warning = current == null || current.warningSchoolDays() == null ? null
                : WarningWindow.track(entered, current.warningSchoolDays(), pupil.calendar(), pupil.marks(), asOf);
        out.currentStage = current;
        out.currentLevel = currentLevel;
        out.stageEnteredOn = entered;
        out.warningWindow = warning;

        ConditionJudge judge = new ConditionJudge(pupil);
        Fraction rate = judge.rateNow();
        out.attendanceRate = rate;
        Map<LadderStage, ConditionCheck> checks = new HashMap<>();
        boolean anyMet = false;
        for (LadderStage s : ladder.stages()) {
            LadderStage previous = ladder.previous(s);
            ConditionJudge.Before before = previous == null ? ConditionJudge.Before.NONE
                    : new ConditionJudge.Before(previous, ladder.level(previous), previous == current ? entered : null,
                            previous == current ? warning : null);
            ConditionCheck check = judge.check(s.entry(), before);
            checks.put(s, check);
            anyMet |= check.met;
            List<CaseAction> at = actionsAt(s, s.track() == Track.ESCALATION ? episode : counting);
            LocalDate stageEntered = s == current ? entered : at.isEmpty() ? null : at.get(0).date();
            out.stages.add(new StageStatus(s, ladder.level(s), check, s == current, stageEntered, at));
        }

        List<NextDueAction> upcoming = new ArrayList<>();
        if (!out.closed) {
            LadderStage best = null;
            for (LadderStage s : ladder.escalationStages()) {
                ConditionCheck check = checks.get(s);
                if (ladder.level(s) > currentLevel && check.met && !notPursuedSince(s, check.metSince, episode)) {
                    best = s;
                }
            }
            if (best != null) {
                ConditionCheck check = checks.get(best);
                LocalDate dueOn = episodeStart != null && episodeStart.isAfter(check.metSince) ? episodeStart
                        : check.metSince;
                out.due.add(stageDue(id, best, check, dueOn, asOf, rate));
            } else if (current != null) {
                String context = "attendance " + Dates.percent(rate) + " now";
                Fraction then = pupil.attendanceHistory().rateAsOf(entered.minusDays(1));
                if (then != null) {
                    context += ", " + Dates.percent(then) + " when stage " + currentLevel + " was taken on "
                            + Dates.format(entered);
                }
                if (warning != null) {
                    context += "; " + warning.describe();
                }
                if (!anyMet) {
                    context += "; no stage's condition is met now: the case can be closed";
                }
                addReview(id, current, currentLevel, lastAtCurrent, context, pupil, rate, out.due, upcoming);
            }
        }
        for (LadderStage s : ladder.alongsideStages()) {
            ConditionCheck check = checks.get(s);
            List<CaseAction> at = actionsAt(s, counting);
            CaseAction last = at.isEmpty() ? null : at.get(at.size() - 1);
            boolean newlyMet = check.met && (last == null || check.metSince.isAfter(last.date()));
            if (newlyMet && (!out.closed || check.metSince.isAfter(out.closedOn))) {
                out.due.add(stageDue(id, s, check, check.metSince, asOf, rate));
            } else if (!out.closed && check.met && last != null) {
                addReview(id, s, 0, last, check.reason, pupil, rate, out.due, upcoming);
            }
        }
        out.due.sort(NextDueAction.URGENT_FIRST);
        upcoming.sort(NextDueAction.URGENT_FIRST);
        out.upcoming = upcoming.isEmpty() ? null : upcoming.get(0);
        return out.build();
    }

    /**
     * Every pupil of a school's evaluation, with their case actions (grouped here by pupil; actions of pupils
     * not evaluated are left out), in the evaluation's pupil order.
     */
    public List<CaseAssessment> assessAll(AttendanceEvaluation evaluation, Collection<CaseAction> actions) {
        Map<String, List<CaseAction>> byPupil = new HashMap<>();
        for (CaseAction a : actions) {
            List<CaseAction> own = byPupil.get(a.pupil());
            if (own == null) {
                own = new ArrayList<>();
                byPupil.put(a.pupil(), own);
            }
            own.add(a);
        }
        List<CaseAssessment> out = new ArrayList<>();
        for (PupilEvaluation p : evaluation.pupils()) {
            List<CaseAction> own = byPupil.get(p.pupil().id());
            out.add(assess(p, own == null ? Collections.<CaseAction>emptyList() : own));
        }
        return out;
    }

    /**
     * The office's "due now" list: each pupil's most urgent action due on or before the evaluation date, one line
     * per pupil, most urgent first ({@link NextDueAction#URGENT_FIRST}).
     */
    public static List<NextDueAction> dueNow(Collection<CaseAssessment> assessments) {
        List<NextDueAction> due = new ArrayList<>();
        for (CaseAssessment a : assessments) {
            if (a.isDueNow()) {
                due.add(a.due().get(0));
            }
        }
        due.sort(NextDueAction.URGENT_FIRST);
        return due;
    }

    private static List<CaseAction> actionsAt(LadderStage stage, List<CaseAction> actions) {
        List<CaseAction> at = new ArrayList<>();
        for (CaseAction a : actions) {
            if (stage.id().equals(a.stage()) && a.type() != ActionType.CLOSE_CASE) {
                at.add(a);
            }
        }
        return at;
    }

    /** Whether the school decided against the stage (NOT_PURSUED) on or after the day its condition was met. */
    private static boolean notPursuedSince(LadderStage stage, LocalDate metSince, List<CaseAction> episode) {
        for (CaseAction a : episode) {
            if (stage.id().equals(a.stage()) && a.outcome().kind() == OutcomeKind.NOT_PURSUED
                    && !a.date().isBefore(metSince)) {
                return true;
            }
        }
        return false;
    }

    private NextDueAction stageDue(String pupil, LadderStage stage, ConditionCheck check, LocalDate dueOn,
            LocalDate asOf, Fraction rate) {
        Urgency urgency = check.safeguarding ? Urgency.SAFEGUARDING : Urgency.ESCALATION;
        int level = ladder.level(stage);
        String reason = capitalise(check.reason);
        return new NextDueAction(pupil, stage, level, DueKind.STAGE, stage.actions(), dueOn, asOf, urgency, reason,
                check.trigger, rate);
    }

    private void addReview(String pupil, LadderStage stage, int level, CaseAction last, String context,
            PupilEvaluation evaluation, Fraction rate, List<NextDueAction> due, List<NextDueAction> upcoming) {
        LocalDate on = last.nextReview();
        String when;
        if (on != null) {
            when = "the review date set on " + Dates.format(last.date());
        } else if (stage.review() != null) {
            on = stage.review().dueAfter(last.date(), evaluation.calendar());
            when = stage.review() + " after the last action on " + Dates.format(last.date());
        } else {
            return;
        }
        if (on == null) {
            return;
        }
        String name = level > 0 ? "stage " + level : stage.title();
        String reason = "Review of " + name + " due " + Dates.format(on) + " (" + when + "): " + context;
        NextDueAction review = new NextDueAction(pupil, stage, level, DueKind.REVIEW,
                Collections.singletonList(StageAction.review(null)), on, evaluation.asOf(), Urgency.REVIEW, reason,
                null, rate);
        (review.isDueNow() ? due : upcoming).add(review);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
