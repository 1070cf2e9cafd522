package uk.registerly.server.dashboard;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.registerly.rules.figures.FiguresByGroup;
import uk.registerly.rules.figures.Fraction;
import uk.registerly.rules.figures.GroupFigures;
import uk.registerly.server.figures.GroupBy;
import uk.registerly.server.figures.NationalFigures;
import uk.registerly.server.figures.SchoolFigureService;
import uk.registerly.server.http.Json;

/** The page bodies' view models: figures turned into rows of text for the templates (no rule decided here). */
final class DashboardPages {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private DashboardPages() {
    }

    /** A table row of a group's figures. */
    static Map<String, Object> row(GroupFigures g, String label) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", label);
        row.put("key", g.group());
        row.put("pupils", g.pupils());
        row.put("small", g.isSmall());
        row.put("possible", g.possibleSessions());
        row.put("attendance", Format.percent(g.attendanceRate(), g));
        row.put("absence", Format.percent(g.absenceRate(), g));
        row.put("authorised", Format.percent(g.authorisedAbsenceRate(), g));
        row.put("unauthorised", Format.percent(g.unauthorisedAbsenceRate(), g));
        row.put("pa", g.persistentlyAbsentPupils());
        row.put("paRate", Format.percent(g.persistentAbsenceRate(), g));
        row.put("sa", g.severelyAbsentPupils());
        row.put("saRate", Format.percent(g.severeAbsenceRate(), g));
        row.put("lateL", g.lateBeforeCloseSessions());
        row.put("lateU", g.lateAfterCloseSessions());
        return row;
    }

    /**
     * A table row per group; for a characteristic, the national overall and persistent absence of the same
     * group beside it (from the national figures file, where it has one).
     */
    static List<Map<String, Object>> rows(List<GroupFigures> groups, GroupBy groupBy) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (GroupFigures g : groups) {
            boolean unknown = g.group().equals(FiguresByGroup.UNKNOWN);
            Map<String, Object> row = row(g, unknown ? "Not recorded" : groupBy.groupLabel(g.group()));
            if (groupBy.isCharacteristic() && !unknown) {
                row.put("nationalAbsence", national("overallAbsence", groupBy.wire() + ":" + g.group()));
                row.put("nationalPa", national("persistentAbsence", groupBy.wire() + ":" + g.group()));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String national(String measure, String group) {
        NationalFigures.Figure f = NationalFigures.find(measure, "all", group);
        return f == null ? null : Format.decimal(f.value()) + " nationally (" + f.period() + ")";
    }

    /** The school's (or trust's) figures beside each national one for all pupils, in the file's order. */
    static List<Map<String, Object>> national(GroupFigures total) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (NationalFigures.Figure f : NationalFigures.forAllPupils()) {
            Fraction ours = switch (f.measure()) {
                case "overallAbsence" -> total.absenceRate();
                case "authorisedAbsence" -> total.authorisedAbsenceRate();
                case "unauthorisedAbsence" -> total.unauthorisedAbsenceRate();
                case "persistentAbsence" -> total.persistentAbsenceRate();
                case "severeAbsence" -> total.severeAbsenceRate();
                default -> null;
            };
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("measure", measure(f.measure()));
            row.put("phase", f.phase().equals("all") ? "All schools" : f.phase().substring(0, 1).toUpperCase(Locale.ROOT)
                    + f.phase().substring(1));
            row.put("period", f.period() + " (" + f.collection() + ")");
            row.put("national", Format.decimal(f.value()));
            row.put("ours", Format.percent(ours, total));
            rows.add(row);
        }
        return rows;
    }

    static String measure(String measure) {
        return switch (measure) {
            case "overallAbsence" -> "Overall absence";
            case "authorisedAbsence" -> "Authorised absence";
            case "unauthorisedAbsence" -> "Unauthorised absence";
            case "persistentAbsence" -> "Persistent absence (pupils)";
            case "severeAbsence" -> "Severe absence (pupils)";
            default -> measure;
        };
    }

    /** The weekly chart's data, as JSON for the chart script (read from a data attribute: no inline script). */
    static String weeklyChart(List<GroupFigures> weeks, String title) {
        List<String> labels = new ArrayList<>();
        List<Double> attendance = new ArrayList<>();
        for (GroupFigures w : weeks) {
            labels.add("w/c " + java.time.LocalDate.parse(w.group()).format(SHORT));
            attendance.add(w.attendanceRate() == null ? null : round(w.attendanceRate().toDouble() * 100));
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "line");
        chart.put("title", title);
        chart.put("labels", labels);
        chart.put("series", List.of(Map.of("name", "Attendance %", "data", attendance)));
        return Json.write(chart);
    }

    /** A bar per school (or group): attendance %. */
    static String barChart(List<String> labels, List<GroupFigures> groups, String title) {
        List<Double> values = new ArrayList<>();
        for (GroupFigures g : groups) {
            values.add(g.attendanceRate() == null ? null : round(g.attendanceRate().toDouble() * 100));
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "bar");
        chart.put("title", title);
        chart.put("labels", labels);
        chart.put("series", List.of(Map.of("name", "Attendance %", "data", values)));
        return Json.write(chart);
    }

    static List<Map<String, Object>> absentees(List<SchoolFigureService.Absentee> list, boolean severe) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SchoolFigureService.Absentee a : list) {
            if (a.severe() != severe) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", a.firstName() + " " + a.lastName());
            row.put("yearGroup", a.yearGroup());
            row.put("className", a.className() == null ? "–" : a.className());
            row.put("possible", a.possibleSessions());
            row.put("absent", a.absenceSessions());
            row.put("unauthorised", a.unauthorisedAbsenceSessions());
            row.put("rate", Format.decimal(a.absenceRate() * 100));
            rows.add(row);
        }
        return rows;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
