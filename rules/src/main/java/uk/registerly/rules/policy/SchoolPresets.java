package uk.registerly.rules.policy;

import static uk.registerly.rules.calendar.Session.AM;
import static uk.registerly.rules.calendar.Session.PM;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.registerly.rules.figures.Fraction;
import uk.registerly.rules.schedule.RegisterSchedule;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * The four schools of the domain reference, as policies. Register times and ladders
 * are the schools' own; times the reference does not give (when a session ends,
 * Millbrook's afternoon, when Millbrook's register opens) are marked as assumed below
 * and are the first thing a school confirms on set-up. Each ladder stage names the policy
 * sentence it comes from ({@code source}) and the values the policy leaves open, which are
 * assumed ({@code assumed}); rules/README.md has them as tables.
 */
public final class SchoolPresets {
    public static final String MILLBROOK = "millbrook";
    public static final String BASILDON_LOWER = "basildon-lower";
    public static final String LADY_BOSWELLS = "lady-boswells";
    public static final String WENLOCK = "wenlock";

    private SchoolPresets() {
    }

    /** Millbrook Primary: late after 08:50, register closed 09:15; stage 1 below 92%, County below 90%; target 96%. */
    public static SchoolPolicy millbrook() {
        return SchoolPolicy.builder("Millbrook Primary", RegisterSchedule.of(
                        // Assumed: opening at 08:45 and the whole afternoon; the reference gives only the morning.
                        RegisterWindow.forAll(AM, "08:45", "08:50", "09:15", "12:00"),
                        RegisterWindow.forAll(PM, "13:00", "13:05", "13:30", "15:15")))
                .attendanceLadder(PresetLadders.millbrook())
                .targetRate(Fraction.percent("96"))
                .build();
    }

    /** Basildon Lower Academy: staggered registers by year group; letter below 95%; medical evidence from the 3rd day. */
    public static SchoolPolicy basildonLower() {
        return SchoolPolicy.builder("Basildon Lower Academy", RegisterSchedule.of(
                        RegisterWindow.forYears(AM, years("9"), "08:30", "08:30", "08:45", "12:30"),
                        RegisterWindow.forYears(AM, years("7", "8"), "09:00", "09:00", "09:15", "12:30"),
                        RegisterWindow.forYears(PM, years("9"), "13:00", "13:00", "13:15", "15:30"),
                        RegisterWindow.forYears(PM, years("8"), "13:30", "13:30", "13:45", "15:30"),
                        RegisterWindow.forYears(PM, years("7"), "14:00", "14:00", "14:15", "15:30")))
                .attendanceLadder(PresetLadders.basildonLower())
                .medicalEvidenceAfterDays(3)
                .build();
    }

    /** Lady Boswell's CE Primary: 08:50-09:00 and 13:20-13:30; monitor / letter / referral; 10 U marks in a term. */
    public static SchoolPolicy ladyBoswells() {
        return SchoolPolicy.builder("Lady Boswell's CE Primary", RegisterSchedule.of(
                        RegisterWindow.forAll(AM, "08:50", "08:50", "09:00", "12:00"),
                        RegisterWindow.forAll(PM, "13:20", "13:20", "13:30", "15:15")))
                // The domain reference's bands (section 8: "95-100% monitor; 90-95% letter; below 90%
                // referral/penalty consideration") stay what the office sees as the band; "monitor" is no casework
                // stage, so the bands are explicit here and the stages below drive casework.
                .ladder(EscalationLadder.of(
                        new LadderBand(Fraction.percent("95"), null, "MONITOR", "Monitor attendance"),
                        band("90", "95", "LETTER", "Letter to parents"),
                        band("0", "90", "REFERRAL", "Referral; penalty notice considered")))
                .attendanceLadder(PresetLadders.ladyBoswells())
                .lateMarksWarning(new LateMarksWarning(10, 15))
                .build();
    }

    /** Wenlock CE Academy: AM 09:00-09:10, PM by year group; contact below 97%, letter below 95%; 2 weeks' notice. */
    public static SchoolPolicy wenlock() {
        return SchoolPolicy.builder("Wenlock CE Academy", RegisterSchedule.of(
                        // Assumed: the morning ends at lunch, an hour before each year group's afternoon register.
                        RegisterWindow.forYears(AM, years("3", "4"), "09:00", "09:00", "09:10", "11:45"),
                        RegisterWindow.forYears(AM, years("5", "6"), "09:00", "09:00", "09:10", "12:30"),
                        RegisterWindow.forYears(PM, years("3", "4"), "12:45", "12:45", "12:55", "15:15"),
                        RegisterWindow.forYears(PM, years("5", "6"), "13:30", "13:30", "13:40", "15:15")))
                .attendanceLadder(PresetLadders.wenlock())
                .leaveNoticeDays(14)
                .build();
    }

    /** Every preset by its name (millbrook, basildon-lower, lady-boswells, wenlock). */
    public static Map<String, SchoolPolicy> all() {
        Map<String, SchoolPolicy> all = new LinkedHashMap<>();
        all.put(MILLBROOK, millbrook());
        all.put(BASILDON_LOWER, basildonLower());
        all.put(LADY_BOSWELLS, ladyBoswells());
        all.put(WENLOCK, wenlock());
        return Collections.unmodifiableMap(all);
    }

    /** The preset by name, ignoring case, or null. */
    public static SchoolPolicy named(String name) {
        return name == null ? null : all().get(name.toLowerCase(Locale.ROOT));
    }

    private static LadderBand band(String fromPercent, String toPercent, String action, String description) {
        return new LadderBand(Fraction.percent(fromPercent), Fraction.percent(toPercent), action, description);
    }

    private static Set<String> years(String... years) {
        return new HashSet<>(Arrays.asList(years));
    }
}
