package uk.registerly.rules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.figures.Fraction;
import uk.registerly.rules.schedule.ArrivalClassifier;
import uk.registerly.rules.schedule.RegisterSchedule.PupilRegisters;

class SchoolPresetsTest {

    /** What an arrival at {@code time} means for a pupil of {@code year} at {@code school}. */
    private static String arrival(String school, String year, String time) {
        PupilRegisters registers = SchoolPresets.named(school).registers().forYearGroup(year);
        LocalTime t = LocalTime.parse(time);
        Session session = registers.sessionOfArrival(t);
        AttendanceCode code = ArrivalClassifier.classify(registers.window(session), t).code();
        return session + " " + code.symbol();
    }

    @ParameterizedTest(name = "{0} year {1} arriving {2}: {3}")
    @CsvSource({
        "millbrook,      3, 08:50:00, AM /",
        "millbrook,      3, 08:50:01, AM L",
        "millbrook,      3, 09:15:00, AM L",
        "millbrook,      3, 09:15:01, AM U",
        "basildon-lower, 9, 08:30:00, AM /",
        "basildon-lower, 9, 08:40:00, AM L",
        "basildon-lower, 9, 08:45:01, AM U",
        "basildon-lower, 7, 08:40:00, AM /",
        "basildon-lower, 7, 09:15:00, AM L",
        "basildon-lower, 8, 09:16:00, AM U",
        "basildon-lower, 9, 13:10:00, PM L",
        "basildon-lower, 8, 13:10:00, PM \\",
        "basildon-lower, 8, 13:45:01, PM U",
        "basildon-lower, 7, 14:00:00, PM \\",
        "basildon-lower, 7, 14:15:00, PM L",
        "lady-boswells,  2, 08:50:00, AM /",
        "lady-boswells,  2, 09:00:00, AM L",
        "lady-boswells,  2, 09:00:01, AM U",
        "lady-boswells,  2, 13:25:00, PM L",
        "lady-boswells,  2, 13:30:01, PM U",
        "wenlock,        3, 09:10:00, AM L",
        "wenlock,        5, 09:10:01, AM U",
        "wenlock,        3, 12:50:00, PM L",
        "wenlock,        5, 12:50:00, PM \\",
        "wenlock,        5, 13:35:00, PM L",
        "wenlock,        4, 12:55:01, PM U",
    })
    void eachSchoolJudgesArrivalsByItsOwnTimes(String school, String year, String time, String expected) {
        assertEquals(expected, arrival(school, year, time));
    }

    @ParameterizedTest(name = "{0} at {1}%: {2}")
    @CsvSource({
        "millbrook,      100,    ",
        "millbrook,      92,     ",
        "millbrook,      91.9,   STAGE_1",
        "millbrook,      90,     STAGE_1",
        "millbrook,      89.99,  COUNTY_REFERRAL",
        "basildon-lower, 95,     ",
        "basildon-lower, 94.9,   LETTER",
        "lady-boswells,  100,    MONITOR",
        "lady-boswells,  95,     MONITOR",
        "lady-boswells,  94.99,  LETTER",
        "lady-boswells,  90,     LETTER",
        "lady-boswells,  89.9,   REFERRAL",
        "lady-boswells,  0,      REFERRAL",
        "wenlock,        97,     ",
        "wenlock,        96.9,   CONTACT",
        "wenlock,        95,     CONTACT",
        "wenlock,        94.9,   LETTER",
    })
    void eachLadderUsesHalfOpenBands(String school, String percent, String action) {
        LadderBand band = SchoolPresets.named(school).ladder().bandFor(Fraction.percent(percent));
        assertEquals(action, band == null ? null : band.action());
    }

    @Test
    void schoolSettingsOtherThanTimesAndLadders() {
        assertEquals(Fraction.percent("96"), SchoolPresets.millbrook().targetRate());
        assertEquals(Integer.valueOf(3), SchoolPresets.basildonLower().medicalEvidenceAfterDays());
        assertNull(SchoolPresets.wenlock().medicalEvidenceAfterDays());
        assertEquals(14, SchoolPresets.wenlock().leaveNoticeDays());
        assertEquals(28, SchoolPresets.ladyBoswells().leaveNoticeDays());
        assertEquals(10, SchoolPresets.ladyBoswells().lateMarksWarning().uMarksPerTerm());
        assertEquals(15, SchoolPresets.ladyBoswells().lateMarksWarning().improvementSchoolDays());
    }

