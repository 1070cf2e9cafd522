package uk.registerly.rules.age;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.codes.AttendanceCode;

class CompulsorySchoolAgeTest {

    @ParameterizedTest(name = "born {0}: compulsory from {1}")
    @CsvSource({
        "2021-09-01, 2026-12-31",
        "2021-12-31, 2026-12-31",
        "2022-01-01, 2027-03-31",
        "2022-03-31, 2027-03-31",
        "2022-04-01, 2027-08-31",
        "2022-08-31, 2027-08-31",
        "2020-02-29, 2025-03-31",
    })
    void compulsorySchoolAgeStartsOnThePrescribedDayAfterTheFifthBirthday(String born, String starts) {
        assertEquals(LocalDate.parse(starts), CompulsorySchoolAge.forDateOfBirth(LocalDate.parse(born)).starts());
    }

    @ParameterizedTest(name = "born {0}: leaves {1}")
    @CsvSource({
        "2010-09-01, 2027-06-25",
        "2011-08-31, 2027-06-25",
        "2011-06-30, 2027-06-25",
    })
    void itEndsOnTheLastFridayOfJuneOfTheSchoolYearTheyTurnSixteen(String born, String ends) {
        assertEquals(LocalDate.parse(ends), CompulsorySchoolAge.forDateOfBirth(LocalDate.parse(born)).ends());
    }

    @Test
    void xIsValidOnlyBeforeCompulsorySchoolAge() {
        CompulsorySchoolAge age = CompulsorySchoolAge.forDateOfBirth(LocalDate.parse("2021-10-15"));
        assertNull(age.codeProblem(AttendanceCode.X, LocalDate.parse("2026-12-30")));
        assertNotNull(age.codeProblem(AttendanceCode.X, LocalDate.parse("2026-12-31")));
        assertFalse(age.isCompulsoryOn(LocalDate.parse("2026-12-30")));
        assertTrue(age.isCompulsoryOn(LocalDate.parse("2026-12-31")));
    }

    @Test
    void c2IsValidOnlyAtCompulsorySchoolAge() {
        CompulsorySchoolAge age = CompulsorySchoolAge.forDateOfBirth(LocalDate.parse("2021-10-15"));
        assertNotNull(age.codeProblem(AttendanceCode.C2, LocalDate.parse("2026-12-30")));
        assertNull(age.codeProblem(AttendanceCode.C2, LocalDate.parse("2027-01-04")));
        assertNull(age.codeProblem(AttendanceCode.I, LocalDate.parse("2026-12-30")));
    }
}
