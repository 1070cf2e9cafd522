package uk.registerly.server.school;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.evaluation.Evaluator;
import uk.registerly.rules.policy.SchoolPolicy;

/** A school's calendar and policy (registers, ladder) as the rules module takes them, plus its zone. */
public record SchoolSetup(UUID id, String name, ZoneId zone, int version, SchoolCalendar calendar,
                          SchoolPolicy policy) {

    public Evaluator evaluator() {
        return new Evaluator(policy, calendar);
    }

    public LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, zone);
    }

    public LocalDateTime localTime(Instant now) {
        return LocalDateTime.ofInstant(now, zone);
    }
}