    @Test
    void presetsAreFoundByNameIgnoringCase() {
        assertSame(4, SchoolPresets.all().size());
        assertEquals("Wenlock CE Academy", SchoolPresets.named("WENLOCK").name());
        assertNull(SchoolPresets.named("hogwarts"));
    }

    @Test
    void overlappingBandsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> EscalationLadder.of(
                new LadderBand(Fraction.percent("90"), Fraction.percent("95"), "A", "a"),
                new LadderBand(Fraction.percent("94"), null, "B", "b")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "millbrook      | STAGE_1:1 STAGE_2:2 STAGE_3:3 STAGE_4:4 COUNTY_REFERRAL:5 PENALTY_NOTICE:0",
        "basildon-lower | LETTER:1 PLANNED_HOME_VISIT:2 ATTENDANCE_PANEL:3 ATTENDANCE_CONTRACT:4 "
                + "UNPLANNED_HOME_VISIT:0 PENALTY_NOTICE:0",
        "lady-boswells  | LETTER:1 CONCERN_LETTER:2 FAMILY_SUPPORT_MEETING:3 PENALTY_WARNING:4 REFERRAL:5 "
                + "PENALTY_NOTICE:0",
        "wenlock        | CONTACT:1 LETTER:2 PENALTY_NOTICE:0",
    })
    void eachPresetHasItsPolicysFullLadder(String school, String stages) {
        uk.registerly.rules.ladder.AttendanceLadder ladder = SchoolPresets.named(school).attendanceLadder();
        StringBuilder actual = new StringBuilder();
        for (uk.registerly.rules.ladder.LadderStage stage : ladder.stages()) {
            actual.append(actual.length() == 0 ? "" : " ").append(stage.id()).append(':').append(ladder.level(stage));
            org.junit.jupiter.api.Assertions.assertNotNull(stage.source(), stage.id() + " names its policy sentence");
        }
        assertEquals(stages, actual.toString());
        assertEquals(1, ladder.version());
    }

    @Test
    void theLaddersCarryThePoliciesNumbers() {
        uk.registerly.rules.ladder.AttendanceLadder millbrook = SchoolPresets.millbrook().attendanceLadder();
        assertEquals("attendance below 92% this school year", millbrook.stage("STAGE_1").entry().describe());
        assertEquals("1 school week", millbrook.stage("STAGE_1").review().toString(), "weekly monitoring");
        assertEquals("millbrook-stage-3", millbrook.stage("STAGE_3").actions().get(0).template());
        assertEquals("any of: attendance below 90% this school year; no improvement 6 school weeks after the stage "
                + "before", millbrook.stage("COUNTY_REFERRAL").entry().describe());
        uk.registerly.rules.ladder.AttendanceLadder boswells = SchoolPresets.ladyBoswells().attendanceLadder();
        assertEquals(Integer.valueOf(15), boswells.stage("PENALTY_WARNING").warningSchoolDays());
        assertEquals("any of: 10 or more U marks (arrived after the register closed) in a term; no improvement 4 "
                + "school weeks after the stage before", boswells.stage("PENALTY_WARNING").entry().describe());
        assertEquals("the 3rd consecutive school day of unexplained absence (N or O)",
                SchoolPresets.basildonLower().attendanceLadder().stage("UNPLANNED_HOME_VISIT").entry().describe());
        assertEquals(java.util.Arrays.asList("entry.schoolDays"),
                SchoolPresets.basildonLower().attendanceLadder().stage("UNPLANNED_HOME_VISIT").assumed());
    }

    @Test
    void explicitBandsStillWinOverTheStages() {
        SchoolPolicy withBands = SchoolPresets.wenlock().toBuilder().ladder(EscalationLadder.of(
                new LadderBand(Fraction.percent("0"), Fraction.percent("50"), "CUSTOM_BAND", "c"))).build();
        assertEquals("CUSTOM_BAND", withBands.ladder().bandFor(Fraction.percent("10")).action());
        assertNull(withBands.ladder().bandFor(Fraction.percent("94")));
        assertEquals(SchoolPresets.wenlock().attendanceLadder(), withBands.attendanceLadder());
        assertEquals(withBands.ladder(), withBands.toBuilder().build().ladder(), "kept by toBuilder");
    }
}
