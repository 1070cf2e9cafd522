package uk.registerly.server.worklists;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** GET /api/v1/pupils/{pupilId}/attendance: one pupil's marks and figures between two dates. */
public record PupilAttendance(UUID pupil, LocalDate from, LocalDate to, LocalDate asOf, Attendance.Figures figures,
                              List<Attendance.Mark> marks, List<Attendance.Unmarked> unmarked) {
}
