package uk.registerly.server.roster;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.registerly.rules.pupil.PupilCharacteristics;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ErrorCode;
import uk.registerly.server.http.ErrorDetails;

/**
 * Imports one MIS export (staff, classes, pupils or guardians; columns in docs/server.md and
 * server/examples/roster/) in one transaction: every row is checked first, and one bad row fails the
 * file with the line numbers of every problem, writing nothing. Rows are matched by the MIS id, so
 * importing the same export again changes nothing.
 */
public final class RosterImport {

    public enum Kind {
        STAFF(List.of("staff_id", "name", "position")),
        CLASSES(List.of("class_id", "name", "year_group", "teacher_staff_ids")),
        PUPILS(List.of("pupil_id", "first_name", "last_name", "date_of_birth", "year_group", "class_id")),
        GUARDIANS(List.of("guardian_id", "name", "relationship", "email", "phone", "pupil_ids"));

        private final List<String> requiredColumns;

        Kind(List<String> requiredColumns) {
            this.requiredColumns = requiredColumns;
        }

        public List<String> requiredColumns() {
            return requiredColumns;
        }
    }

    public record Summary(Kind kind, int rows, Map<RosterStore.Outcome, Integer> outcomes) {
    }

    public record Problem(long line, String message) {
    }

    /** A refused file's error details: every problem, by line. */
    public record Problems(List<Problem> problems) implements ErrorDetails {
    }

    /** What an import did, as answered and audited. */
    public record Counts(Kind kind, int rows, int created, int updated, int unchanged) {
    }

    private RosterImport() {
    }

