package uk.registerly.server.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.registerly.rules.pupil.PupilCharacteristics;
import uk.registerly.rules.pupil.SenStatus;
import uk.registerly.rules.pupil.Sex;
import uk.registerly.rules.pupil.Upn;
import uk.registerly.server.exports.SchoolIdentifiers;
import uk.registerly.server.roster.PupilCharacteristicsStore;
import uk.registerly.server.school.CalendarSpec;

/**
 * What the demo school shows of issue 17: its URN, LA code and establishment number (fictional: LA 999
 * does not exist), every pupil with a valid UPN (check letter and all), sex and characteristics in
 * proportions like a primary school's (about one in four on free school meals, one in seven on SEN
 * support, a few EHC plans, one in five EAL, one looked-after child), and, with a history, a leaver: the
 * last pupil of the last class leaves at the end of the term, so a CTF is ready for them
 * (GET /api/v1/exports/ctf?leavers=true).
 */
final class DemoExports {

    static final SchoolIdentifiers IDENTIFIERS = new SchoolIdentifiers("999201", "999", "2001");
    private static final String[] ETHNICITIES = {"WBRI", "WBRI", "WBRI", "WOTH", "ABAN", "BAFR", "MWBC", "CHNE", "APKN"};

    private DemoExports() {
    }

    /**
     * The last day on roll of the demo's {@code n}-th pupil (from 1): in a demo school with a register
     * history (the standard one), the last pupil leaves at the end of the term; the tests' small schools
     * without history have no leaver, so their roster rows stay as they were.
     */
    static LocalDate leavingDay(DemoSchoolOptions options, int n, CalendarSpec calendar) {
        int pupils = options.yearGroups().size() * options.classesPerYearGroup() * options.pupilsPerClass();
        return options.historySchoolDays() > 0 && n == pupils
                ? calendar.terms().get(calendar.terms().size() - 1).to() : null;
    }

    static void apply(Handle h, UUID school, List<DemoSchool.DemoClass> classes) {
        SchoolIdentifiers.save(h, school, IDENTIFIERS);
        int n = 0;
        for (DemoSchool.DemoClass c : classes) {
            for (UUID pupil : c.pupils()) {
                n++;
                PupilCharacteristicsStore.put(h, school, pupil, characteristics(n, c.yearGroup()));
            }
        }
    }

    /** The demo's n-th pupil (from 1): a UPN allocated by the demo school, and a fixed pattern of characteristics. */
    static PupilCharacteristics characteristics(int n, String yearGroup) {
        String year = yearGroup.matches("[0-9]+") ? String.format("%02d", (2026 - 4 - Integer.parseInt(yearGroup)) % 100)
                : "22";
        String tail = IDENTIFIERS.laCode() + IDENTIFIERS.establishmentNumber() + year + String.format("%03d", n % 1000);
        return PupilCharacteristics.builder()
                .upn(Upn.parse(Upn.checkLetter(tail) + tail))
                .sex(n % 2 == 0 ? Sex.MALE : Sex.FEMALE)
                .fsm(n % 4 == 0)
                .sen(n % 23 == 0 ? SenStatus.EHC_PLAN : n % 7 == 0 ? SenStatus.SEN_SUPPORT : SenStatus.NONE)
                .eal(n % 5 == 0)
                .lookedAfter(n == 45)
                .previouslyLookedAfter(n == 90)
                .ethnicity(ETHNICITIES[n % ETHNICITIES.length])
                .childInNeed(n % 60 == 0)
                .childProtectionPlan(n == 120)
                .build();
    }
}
