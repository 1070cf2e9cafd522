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

    RegisterRowModel(String pupilId, String name, String initials, String yearGroup, @Nullable AttendanceCode code,
                     @Nullable Integer minutesLate, @Nullable MarkSource source,
                     @Nullable ParentReports.Reported reported, boolean unsent) {
        this.pupilId = pupilId;
        this.name = name;
        this.initials = initials;
        this.yearGroup = yearGroup;
        this.code = code;
        this.minutesLate = minutesLate;
        this.source = source;
        this.reported = reported;
        this.unsent = unsent;
    }

    public static List<RegisterRowModel> of(List<RegisterRow> rows, Map<String, ParentReports.Reported> reports) {
        List<RegisterRowModel> models = new ArrayList<>(rows.size());
        for (RegisterRow row : rows) {
            EffectiveMark mark = row.mark;
            models.add(new RegisterRowModel(row.pupil.id, row.pupil.displayName(),
                    initials(row.pupil.firstName, row.pupil.lastName), row.pupil.yearGroup,
                    mark == null ? null : mark.code(), mark == null ? null : mark.minutesLate(),
                    mark == null ? null : mark.source(), reports.get(row.pupil.id), row.unsent));
        }
        return models;
    }

    public boolean isMarked() {
        return code != null;
    }

    /** Pupils still without a mark: what "mark all remaining present" marks. */
    public static List<String> unmarked(List<RegisterRowModel> rows) {
        List<String> ids = new ArrayList<>();
        for (RegisterRowModel row : rows) {
            if (!row.isMarked()) {
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
                && Objects.equals(reported, other.reported) && unsent == other.unsent;
    }

    @Override
    public int hashCode() {
        return Objects.hash(pupilId, code, minutesLate, source, reported, unsent);
    }
}
