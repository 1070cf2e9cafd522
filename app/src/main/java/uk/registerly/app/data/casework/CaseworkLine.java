package uk.registerly.app.data.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * One pupil on the office's due-now casework worklist (issue 16): who they are, their attendance, and the ladder's
 * next due action as the server's rules computed it (stage, why, by when, what the stage's actions are).
 */
public final class CaseworkLine {
    public final String pupilId;
    public final String name;
    public final String className;
    /** "87.5" as the server gives it; null when the pupil has no sessions yet. */
    public final String attendancePercent;
    public final String stage;
    public final String stageTitle;
    public final String urgency;
    public final String reason;
    public final LocalDate dueOn;
    /** The stage's action labels ("Formal letter with the attendance policy", "Phone call"). */
    public final List<String> actions;
    /** Whether the stage has a letter the server can write (a LETTER action). */
    public final boolean hasLetter;

    public CaseworkLine(String pupilId, String name, String className, String attendancePercent, String stage,
                        String stageTitle, String urgency, String reason, LocalDate dueOn, List<String> actions,
                        boolean hasLetter) {
        this.pupilId = pupilId;
        this.name = name;
        this.className = className;
        this.attendancePercent = attendancePercent;
        this.stage = stage;
        this.stageTitle = stageTitle;
        this.urgency = urgency;
        this.reason = reason;
        this.dueOn = dueOn;
        this.actions = List.copyOf(actions);
        this.hasLetter = hasLetter;
    }
}
