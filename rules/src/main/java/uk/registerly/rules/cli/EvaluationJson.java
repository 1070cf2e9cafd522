package uk.registerly.rules.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import uk.registerly.rules.alerts.Alert;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.evaluation.AttendanceEvaluation;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.figures.Fraction;
import uk.registerly.rules.figures.PupilFigures;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.policy.LadderBand;

/** The {@code evaluate} output; exact fractions become decimals only here. */
final class EvaluationJson {
    private EvaluationJson() {
    }

    /** @param showLadder whether to add each pupil's ladder action (only when the scenario named a policy) */
    static JsonObject evaluation(AttendanceEvaluation evaluation, boolean showLadder) {
        JsonArray marks = new JsonArray();
        JsonArray unmarked = new JsonArray();
        JsonArray pupils = new JsonArray();
        JsonArray alerts = new JsonArray();
        for (PupilEvaluation pupil : evaluation.pupils()) {
            for (EffectiveMark mark : pupil.marks()) {
                JsonObject o = session(pupil.pupil().id(), mark.session());
                o.addProperty("code", mark.code().symbol());
                if (mark.minutesLate() != null) {
                    o.addProperty("minutesLate", mark.minutesLate());
                }
                marks.add(o);
            }
            for (SchoolSession session : pupil.unmarked()) {
                unmarked.add(session(pupil.pupil().id(), session));
            }
            pupils.add(figures(pupil, showLadder));
            for (Alert alert : pupil.alerts()) {
                alerts.add(alert(alert));
            }
        }
        JsonObject out = new JsonObject();
        out.add("marks", marks);
        out.add("unmarked", unmarked);
        out.add("pupils", pupils);
        out.add("alerts", alerts);
        return out;
    }

    private static JsonObject session(String pupil, SchoolSession session) {
        JsonObject o = new JsonObject();
        o.addProperty("pupil", pupil);
        o.addProperty("date", session.date().toString());
        o.addProperty("session", session.session().name());
        return o;
    }

    private static JsonObject figures(PupilEvaluation pupil, boolean showLadder) {
        PupilFigures f = pupil.figures();
        JsonObject o = new JsonObject();
        o.addProperty("pupil", f.pupil());
        o.addProperty("possibleSessions", f.possibleSessions());
        o.addProperty("attendanceSessions", f.attendanceSessions());
        o.addProperty("authorisedAbsenceSessions", f.authorisedAbsenceSessions());
        o.addProperty("unauthorisedAbsenceSessions", f.unauthorisedAbsenceSessions());
        Fraction rate = f.attendanceRate();
        if (rate == null) {
            o.add("attendanceRate", JsonNull.INSTANCE);
        } else {
            o.addProperty("attendanceRate", rate.toDouble());
        }
        o.addProperty("persistentAbsence", f.isPersistentlyAbsent());
        o.addProperty("severeAbsence", f.isSeverelyAbsent());
        if (showLadder) {
            LadderBand band = pupil.ladderBand();
            o.add("ladderAction", band == null ? JsonNull.INSTANCE : new JsonPrimitive(band.action()));
        }
        return o;
    }

    private static JsonObject alert(Alert alert) {
        JsonObject o = new JsonObject();
        o.addProperty("pupil", alert.pupil());
        o.addProperty("type", alert.type().name());
        o.addProperty("date", alert.date().toString());
        if (alert.sessions() != null) {
            o.addProperty("sessions", alert.sessions());
        }
        if (alert.session() != null) {
            o.addProperty("session", alert.session().name());
        }
        if (alert.of() != null) {
            o.addProperty("of", alert.of().toString());
        }
        if (alert.days() != null) {
            o.addProperty("days", alert.days());
        }
        if (alert.from() != null) {
            o.addProperty("from", alert.from().toString());
        }
        if (alert.until() != null) {
            o.addProperty("until", alert.until().toString());
        }
        return o;
    }
}
