package uk.registerly.server.roster;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import uk.registerly.rules.pupil.PupilCharacteristics;
import uk.registerly.rules.pupil.SenStatus;
import uk.registerly.rules.pupil.Sex;
import uk.registerly.rules.pupil.Upn;

/**
 * The pupils file's optional columns for the UPN, sex and characteristics (issue 17, item 1;
 * docs/server.md, "Roster import"). A column the file does not have leaves what is stored
 * unchanged (a plain pupils export never erases characteristics imported before); an empty cell in
 * a column it has means "not known". Yes/no columns take Y/N, yes/no, true/false or 1/0.
 */
final class CharacteristicsColumns {

    private record Column(String name, BiConsumer<PupilCharacteristics.Builder, String> apply) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("upn", (b, v) -> b.upn(v.isEmpty() ? null : Upn.parse(v))),
            new Column("sex", (b, v) -> b.sex(v.isEmpty() ? null : Sex.parse(v))),
            yesNo("fsm", PupilCharacteristics.Builder::fsm),
            new Column("sen", (b, v) -> b.sen(v.isEmpty() ? null : SenStatus.parse(v))),
            yesNo("eal", PupilCharacteristics.Builder::eal),
            yesNo("looked_after", PupilCharacteristics.Builder::lookedAfter),
            yesNo("previously_looked_after", PupilCharacteristics.Builder::previouslyLookedAfter),
            new Column("ethnicity", (b, v) -> b.ethnicity(ethnicity(v))),
            yesNo("child_in_need", PupilCharacteristics.Builder::childInNeed),
            yesNo("child_protection_plan", PupilCharacteristics.Builder::childProtectionPlan),
            new Column("expected_leaving_date", (b, v) -> b.expectedLeavingDate(date("expected_leaving_date", v))));

    /** The column names, as documented. */
    static final List<String> NAMES = COLUMNS.stream().map(Column::name).toList();

    private CharacteristicsColumns() {
    }

    /** Whether the file has any of these columns. */
    static boolean any(List<String> header) {
        return NAMES.stream().anyMatch(header::contains);
    }

    /**
     * {@code stored} with the row's values for the columns {@code header} has; IllegalArgumentException
     * naming the column and value when one is wrong.
     */
    static PupilCharacteristics apply(List<String> header, MisExport.Row row, PupilCharacteristics stored) {
        PupilCharacteristics.Builder b = stored.toBuilder();
        for (Column column : COLUMNS) {
            if (header.contains(column.name())) {
                column.apply().accept(b, row.get(column.name()));
            }
        }
        return b.build();
    }

    private static Column yesNo(String name, BiConsumer<PupilCharacteristics.Builder, Boolean> setter) {
        Function<String, Boolean> parse = v -> switch (v.toUpperCase(Locale.ROOT)) {
            case "" -> null;
            case "Y", "YES", "TRUE", "1" -> Boolean.TRUE;
            case "N", "NO", "FALSE", "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(name + " '" + v + "' must be Y or N");
        };
        return new Column(name, (b, v) -> setter.accept(b, parse.apply(v)));
    }

    private static String ethnicity(String value) {
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("[A-Za-z]{4}")) {
            throw new IllegalArgumentException("ethnicity '" + value + "' must be a four-letter census code (e.g. WBRI)");
        }
        return value.toUpperCase(Locale.ROOT);
    }

    private static LocalDate date(String column, String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(column + " '" + value + "' must be a date (YYYY-MM-DD)");
        }
    }
}
