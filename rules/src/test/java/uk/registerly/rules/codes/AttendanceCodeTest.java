package uk.registerly.rules.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttendanceCodeTest {

    // The statutory table of attendance-rules.md section 2, row by row.
    @ParameterizedTest(name = "{0} is {1}, possible={2}, counts as {3}")
    @CsvSource(delimiter = '|', value = {
        "/ |PRESENT|true|ATTENDANCE",
        "\\|PRESENT|true|ATTENDANCE",
        "L |PRESENT|true|ATTENDANCE",
        "K |APPROVED_EDUCATIONAL_ACTIVITY|true|ATTENDANCE",
        "V |APPROVED_EDUCATIONAL_ACTIVITY|true|ATTENDANCE",
        "P |APPROVED_EDUCATIONAL_ACTIVITY|true|ATTENDANCE",
        "W |APPROVED_EDUCATIONAL_ACTIVITY|true|ATTENDANCE",
        "B |APPROVED_EDUCATIONAL_ACTIVITY|true|ATTENDANCE",
        "D |DUAL_REGISTRATION|false|NOT_COUNTED",
        "C1|LEAVE_OF_ABSENCE|true|AUTHORISED_ABSENCE",
        "M |LEAVE_OF_ABSENCE|true|AUTHORISED_ABSENCE",
        "J1|LEAVE_OF_ABSENCE|true|AUTHORISED_ABSENCE",
        "S |LEAVE_OF_ABSENCE|true|AUTHORISED_ABSENCE",
        "X |LEAVE_OF_ABSENCE|false|NOT_COUNTED",
        "C2|LEAVE_OF_ABSENCE|true|AUTHORISED_ABSENCE",
        "C |LEAVE_OF_ABSENCE|true|AUTHORISED_ABSENCE",
        "T |OTHER_AUTHORISED|true|AUTHORISED_ABSENCE",
        "R |OTHER_AUTHORISED|true|AUTHORISED_ABSENCE",
        "I |OTHER_AUTHORISED|true|AUTHORISED_ABSENCE",
        "E |OTHER_AUTHORISED|true|AUTHORISED_ABSENCE",
        "Q |UNABLE_TO_ATTEND|false|NOT_COUNTED",
        "Y1|UNABLE_TO_ATTEND|false|NOT_COUNTED",
        "Y2|UNABLE_TO_ATTEND|false|NOT_COUNTED",
        "Y3|UNABLE_TO_ATTEND|false|NOT_COUNTED",
        "Y4|UNABLE_TO_ATTEND|false|NOT_COUNTED",
        "Y5|UNABLE_TO_ATTEND|false|NOT_COUNTED",
        "Y6|UNABLE_TO_ATTEND|false|NOT_COUNTED",
        "Y7|UNABLE_TO_ATTEND|false|NOT_COUNTED",
        "G |UNAUTHORISED|true|UNAUTHORISED_ABSENCE",
        "N |UNAUTHORISED|true|UNAUTHORISED_ABSENCE",
        "O |UNAUTHORISED|true|UNAUTHORISED_ABSENCE",
        "U |UNAUTHORISED|true|UNAUTHORISED_ABSENCE",
        "Z |ADMINISTRATIVE|false|NOT_COUNTED",
        "# |ADMINISTRATIVE|false|NOT_COUNTED",
    })
    void everyCodeHasItsStatutoryCategoryAndCounting(String symbol, CodeCategory category, boolean possible,
            CountsAs countsAs) {
        AttendanceCode code = AttendanceCode.parse(symbol.trim());
        assertEquals(symbol.trim(), code.symbol());
        assertEquals(category, code.category());
        assertEquals(possible, code.isPossible());
        assertEquals(countsAs, code.countsAs());
        assertFalse(code.meaning().isEmpty());
    }

    @Test
    void theCodeSetHasExactly34DistinctCodes() {
        Set<String> symbols = new HashSet<>();
        for (AttendanceCode code : AttendanceCode.values()) {
            symbols.add(code.symbol());
        }
        assertEquals(34, AttendanceCode.values().length);
        assertEquals(34, symbols.size());
    }

    @Test
    void onlySlashBackslashAndLAreTeacherPresentMarks() {
        for (AttendanceCode code : AttendanceCode.values()) {
            boolean expected = code == AttendanceCode.PRESENT_AM || code == AttendanceCode.PRESENT_PM
                    || code == AttendanceCode.L;
            assertEquals(expected, code.isPresentMark(), code.symbol());
        }
    }

    @Test
    void onlyGNOandUCountTowardsThePenaltyThreshold() {
        for (AttendanceCode code : AttendanceCode.values()) {
            boolean expected = code == AttendanceCode.G || code == AttendanceCode.N || code == AttendanceCode.O
                    || code == AttendanceCode.U;
            assertEquals(expected, code.isUnauthorisedAbsence(), code.symbol());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"H", "J", "Y", "F"})
    void legacyCodesAreRejectedWithTheirReplacementNamed(String legacy) {
        UnknownAttendanceCodeException e =
                assertThrows(UnknownAttendanceCodeException.class, () -> AttendanceCode.parse(legacy));
        assertEquals(legacy, e.code());
        assertEquals(LegacyCode.fromSymbol(legacy), e.legacy());
        assertTrue(e.getMessage().startsWith("unknown code \"" + legacy + "\" (legacy pre-2024 code; "),
                e.getMessage());
    }

    @Test
    void theHolidayMessageSaysWhatToUseInstead() {
        assertTrue(assertThrows(UnknownAttendanceCodeException.class, () -> AttendanceCode.parse("H"))
                .getMessage().contains("use C if exceptional, otherwise G"));
    }

    @Test
    void codesAreCaseSensitiveAndTheMessageSuggestsTheCapital() {
        UnknownAttendanceCodeException e =
                assertThrows(UnknownAttendanceCodeException.class, () -> AttendanceCode.parse("y1"));
        assertTrue(e.getMessage().contains("did you mean \"Y1\""), e.getMessage());
        assertNull(e.legacy());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " L", "L ", "ZZ", "Y8", "C3", "//"})
    void anythingButAnExact2024SymbolIsRejected(String symbol) {
        assertThrows(UnknownAttendanceCodeException.class, () -> AttendanceCode.parse(symbol));
    }

    @Test
    void aMissingCodeIsRejected() {
        assertEquals("missing code",
                assertThrows(UnknownAttendanceCodeException.class, () -> AttendanceCode.parse(null)).getMessage());
    }

    @Test
    void noMappingAcceptsNoLegacyCode() {
        assertThrows(UnknownAttendanceCodeException.class, () -> LegacyCodeMapping.none().translate("J"));
    }

    @Test
    void anExplicitMappingTranslatesAndRecordsWhoApprovedIt() {
        LegacyCodeMapping mapping = LegacyCodeMapping.approvedBy("P Shah, Headteacher")
                .map(LegacyCode.J, AttendanceCode.J1)
                .map(LegacyCode.H, AttendanceCode.G)
                .build();
        LegacyTranslation j = mapping.translate("J");
        assertSame(AttendanceCode.J1, j.code());
        assertTrue(j.wasTranslated());
        assertEquals("J", j.original());
        assertEquals("P Shah, Headteacher", j.approvedBy());
        assertSame(AttendanceCode.G, mapping.translate("H").code());
        assertThrows(UnknownAttendanceCodeException.class, () -> mapping.translate("Y"),
                "a legacy code the mapping does not name stays rejected");
    }

    @Test
    void aCurrentCodePassesThroughAMappingUntranslated() {
        LegacyTranslation t = LegacyCodeMapping.approvedBy("P Shah, Headteacher")
                .map(LegacyCode.J, AttendanceCode.J1).build().translate("J1");
        assertSame(AttendanceCode.J1, t.code());
        assertFalse(t.wasTranslated());
        assertNull(t.approvedBy());
    }

    @Test
    void aMappingNeedsSomeoneToApproveIt() {
        assertThrows(IllegalArgumentException.class, () -> LegacyCodeMapping.approvedBy(" "));
    }
}
