package uk.registerly.server.sync;

import java.time.LocalDateTime;
import java.util.UUID;
import uk.registerly.rules.casework.CaseAction;
import uk.registerly.rules.ladder.AttendanceLadder;
import uk.registerly.rules.ladder.LadderStage;
import uk.registerly.server.roster.SchoolRosters;
import uk.registerly.server.school.SchoolSetup;

/**
 * Whether a CASE_ACTION or LETTER_READ may be appended (issue 16). A case action is the office's record of what a
 * person did: signed by the staff member signed in (as an amendment is: Regulation 6 asks for the name and
 * position of whoever records a change), at a school-local time that has come, at a stage of the school's
 * ladder, and a withdrawal names an earlier action of the same pupil's case.
 */
final class CaseworkChecks {

    /** Devices' clocks drift: an action stamped a few minutes ahead of the server is not "in the future". */
    private static final long CLOCK_SLACK_MINUTES = 5;

    private CaseworkChecks() {
    }

    static Rejection check(PushContext ctx, IncomingEvent event, SchoolRosters.Pupil pupil, SchoolSetup setup,
                           EventPayload.CaseActionFact fact) {
        CaseAction action = fact.action();
        String signature = ctx.signature(event.staffId());
        String by = action.by().name() + ", " + action.by().position();
        if (signature == null || !signature.equals(by)) {
            return Rejection.forbidden(Rejection.NOT_PERMITTED, "a case action is signed by " + (event.staffId() == null
                    ? "the device's staff member" : "the staff member signed in (staffId)") + ": by must be "
                    + (signature == null ? "a member of staff" : "\"" + signature + "\"")
                    + " as name and position");
        }
        LocalDateTime latest = setup.localTime(ctx.now).plusMinutes(CLOCK_SLACK_MINUTES);
        if (action.at().isAfter(latest)) {
            return Rejection.invalid("date_in_future", "at " + action.at() + " is in the future at the school");
        }
        AttendanceLadder ladder = setup.policy().attendanceLadder();
        if (action.stage() != null && stage(ladder, action.stage()) == null) {
            return Rejection.invalid("stage_unknown", "stage " + action.stage() + " is not a stage of the school's ladder (version "
                    + ladder.version() + ": " + String.join(", ", ladder.stages().stream().map(LadderStage::id).toList())
                    + ")");
        }
        if (action.parent() != null) {
            UUID parent = parentId(action.parent());
            if (parent == null || !ctx.guardiansNamed.contains(new CaseworkReferences.GuardianOf(parent, pupil.id()))) {
                return Rejection.invalid("not_a_guardian", "parent " + action.parent() + " is not a guardian of pupil "
                        + pupil.id() + " on the roster (a notice is counted per parent per child)");
            }
        }
        if (fact.withdraws() != null) {
            Referenced earlier = ctx.references.get(fact.withdraws());
            if (earlier == null || earlier.type() != EventType.CASE_ACTION || !earlier.pupil().equals(pupil.id())) {
                return Rejection.invalid(Rejection.REFERENCE_UNKNOWN, "refersTo " + fact.withdraws() + " is not a case action of this pupil"
                        + " (push it first, in an earlier batch)");
            }
        }
        return null;
    }

    static Rejection checkLetterRead(PushContext ctx, SchoolSetup setup, EventPayload.LetterRead read) {
        if (read.at().isAfter(setup.localTime(ctx.now).plusMinutes(CLOCK_SLACK_MINUTES))) {
            return Rejection.invalid("date_in_future", "at " + read.at() + " is in the future at the school");
        }
        Referenced letter = ctx.references.get(read.letter());
        if (letter == null || !letter.pupil().equals(read.pupil())) {
            return Rejection.invalid(Rejection.REFERENCE_UNKNOWN, "letter " + read.letter()
                    + " is not a letter sent to you about this pupil");
        }
        return null;
    }

    /** The roster id a case action names as its parent; null when it is not one (CaseAction checks its form). */
    static UUID parentId(String parent) {
        try {
            return UUID.fromString(parent);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static LadderStage stage(AttendanceLadder ladder, String id) {
        for (LadderStage stage : ladder.stages()) {
            if (stage.id().equals(id)) {
                return stage;
            }
        }
        return null;
    }
}
