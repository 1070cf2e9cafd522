package uk.registerly.rules.pupil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UpnTest {

    @Test
    void thePublishedTestVectorsAreValidAndInvalid() {
        assertTrue(Upn.isValid("B801200005001"));
        assertFalse(Upn.isValid("A801200005001"));
        assertEquals('B', Upn.checkLetter("801200005001"));
    }

    @Test
    void theWidelyCopiedHelpCentreExampleIsWrongItsLetterIsP() {
        // 2*2 + 7*4 + 1*9 + 6*10 + 4*12 + 9*13 = 266; 266 mod 23 = 13 -> P
        assertEquals('P', Upn.checkLetter("207000016049"));
        assertFalse(Upn.isValid("Q207000016049"));
        assertTrue(Upn.isValid("P207000016049"));
    }

    @Test
    void theWrongCheckLetterIsNamedWithTheRightOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Upn.parse("A801200005001"));
        assertEquals("UPN 'A801200005001' has the wrong check letter: A where the digits give B", e.getMessage());
    }

    @Test
    void aTemporaryUpnEndsInALetterValuedByTheSameMapping() {
        // last letter A has value 0: the sum is that of ...00500 with a 0 at position 13
        char letter = Upn.checkLetter("80120000500A");
        assertEquals(Upn.checkLetter("801200005000"), letter);
        Upn temporary = Upn.parse(letter + "80120000500A");
        assertTrue(temporary.isTemporary());
        assertFalse(Upn.parse("B801200005001").isTemporary());
        // Z is 22: 22 * 13 = 286 more than a 0 there
        char z = Upn.checkLetter("80120000500Z");
        assertEquals(Upn.LETTERS.charAt((Upn.LETTERS.indexOf(letter) + 286) % 23), z);
    }

    @Test
    void formsOtherThanTheStandardOnesAreRefused() {
        assertFalse(Upn.isValid(""));
        assertFalse(Upn.isValid("B80120000500"), "12 characters");
        assertFalse(Upn.isValid("B8012000050011"), "14 characters");
        assertFalse(Upn.isValid("I801200005001"), "I is never a check letter");
        assertFalse(Upn.isValid("B80120000500I"), "I is never a temporary letter");
        assertFalse(Upn.isValid("B8012000050A1"), "a letter before the last position");
        assertFalse(Upn.isValid(null));
        assertEquals("UPN 'B80120' must be 13 characters (it has 6)",
                assertThrows(IllegalArgumentException.class, () -> Upn.parse("B80120")).getMessage());
    }

    @Test
    void spacesAroundAndLowerCaseAreForgiven() {
        assertEquals("B801200005001", Upn.parse(" b801200005001 ").value());
        assertEquals("801", Upn.parse("B801200005001").laCode());
    }

    @Test
    void sexAndSenParseTheMisForms() {
        assertEquals(Sex.FEMALE, Sex.parse("f"));
        assertEquals(Sex.MALE, Sex.parse("Male"));
        assertThrows(IllegalArgumentException.class, () -> Sex.parse("X"));
        assertEquals(SenStatus.SEN_SUPPORT, SenStatus.parse("K"));
        assertEquals(SenStatus.EHC_PLAN, SenStatus.parse("EHC plan"));
        assertEquals(SenStatus.NONE, SenStatus.parse("none"));
        assertThrows(IllegalArgumentException.class, () -> SenStatus.parse("S"));
    }

    @Test
    void characteristicsNeverPrintThemselves() {
        PupilCharacteristics c = PupilCharacteristics.builder().upn(Upn.parse("B801200005001")).fsm(true).build();
        assertFalse(c.toString().contains("B801200005001"));
        assertEquals(c, c.toBuilder().build());
        assertFalse(c.equals(c.toBuilder().fsm(false).build()));
    }
}
