package uk.registerly.server.exports;

import java.time.LocalDate;

/**
 * A year at an earlier school, as that school's CTF said (Attendance/YearData): read-only prior-school
 * data on the pupil's record, never merged into this school's register, and carried on in the CTF this
 * school writes when the pupil leaves.
 */
public record PriorYear(int year, String lea, String estab, String schoolName, int possible, int authorised,
                        int attended, int unauthorised, LocalDate startDate, String marks) {
}
