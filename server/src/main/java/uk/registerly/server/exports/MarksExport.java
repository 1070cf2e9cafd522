package uk.registerly.server.exports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.registerly.rules.figures.ReportingPeriod;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.marks.FactType;
import uk.registerly.rules.marks.MarkSource;

/**
 * Marks back into the MIS (issue 17, item 5): one row per pupil per session with a mark in the range,
 * in a CSV an MIS attendance import can take (how SIMS, Arbor and Bromcom load it: docs/exports.md):
 * {@code Date, Session, UPN, PupilMisId, Code, MinutesLate, Amended}. The MIS's own pupil id travels
 * beside the UPN, so a pupil without a UPN is still matched. Sessions the calendar closes ({@code #} and
 * the Y codes of a closure) are left out: the MIS holds the school's closures itself.
 */
final class MarksExport {

    static final List<String> COLUMNS = List.of("Date", "Session", "UPN", "PupilMisId", "Code", "MinutesLate",
            "Amended");

    private MarksExport() {
    }

    static Table build(List<ExportPupils.Evaluated> pupils, ReportingPeriod period) {
        Table table = new Table(COLUMNS);
        for (ExportPupils.Evaluated p : pupils) {
            for (EffectiveMark mark : p.evaluation().marks()) {
                if (!period.contains(mark.session().date()) || mark.source() == MarkSource.CLOSURE) {
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("Date", mark.session().date().toString());
                row.put("Session", mark.session().session().name());
                row.put("UPN", p.characteristics().upn() == null ? null : p.characteristics().upn().value());
                row.put("PupilMisId", p.row().misId());
                row.put("Code", mark.code().symbol());
                row.put("MinutesLate", mark.minutesLate());
                row.put("Amended", amended(mark) ? "Y" : "N");
                table.add(row);
            }
        }
        table.rows().sort((a, b) -> {
            int byDate = ((String) a.get("Date")).compareTo((String) b.get("Date"));
            return byDate != 0 ? byDate : ((String) a.get("Session")).compareTo((String) b.get("Session"));
        });
        return table;
    }

    /** Whether the register entry was changed after it was first made (Regulation 6: an amendment). */
    static boolean amended(EffectiveMark mark) {
        for (AttendanceFact fact : mark.facts()) {
            if (fact.type() == FactType.AMENDMENT) {
                return true;
            }
        }
        return false;
    }
}
