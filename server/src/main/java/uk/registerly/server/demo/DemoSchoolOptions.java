package uk.registerly.server.demo;

import java.util.List;

/**
 * The shape of a demo school. {@link #standard()} is what {@code --demo} creates, with the documented
 * fixed codes; {@link #small()} is a quick school with random codes for tests.
 *
 * @param yearGroups year group codes, e.g. "3", "4", "5"
 * @param classesPerYearGroup classes in each year group, each with its own teacher
 * @param pupilsPerClass pupils on roll in each class
 * @param historySchoolDays school days of register history before today
 * @param fixedCodes the documented DEMO-* codes rather than random ones (one such school per database)
 */
public record DemoSchoolOptions(String name, List<String> yearGroups, int classesPerYearGroup, int pupilsPerClass,
                                int historySchoolDays, boolean fixedCodes) {

    public static final String STANDARD_NAME = "Registerly Demo Primary";

    public DemoSchoolOptions {
        yearGroups = List.copyOf(yearGroups);
        if (yearGroups.isEmpty() || classesPerYearGroup < 1 || pupilsPerClass < 1 || historySchoolDays < 0) {
            throw new IllegalArgumentException("a demo school needs a year group, a class and a pupil");
        }
    }

    /** 3 year groups, 6 classes, 180 pupils, a half-term (30 school days) of history, fixed codes. */
    public static DemoSchoolOptions standard() {
        return new DemoSchoolOptions(STANDARD_NAME, List.of("3", "4", "5"), 2, 30, 30, true);
    }

    /** 2 year groups of 1 class of 4 pupils, no history, random codes: a fresh school per test. */
    public static DemoSchoolOptions small() {
        return new DemoSchoolOptions("Test School", List.of("3", "4"), 1, 4, 0, false);
    }

    public DemoSchoolOptions withName(String newName) {
        return new DemoSchoolOptions(newName, yearGroups, classesPerYearGroup, pupilsPerClass, historySchoolDays, fixedCodes);
    }

    public DemoSchoolOptions withHistorySchoolDays(int days) {
        return new DemoSchoolOptions(name, yearGroups, classesPerYearGroup, pupilsPerClass, days, fixedCodes);
    }

    public DemoSchoolOptions withPupilsPerClass(int pupils) {
        return new DemoSchoolOptions(name, yearGroups, classesPerYearGroup, pupils, historySchoolDays, fixedCodes);
    }
}
