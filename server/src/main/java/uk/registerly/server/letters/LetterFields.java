package uk.registerly.server.letters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.codes.CountsAs;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.figures.Fraction;
import uk.registerly.rules.figures.PupilFigures;
import uk.registerly.rules.ladder.LadderStage;
import uk.registerly.rules.marks.EffectiveMark;

/**
 * A letter's merge fields from the pupil's real figures (issue 16: "child, parent, figures to date, sessions
 * missed, list of dates and codes, the policy's wording, the school's contacts and signatory"). Figures are the
 * rules module's school year to date (from admission); dates are written in the letter's language.
 */
final class LetterFields {

    /** At most this many absences are listed, the latest; the figures count them all. */
    static final int MAX_LISTED = 40;

    /** Who, what and when, besides the figures. */
    record Context(String schoolName, String parentName, String childName, String className, LadderStage stage,
                   LocalDate letterDate, LocalDate stageStartDate, String signatoryName, String signatoryPosition,
                   String contact, Fraction target, SchoolCalendar calendar, boolean certificate) {
    }

    private LetterFields() {
    }

    static Map<String, Object> of(Context c, PupilEvaluation evaluation, LocalDate yearStart, String language,
                                  LetterTemplates templates) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(language));
        PupilFigures figures = evaluation.schoolYearFigures();
        Map<String, Object> f = new HashMap<>();
        f.put("schoolName", c.schoolName());
        f.put("parentName", c.parentName());
        f.put("childName", c.childName());
        f.put("className", c.className() == null ? "" : c.className());
        f.put("letterDate", dates.format(c.letterDate()));
        f.put("fromDate", dates.format(yearStart));
        f.put("toDate", dates.format(c.letterDate()));
        f.put("stageStartDate", dates.format(c.stageStartDate()));
        f.put("stageTitle", c.stage().title());
        f.put("policyWording", c.stage().source() == null ? c.stage().title() : c.stage().source());
        f.put("signatoryName", c.signatoryName());
        f.put("signatoryPosition", c.signatoryPosition());
        f.put("contact", c.contact());
        f.put("attendancePercent", figures.attendanceRate() == null ? "-" : figures.attendanceRate().toPercent(1) + "%");
        f.put("targetPercent", c.target() == null ? "-" : c.target().toPercent(0) + "%");
        f.put("possibleSessions", figures.possibleSessions());
        f.put("presentSessions", figures.attendanceSessions());
        f.put("sessionsMissed", figures.possibleSessions() - figures.attendanceSessions());
        f.put("unauthorisedSessions", figures.unauthorisedAbsenceSessions());
        List<Map<String, Object>> absences = new ArrayList<>();
        for (EffectiveMark mark : evaluation.marks()) {
            CountsAs counts = mark.code().countsAs();
            if (mark.session().date().isBefore(yearStart)
                    || counts != CountsAs.AUTHORISED_ABSENCE && counts != CountsAs.UNAUTHORISED_ABSENCE) {
                continue;
            }
            Map<String, Object> a = new HashMap<>();
            a.put("date", dates.format(mark.session().date()));
            a.put("session", templates.word(language, "session." + mark.session().session().name()));
            a.put("code", mark.code().symbol());
            a.put("meaning", mark.code().meaning());
            absences.add(a);
        }
        if (absences.size() > MAX_LISTED) {
            absences = new ArrayList<>(absences.subList(absences.size() - MAX_LISTED, absences.size()));
        }
        f.put("absences", absences);
        f.put("hasAbsences", !absences.isEmpty());
        Integer warning = c.stage().warningSchoolDays();
        if (warning != null) {
            f.put("warningDays", warning);
            f.put("warningFrom", dates.format(c.calendar().schoolDayAfter(c.letterDate(), 1)));
            f.put("warningTo", dates.format(c.calendar().schoolDayAfter(c.letterDate(), warning)));
        }
        f.put("certificate", c.certificate());
        return f;
    }
}
