package uk.registerly.server.school;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.registerly.rules.calendar.Closure;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.calendar.Term;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.codes.UnknownAttendanceCodeException;
import uk.registerly.rules.schedule.RegisterWindow;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.JsonFields;

/**
 * A school's registers, terms and closures in the shape of the rules scenario format, each checked by
 * the rules module's own types (a register that closes before it opens, an unknown closure code...).
 */
public record CalendarSpec(List<RegisterWindow> registers, List<Term> terms, List<Closure> closures) {

    public static CalendarSpec parse(JsonNode body) {
        JsonFields f = JsonFields.of(body, "");
        List<RegisterWindow> registers = new ArrayList<>();
        List<JsonNode> registerNodes = f.array("registers");
        for (int i = 0; i < registerNodes.size(); i++) {
            JsonFields r = JsonFields.of(registerNodes.get(i), "registers[" + i + "]");
            Set<String> yearGroups = new LinkedHashSet<>(r.textArray("yearGroups"));
            try {
                registers.add(new RegisterWindow(session(r, "session"), yearGroups, time(r, "opens"),
                        time(r, "lateAfter"), time(r, "closes"), time(r, "ends")));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("registers[" + i + "]: " + e.getMessage());
            }
        }
        List<Term> terms = new ArrayList<>();
        List<JsonNode> termNodes = f.array("terms");
        for (int i = 0; i < termNodes.size(); i++) {
            JsonFields t = JsonFields.of(termNodes.get(i), "terms[" + i + "]");
            try {
                terms.add(new Term(t.date("from"), t.date("to")));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("terms[" + i + "]: " + e.getMessage());
            }
        }
        List<Closure> closures = new ArrayList<>();
        List<JsonNode> closureNodes = f.has("closures") ? f.array("closures") : List.of();
        for (int i = 0; i < closureNodes.size(); i++) {
            JsonFields c = JsonFields.of(closureNodes.get(i), "closures[" + i + "]");
            Set<Session> sessions = EnumSet.noneOf(Session.class);
            for (String s : c.textArray("sessions")) {
                try {
                    sessions.add(Session.parse(s));
                } catch (IllegalArgumentException e) {
                    throw c.invalid("sessions", "may hold only AM and PM");
                }
            }
            try {
                closures.add(new Closure(c.date("date"), sessions, AttendanceCode.parse(c.text("code"))));
            } catch (UnknownAttendanceCodeException e) {
                throw ApiException.badRequest("closures[" + i + "].code: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("closures[" + i + "]: " + e.getMessage());
            }
        }
        return new CalendarSpec(registers, terms, closures);
    }

    /**
     * Year groups of {@code yearGroups} left without a register for a session, as "AM 5"; empty when
     * every pupil has both registers (a "*" register covers every year group, present and future).
     */
    public List<String> missingRegisters(Collection<String> yearGroups) {
        List<String> missing = new ArrayList<>();
        for (Session session : Session.values()) {
            for (String yearGroup : yearGroups) {
                if (registers.stream().noneMatch(w -> w.appliesTo(session, yearGroup))) {
                    missing.add(session + " " + yearGroup);
                }
            }
            if (yearGroups.isEmpty() && registers.stream().noneMatch(w -> w.session() == session)) {
                missing.add(session + " *");
            }
        }
        return missing;
    }

    /** One register as JSON: times as HH:MM. */
    public record RegisterBody(String session, Set<String> yearGroups, String opens, String lateAfter,
                               String closes, String ends) {
    }

    public record TermBody(String from, String to) {
    }

    public record ClosureBody(String date, List<String> sessions, String code) {
    }

    /** As JSON, the same shape {@link #parse} reads. */
    public List<RegisterBody> registersBody() {
        return registers.stream().map(w -> new RegisterBody(w.session().name(), w.yearGroups(), w.opens().toString(),
                w.lateAfter().toString(), w.closes().toString(), w.ends().toString())).toList();
    }

    public List<TermBody> termsBody() {
        return terms.stream().map(t -> new TermBody(t.from().toString(), t.to().toString())).toList();
    }

    public List<ClosureBody> closuresBody() {
        return closures.stream().map(c -> new ClosureBody(c.date().toString(),
                c.sessions().stream().map(Enum::name).toList(), c.code().symbol())).toList();
    }

    private static Session session(JsonFields f, String field) {
        try {
            return Session.parse(f.text(field));
        } catch (IllegalArgumentException e) {
            throw f.invalid(field, "must be AM or PM");
        }
    }

    private static LocalTime time(JsonFields f, String field) {
        String value = f.text(field);
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            throw f.invalid(field, "must be a time (HH:MM)");
        }
    }

}
