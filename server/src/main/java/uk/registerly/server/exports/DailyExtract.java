package uk.registerly.server.exports;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.pupil.PupilCharacteristics;
import uk.registerly.rules.pupil.SenStatus;

/**
 * The daily attendance data for one date (issue 17, item 4), per pupil on roll that day, with the
 * items the DfE collects from schools' MISs since 2024/25 (statutory-data.md section 4): forename,
 * surname, date of birth, UPN, sex, ethnicity, looked after, previously looked after, SEN support, EHC
 * plan, FSM, NC year, school URN, LA code, admission date, expected and actual leaving dates, child in
 * need, child protection plan, and each session's code. "Comments are not collected": no free text
 * goes out (no reasons, notes or amendment text). A session with no register that day (a weekend, a
 * holiday) is {@code #}; a school session whose register was not taken is empty.
 */
final class DailyExtract {

    static final List<String> COLUMNS = List.of("Forename", "Surname", "DOB", "UPN", "Sex", "Ethnicity",
            "LookedAfter", "PreviouslyLookedAfter", "SENSupport", "EHCPlan", "FSM", "NCYear", "SchoolURN", "LACode",
            "AdmissionDate", "ExpectedLeavingDate", "ActualLeavingDate", "ChildInNeed", "ChildProtectionPlan",
            "AMCode", "PMCode");

    private DailyExtract() {
    }

    static Table build(List<ExportPupils.Evaluated> pupils, SchoolIdentifiers ids, LocalDate date) {
        Table table = new Table(COLUMNS);
        for (ExportPupils.Evaluated p : pupils) {
            if (!p.row().isOnRollDuring(date, date)) {
                continue;
            }
            PupilCharacteristics c = p.characteristics();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("Forename", p.row().firstName());
            row.put("Surname", p.row().lastName());
            row.put("DOB", p.row().dateOfBirth().toString());
            row.put("UPN", c.upn() == null ? null : c.upn().value());
            row.put("Sex", c.sex() == null ? null : c.sex().code());
            row.put("Ethnicity", c.ethnicity());
            row.put("LookedAfter", yesNo(c.lookedAfter()));
            row.put("PreviouslyLookedAfter", yesNo(c.previouslyLookedAfter()));
            row.put("SENSupport", c.sen() == null ? null : yesNo(c.sen() == SenStatus.SEN_SUPPORT));
            row.put("EHCPlan", c.sen() == null ? null : yesNo(c.sen() == SenStatus.EHC_PLAN));
            row.put("FSM", yesNo(c.fsm()));
            row.put("NCYear", p.row().yearGroup());
            row.put("SchoolURN", ids.urn());
            row.put("LACode", ids.laCode());
            row.put("AdmissionDate", text(p.row().onRollFrom()));
            row.put("ExpectedLeavingDate", text(c.expectedLeavingDate()));
            row.put("ActualLeavingDate", text(p.row().onRollUntil()));
            row.put("ChildInNeed", yesNo(c.childInNeed()));
            row.put("ChildProtectionPlan", yesNo(c.childProtectionPlan()));
            row.put("AMCode", code(p, date, Session.AM));
            row.put("PMCode", code(p, date, Session.PM));
            table.add(row);
        }
        return table;
    }

    private static String code(ExportPupils.Evaluated p, LocalDate date, Session session) {
        for (EffectiveMark mark : p.evaluation().marks()) {
            if (mark.session().date().equals(date) && mark.session().session() == session) {
                return mark.code().symbol();
            }
        }
        boolean school = p.evaluation().unmarked().stream()
                .anyMatch(s -> s.date().equals(date) && s.session() == session);
        return school ? null : "#";
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? "Y" : "N";
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
