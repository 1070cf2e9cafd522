package uk.registerly.rules.cli;

import com.google.gson.JsonElement;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.codes.LegacyCodeMapping;
import uk.registerly.rules.codes.UnknownAttendanceCodeException;

/** A scenario's attendance codes and sessions, read strictly: a bad value is reported with its path. */
final class ScenarioValues {

    private ScenarioValues() {
    }

    static AttendanceCode code(String symbol, String path, LegacyCodeMapping legacy) throws BadInputException {
        try {
            return legacy.translate(symbol).code();
        } catch (UnknownAttendanceCodeException e) {
            throw new BadInputException(path, e.getMessage());
        }
    }

    static Session session(JsonFields fields, String field) throws BadInputException {
        if (!fields.has(field)) {
            throw fields.missing(field);
        }
        return session(fields.get(field), fields.path(field));
    }

    static Session session(JsonElement element, String path) throws BadInputException {
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
            throw new BadInputException(path, "expected \"AM\" or \"PM\", got " + JsonFields.describe(element));
        }
        try {
            return Session.parse(element.getAsString());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(path, e.getMessage());
        }
    }
}