    /** Imports {@code csv} (the file's bytes: UTF-8, a byte-order mark allowed). */
    public static Summary run(Handle h, UUID school, Kind kind, byte[] csv) {
        MisExport file;
        try {
            file = MisExport.read(csv);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("the CSV could not be read: " + e.getMessage());
        }
        List<MisExport.Row> rows = file.rows();
        List<String> missing = new ArrayList<>();
        for (String column : kind.requiredColumns()) {
            if (!file.header().contains(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw ApiException.badRequest("the " + kind.name().toLowerCase() + " file lacks the column(s) " + missing
                    + "; expected " + kind.requiredColumns());
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String idColumn = kind.requiredColumns().get(0);
        for (MisExport.Row row : rows) {
            if (!seen.add(row.get(idColumn))) {
                problems.add(new Problem(row.line(), idColumn + " '" + row.get(idColumn) + "' appears twice"));
            }
        }
        Map<RosterStore.Outcome, Integer> outcomes = new EnumMap<>(RosterStore.Outcome.class);
        for (RosterStore.Outcome o : RosterStore.Outcome.values()) {
            outcomes.put(o, 0);
        }
        boolean characteristics = kind == Kind.PUPILS && CharacteristicsColumns.any(file.header());
        Map<String, Long> upnLines = new HashMap<>();
        for (MisExport.Row row : rows) {
            try {
                RosterStore.Outcome outcome = importRow(h, school, kind, row);
                if (characteristics) {
                    outcome = importCharacteristics(h, school, file.header(), row, outcome, upnLines);
                }
                outcomes.merge(outcome, 1, Integer::sum);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(row.line(), e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException(ErrorCode.INVALID_ROSTER, problems.size() + " problem(s) in the "
                    + kind.name().toLowerCase() + " file; nothing was imported (first: line " + problems.get(0).line()
                    + ": " + problems.get(0).message() + ")", new Problems(problems));
        }
        return new Summary(kind, rows.size(), outcomes);
    }

    private static RosterStore.Outcome importRow(Handle h, UUID school, Kind kind, MisExport.Row row) {
        switch (kind) {
            case STAFF:
                return RosterStore.upsertStaff(h, school, required(row, "staff_id"), required(row, "name"),
                        required(row, "position")).outcome();
            case CLASSES: {
                List<UUID> teachers = new ArrayList<>();
                for (String staffMis : list(row.get("teacher_staff_ids"))) {
                    teachers.add(RosterStore.idOf(h, "staff", school, staffMis).orElseThrow(() ->
                            new IllegalArgumentException("teacher_staff_ids names unknown staff_id '" + staffMis
                                    + "' (import staff first)")));
                }
                return RosterStore.upsertClass(h, school, required(row, "class_id"), required(row, "name"),
                        yearGroup(row), teachers).outcome();
            }
            case PUPILS: {
                String classMis = row.get("class_id");
                UUID classId = classMis.isEmpty() ? null : RosterStore.idOf(h, "classes", school, classMis)
                        .orElseThrow(() -> new IllegalArgumentException("class_id '" + classMis
                                + "' is not a known class (import classes first)"));
                LocalDate from = optionalDate(row, "on_roll_from");
                LocalDate until = optionalDate(row, "on_roll_until");
                if (from != null && until != null && until.isBefore(from)) {
                    throw new IllegalArgumentException("on_roll_until is before on_roll_from");
                }
                return RosterStore.upsertPupil(h, school, new RosterStore.PupilData(required(row, "pupil_id"),
                        required(row, "first_name"), required(row, "last_name"), date(row, "date_of_birth"),
                        yearGroup(row), classId, from, until)).outcome();
            }
            case GUARDIANS: {
                List<UUID> pupils = new ArrayList<>();
                for (String pupilMis : list(row.get("pupil_ids"))) {
                    pupils.add(RosterStore.idOf(h, "pupils", school, pupilMis).orElseThrow(() ->
                            new IllegalArgumentException("pupil_ids names unknown pupil_id '" + pupilMis
                                    + "' (import pupils first)")));
                }
                if (pupils.isEmpty()) {
                    throw new IllegalArgumentException("pupil_ids must name at least one pupil");
                }
                return RosterStore.upsertGuardian(h, school, required(row, "guardian_id"), required(row, "name"),
                        blankToNull(row.get("relationship")), blankToNull(row.get("email")),
                        blankToNull(row.get("phone")), pupils).outcome();
            }
            default:
                throw new IllegalStateException("unknown kind " + kind);
        }
    }

    /**
     * The row's UPN, sex and characteristics (the optional columns of CharacteristicsColumns), stored
     * apart from the roster row so no device but the office's server ever holds them. A UPN is checked
     * with its check letter (rules' Upn) and must be the only one in the school (census error 1520).
     */
    private static RosterStore.Outcome importCharacteristics(Handle h, UUID school, List<String> header,
                                                             MisExport.Row row, RosterStore.Outcome pupilOutcome,
                                                             Map<String, Long> upnLines) {
        UUID pupil = RosterStore.idOf(h, "pupils", school, row.get("pupil_id")).orElseThrow();
        PupilCharacteristics c = CharacteristicsColumns.apply(header, row,
                PupilCharacteristicsStore.of(h, school, pupil));
        if (c.upn() != null) {
            Long first = upnLines.putIfAbsent(c.upn().value(), row.line());
            if (first != null) {
                throw new IllegalArgumentException("UPN '" + c.upn() + "' is also on line " + first
                        + ": a UPN belongs to one pupil");
            }
            PupilCharacteristicsStore.holderOf(h, school, c.upn(), pupil).ifPresent(other -> {
                throw new IllegalArgumentException("UPN '" + c.upn() + "' is already held by pupil_id '" + other
                        + "': a UPN belongs to one pupil");
            });
        }
        boolean changed = PupilCharacteristicsStore.put(h, school, pupil, c);
        return changed && pupilOutcome == RosterStore.Outcome.UNCHANGED ? RosterStore.Outcome.UPDATED : pupilOutcome;
    }

    private static String required(MisExport.Row row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(column + " is empty");
        }
        if (value.length() > 200) {
            throw new IllegalArgumentException(column + " is longer than 200 characters");
        }
        return value;
    }

    private static String yearGroup(MisExport.Row row) {
        String value = required(row, "year_group");
        if (!value.matches("R|N|[1-9]|1[0-4]")) {
            throw new IllegalArgumentException("year_group '" + value + "' must be N, R or 1-14");
        }
        return value;
    }

    private static LocalDate date(MisExport.Row row, String column) {
        try {
            return LocalDate.parse(required(row, column));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(column + " '" + row.get(column) + "' must be a date (YYYY-MM-DD)");
        }
    }

    private static LocalDate optionalDate(MisExport.Row row, String column) {
        return row.get(column).isEmpty() ? null : date(row, column);
    }

    private static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split(";")) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        return items;
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /** The summary as counts per outcome. */
    public static Counts describe(Summary summary) {
        Map<RosterStore.Outcome, Integer> counts = summary.outcomes();
        return new Counts(summary.kind(), summary.rows(), counts.get(RosterStore.Outcome.CREATED),
                counts.get(RosterStore.Outcome.UPDATED), counts.get(RosterStore.Outcome.UNCHANGED));
    }
}
