package uk.registerly.server.exports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.codes.CountsAs;
import uk.registerly.rules.figures.ReportingPeriod;
import uk.registerly.rules.statutory.CensusTerm;
import uk.registerly.rules.statutory.SessionCounts;

/**
 * The school census's attendance module for one term (issue 17, item 3): per pupil on roll during the
 * term, the sessions possible, authorised and unauthorised, and the sessions by each reason code, named
 * as the National Pupil Database names them ({@code TermlySessionsPossible}, ..., {@code T_Reason_<code>}).
 * Every pupil's totals are cross-checked against the sum of their reasons ({@link SessionCounts#problems()});
 * one mismatch and there is no file, only the list of mismatches.
 */
final class CensusReturn {

    /** Absence codes, one column each: every code that counts as an authorised or unauthorised absence. */
    static final List<AttendanceCode> REASONS = reasons();

    record Result(Table table, List<String> problems, int possible, int authorised, int unauthorised) {
    }

    private CensusReturn() {
    }

    private static List<AttendanceCode> reasons() {
        List<AttendanceCode> codes = new ArrayList<>();
        for (AttendanceCode code : AttendanceCode.values()) {
            if (code.countsAs() == CountsAs.AUTHORISED_ABSENCE || code.countsAs() == CountsAs.UNAUTHORISED_ABSENCE) {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }

    static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("UPN", "PupilMisId", "Surname", "Forename", "NCYearActual",
                "TermlySessionsPossible", "TermlySessionsAttended", "TermlySessionsAuthorised",
                "TermlySessionsUnauthorised"));
        for (AttendanceCode code : REASONS) {
            columns.add("T_Reason_" + code.symbol());
        }
        return columns;
    }

    static Result build(List<ExportPupils.Evaluated> pupils, CensusTerm term, ReportingPeriod period) {
        Table table = new Table(columns());
        List<String> problems = new ArrayList<>();
        int possible = 0;
        int authorised = 0;
        int unauthorised = 0;
        for (ExportPupils.Evaluated p : pupils) {
            if (!p.row().isOnRollDuring(period.from(), period.to())) {
                continue;
            }
            SessionCounts counts = SessionCounts.of(p.evaluation(), period);
            for (String problem : counts.problems()) {
                problems.add(problem.replace("pupil " + p.row().id(), "pupil " + p.row().misId()));
            }
            if (counts.possible() == 0 && p.evaluation().marks().stream().noneMatch(m -> period.contains(m.session().date()))) {
                continue; // never registered here in the term (e.g. admitted after it)
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("UPN", p.characteristics().upn() == null ? null : p.characteristics().upn().value());
            row.put("PupilMisId", p.row().misId());
            row.put("Surname", p.row().lastName());
            row.put("Forename", p.row().firstName());
            row.put("NCYearActual", p.row().yearGroup());
            row.put("TermlySessionsPossible", counts.possible());
            row.put("TermlySessionsAttended", counts.attended());
            row.put("TermlySessionsAuthorised", counts.authorised());
            row.put("TermlySessionsUnauthorised", counts.unauthorised());
            for (AttendanceCode code : REASONS) {
                row.put("T_Reason_" + code.symbol(), counts.reasons().getOrDefault(code, 0));
            }
            table.add(row);
            possible += counts.possible();
            authorised += counts.authorised();
            unauthorised += counts.unauthorised();
        }
        return new Result(table, problems, possible, authorised, unauthorised);
    }
}
