package uk.registerly.server.casework;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.registerly.rules.casework.CaseAction;
import uk.registerly.rules.casework.CaseAssessment;
import uk.registerly.rules.casework.NextDueAction;
import uk.registerly.rules.casework.PenaltyAmount;
import uk.registerly.rules.casework.PenaltyNoticeOptions;
import uk.registerly.rules.casework.StageStatus;
import uk.registerly.rules.casework.WarningWindow;
import uk.registerly.rules.ladder.LadderStage;
import uk.registerly.rules.ladder.StageAction;
import uk.registerly.server.worklists.PupilNames;

/** The casework answers, as records (issue 16): the due-now worklist and a pupil's ladder, history and next action. */
public final class CaseworkViews {

    private CaseworkViews() {
    }

    /** GET /api/v1/worklists/casework: one line per pupil with something due now, most urgent first. */
    public record Worklist(LocalDate asOf, int ladderVersion, List<WorklistEntry> due) {
    }

    public record WorklistEntry(PupilNames pupil, String attendancePercent, Due next) {
    }

    /** Something due on a pupil's case: a stage to act on, a review, or a duty beside the ladder. */
    public record Due(String stage, String stageTitle, int level, String kind, String urgency, LocalDate dueOn,
                      boolean dueNow, String reason, String trigger, List<Action> actions) {
        static Due of(NextDueAction d) {
            return d == null ? null : new Due(d.stage().id(), d.stage().title(), d.level(), d.kind().name(),
                    d.urgency().name(), d.dueOn(), d.isDueNow(), d.reason(),
                    d.trigger() == null ? null : d.trigger().name(), CaseworkViews.actions(d.actions()));
        }
    }

    public record Action(String type, String template, String name, String description, String label) {
        static Action of(StageAction a) {
            return new Action(a.type().name(), a.template(), a.name(), a.description(), a.label());
        }
    }

    /** GET /api/v1/pupils/{pupilId}/casework. */
    public record PupilCasework(PupilNames pupil, LocalDate asOf, int ladderVersion, String attendancePercent,
                                Stage currentStage, LocalDate stageEnteredOn, boolean closed, LocalDate reopensOn,
                                Due nextDue, List<Due> due, Due upcoming, List<Stage> ladder, List<HistoryEntry> history,
                                Warning warningWindow, List<PenaltyNotices> penaltyNotices, List<LetterSummary> letters) {
    }

    public record Stage(String id, String title, int level, String track, boolean conditionMet, LocalDate metSince,
                        String explanation, boolean current, LocalDate enteredOn, List<Action> actions,
                        String source) {
        static Stage of(StageStatus s) {
            LadderStage stage = s.stage();
            return new Stage(stage.id(), stage.title(), s.level(), stage.track().name(), s.isConditionMet(),
                    s.metSince(), s.explanation(), s.isCurrent(), s.enteredOn(), CaseworkViews.actions(stage.actions()),
                    stage.source());
        }
    }

    public record Signature(String name, String position) {
    }

    public record LetterRef(UUID id, String sha256, String language) {
    }

    public record HistoryEntry(UUID id, String stage, Action action, Signature by, LocalDateTime at, String outcome,
                               String outcomeText, String notes, LocalDate nextReview, String parent, UUID refersTo,
                               Integer ladderVersion, LetterRef letter) {
        static HistoryEntry of(CaseAction a) {
            return new HistoryEntry(UUID.fromString(a.id()), a.stage(), Action.of(a.action()),
                    new Signature(a.by().name(), a.by().position()), a.at(), a.outcome().kind().name(),
                    a.outcome().text(), a.notes(), a.nextReview(), a.parent(),
                    a.refersTo() == null ? null : UUID.fromString(a.refersTo()), a.ladderVersion(),
                    a.letter() == null ? null
                            : new LetterRef(UUID.fromString(a.letter().id()), a.letter().sha256(), a.letter().language()));
        }
    }

    public record Warning(LocalDate letterDate, int schoolDays, LocalDate firstDay, LocalDate lastDay, String state,
                          int schoolDaysPassed, int schoolDaysLeft, LocalDate brokenOn, String brokenSession,
                          String brokenBy, String description) {
        static Warning of(WarningWindow w) {
            return w == null ? null : new Warning(w.letterDate(), w.schoolDays(), w.firstDay(), w.lastDay(),
                    w.state().name(), w.schoolDaysPassed(), w.schoolDaysLeft(), w.brokenOn(),
                    w.brokenSession() == null ? null : w.brokenSession().name(),
                    w.brokenBy() == null ? null : w.brokenBy().symbol(), w.describe());
        }
    }

    /** What the national framework still allows for one parent (a guardian of the pupil) and this child. */
    public record PenaltyNotices(UUID guardianId, String guardianName, String step, boolean penaltyNoticeAllowed,
                                 List<Amount> amounts, int noticesInPeriod, LocalDate periodStart, LocalDate periodEnd,
                                 LocalDate noFurtherNoticeUntil, String explanation) {
        static PenaltyNotices of(UUID guardian, String name, PenaltyNoticeOptions o) {
            List<Amount> amounts = new ArrayList<>();
            for (PenaltyAmount a : o.amounts()) {
                amounts.add(new Amount(a.pounds(), a.withinDays()));
            }
            return new PenaltyNotices(guardian, name, o.step().name(), o.isPenaltyNoticeAllowed(), amounts,
                    o.penaltyNoticesInPeriod().size(), o.periodStart(), o.periodEnd(), o.noFurtherNoticeUntil(),
                    o.explanation());
        }
    }

    public record Amount(int pounds, int withinDays) {
    }

    /** A letter sent about the pupil (GET /api/v1/pupils/{id}/letters). */
    public record LetterSummary(UUID id, UUID caseActionId, String stage, String template, String language,
                                UUID guardianId, String guardianName, String sha256, LocalDateTime sentAt,
                                List<LocalDateTime> readAt) {
    }

    public record LetterList(UUID pupil, List<LetterSummary> letters) {
    }

    static List<Action> actions(List<StageAction> actions) {
        List<Action> list = new ArrayList<>();
        for (StageAction a : actions) {
            list.add(Action.of(a));
        }
        return list;
    }

    static List<Stage> stages(CaseAssessment a) {
        List<Stage> list = new ArrayList<>();
        for (StageStatus s : a.stages()) {
            list.add(Stage.of(s));
        }
        return list;
    }
}
