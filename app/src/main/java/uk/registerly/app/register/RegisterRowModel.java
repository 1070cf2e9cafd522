package uk.registerly.app.register;

import androidx.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import uk.registerly.app.data.attendance.RegisterRow;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.marks.MarkSource;
import uk.registerly.rules.schoolday.RegisterProposal;

/**
 * What one register row shows, as plain values (so the list can diff rows cheaply and a test can
 * read them): the pupil, the effective mark the rules computed with its minutes late and where it
 * came from, a parent's report for the session, and whether this tablet still has to send something.
 */
public final class RegisterRowModel {
    public final String pupilId;
    public final String name;
    public final String initials;
    public final String yearGroup;
    @Nullable
    public final AttendanceCode code;
    @Nullable
    public final Integer minutesLate;
    @Nullable
    public final MarkSource source;
    @Nullable
    public final ParentReports.Reported reported;
    public final boolean unsent;
    /** "left 12:30 — medical appointment": the pupil signed out early and not back by this register's close. */
    @Nullable
    public final String proposalLine;
    /** The code the rules propose for that pupil; the teacher confirms it (nothing is recorded until then). */
    @Nullable
    public final AttendanceCode proposedCode;

    RegisterRowModel(String pupilId, String name, String initials, String yearGroup, @Nullable AttendanceCode code,
                     @Nullable Integer minutesLate, @Nullable MarkSource source,
                     @Nullable ParentReports.Reported reported, boolean unsent, @Nullable RegisterProposal proposal) {
        this.pupilId = pupilId;
        this.name = name;
        this.initials = initials;
        this.yearGroup = yearGroup;
        this.code = code;
        this.minutesLate = minutesLate;
        this.source = source;
        this.reported = reported;
        this.unsent = unsent;
        this.proposalLine = proposal == null ? null : proposal.line();
        this.proposedCode = proposal == null ? null : proposal.code();
    }

    public static List<RegisterRowModel> of(List<RegisterRow> rows, Map<String, ParentReports.Reported> reports,
                                            Map<String, RegisterProposal> proposals) {
        List<RegisterRowModel> models = new ArrayList<>(rows.size());
        for (RegisterRow row : rows) {
            EffectiveMark mark = row.mark;
            models.add(new RegisterRowModel(row.pupil.id, row.pupil.displayName(),
                    initials(row.pupil.firstName, row.pupil.lastName), row.pupil.yearGroup,
                    mark == null ? null : mark.code(), mark == null ? null : mark.minutesLate(),
                    mark == null ? null : mark.source(), reports.get(row.pupil.id), row.unsent,
                    proposals.get(row.pupil.id)));
        }
        return models;
    }

    /** Whether the proposal still waits for the teacher: there is one, and the register does not yet hold it. */
    public boolean proposalWaiting() {
        return proposedCode != null && code != proposedCode;
    }

    public boolean isMarked() {
        return code != null;
    }

    /**
     * Pupils still without a mark: what "mark all remaining present" marks. A pupil signed out early and not back
     * is left out — they are not in the room, and their row proposes the code for the teacher to confirm.
     */
    public static List<String> unmarked(List<RegisterRowModel> rows) {
        List<String> ids = new ArrayList<>();
        for (RegisterRowModel row : rows) {
            if (!row.isMarked() && !row.proposalWaiting()) {
                ids.add(row.pupilId);
            }
        }
        return ids;
    }

    static String initials(String first, String last) {
        return (initial(first) + initial(last)).toUpperCase(Locale.ROOT);
    }

    private static String initial(String name) {
        String trimmed = name.trim();
        return trimmed.isEmpty() ? "" : trimmed.substring(0, trimmed.offsetByCodePoints(0, 1));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RegisterRowModel)) {
            return false;
        }
        RegisterRowModel other = (RegisterRowModel) o;
        return pupilId.equals(other.pupilId) && name.equals(other.name) && yearGroup.equals(other.yearGroup)
                && code == other.code && Objects.equals(minutesLate, other.minutesLate) && source == other.source
                && Objects.equals(reported, other.reported) && unsent == other.unsent
                && Objects.equals(proposalLine, other.proposalLine) && proposedCode == other.proposedCode;
    }

    @Override
    public int hashCode() {
        return Objects.hash(pupilId, code, minutesLate, source, reported, unsent);
    }
}
