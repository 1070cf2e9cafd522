package uk.registerly.app.gate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

import uk.registerly.app.gate.PupilCardCodec.Refusal;
import uk.registerly.app.gate.PupilCardCodec.Result;

/** The pupil card payload: what is accepted, and that every kind of bad card is refused for the right reason. */
public class PupilCardCodecTest {
    private static final String SCHOOL = "9866b7d2-0000-4000-8000-000000000001";
    private static final String OTHER_SCHOOL = "5c1e0000-0000-4000-8000-0000000000aa";
    private static final String PUPIL = "22222222-0000-4000-8000-000000000022";
    private static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    @Test
    public void aCardReadsBackAsItsPupilInLowerCase() {
        String payload = PupilCardCodec.encode(SCHOOL, PUPIL);

        Result result = PupilCardCodec.decode(payload, SCHOOL);

        assertTrue(result.isCard());
        assertEquals(PUPIL, result.pupilId);
        assertNull(result.refusal);
    }

    /** The worked example of docs/pupil-cards.md, so the document and the code cannot drift apart. */
    @Test
    public void theDocumentedExampleIsExactlyWhatIsPrinted() {
        assertEquals("RGC1:9866B7D2-0000-4000-8000-000000000001:22222222-0000-4000-8000-000000000022:X",
                PupilCardCodec.encode(SCHOOL, PUPIL));
    }

    @Test
    public void thePayloadIsVersionedUpperCaseAndStaysInQrAlphanumericMode() {
        String payload = PupilCardCodec.encode(SCHOOL, PUPIL);

        assertTrue(payload, payload.startsWith("RGC1:9866B7D2-0000-4000-8000-000000000001:22222222-"));
        assertEquals(4 + 1 + 36 + 1 + 36 + 2, payload.length());
        for (char c : payload.toCharArray()) {
            assertTrue("not QR alphanumeric: " + c, (ALPHANUMERIC + " $%*+-./:").indexOf(c) >= 0);
        }
    }

    @Test
    public void whiteSpaceAndLowerCaseFromAKeyboardWedgeScannerAreAccepted() {
        String typed = "  " + PupilCardCodec.encode(SCHOOL, PUPIL).toLowerCase(java.util.Locale.ROOT) + "\n";

        assertEquals(PUPIL, PupilCardCodec.decode(typed, SCHOOL).pupilId);
    }

    @Test
    public void aGenuineCardOfAnotherSchoolIsRefusedAsSuch() {
        String foreign = PupilCardCodec.encode(OTHER_SCHOOL, PUPIL);

        Result result = PupilCardCodec.decode(foreign, SCHOOL);

        assertFalse(result.isCard());
        assertEquals(Refusal.OTHER_SCHOOL, result.refusal);
    }

    @Test
    public void somethingThatIsNotACardIsRefused() {
        assertEquals(Refusal.NOT_A_CARD, PupilCardCodec.decode("https://example.org/menu", SCHOOL).refusal);
        assertEquals(Refusal.NOT_A_CARD, PupilCardCodec.decode("", SCHOOL).refusal);
        assertEquals(Refusal.NOT_A_CARD, PupilCardCodec.decode(null, SCHOOL).refusal);
        assertEquals(Refusal.NOT_A_CARD, PupilCardCodec.decode("P0002", SCHOOL).refusal);
    }

    @Test
    public void aCardFromANewerFormatIsRefusedAsUnknownVersion() {
        String v2 = PupilCardCodec.encode(SCHOOL, PUPIL).replaceFirst("^RGC1", "RGC2");

        assertEquals(Refusal.UNKNOWN_VERSION, PupilCardCodec.decode(v2, SCHOOL).refusal);
    }

    @Test
    public void missingOrMisshapenPartsAreMalformed() {
        String good = PupilCardCodec.encode(SCHOOL, PUPIL);
        String[] parts = good.split(":");

        assertEquals(Refusal.MALFORMED, PupilCardCodec.decode(parts[0] + ":" + parts[1] + ":" + parts[2], SCHOOL).refusal);
        assertEquals(Refusal.MALFORMED, PupilCardCodec.decode(good + ":X", SCHOOL).refusal);
        assertEquals(Refusal.MALFORMED, PupilCardCodec.decode(good.substring(0, good.length() - 1) + "XY", SCHOOL).refusal);
        assertEquals(Refusal.MALFORMED,
                PupilCardCodec.decode(parts[0] + ":" + parts[1] + ":P0002:" + parts[3], SCHOOL).refusal);
        assertEquals(Refusal.MALFORMED, PupilCardCodec.decode(good.replace('-', '.'), SCHOOL).refusal);
    }

    @Test
    public void anyOneWrongCharacterInTheSchoolPupilOrCheckIsCaught() {
        String good = PupilCardCodec.encode(SCHOOL, PUPIL);
        int tried = 0;
        for (int i = "RGC1:".length(); i < good.length(); i++) {
            char original = good.charAt(i);
            if (original == ':' || original == '-') {
                continue;
            }
            for (char replacement : ALPHANUMERIC.toCharArray()) {
                if (replacement == original) {
                    continue;
                }
                String typo = good.substring(0, i) + replacement + good.substring(i + 1);
                Result result = PupilCardCodec.decode(typo, SCHOOL);
                assertFalse("accepted " + typo, result.isCard());
                // A non-hex digit in a UUID breaks its shape; anything else must fail the check.
                boolean inUuid = i < good.length() - 2;
                Refusal expected = inUuid && "0123456789ABCDEF".indexOf(replacement) < 0
                        ? Refusal.MALFORMED : Refusal.CHECK_FAILED;
                assertEquals(typo, expected, result.refusal);
                tried++;
            }
        }
        assertEquals((64 + 1) * 35, tried);
    }

    @Test
    public void aTypoInThePrefixIsNotReadAsACard() {
        String good = PupilCardCodec.encode(SCHOOL, PUPIL);

        assertEquals(Refusal.NOT_A_CARD, PupilCardCodec.decode("RGX1" + good.substring(4), SCHOOL).refusal);
    }

    @Test
    public void swappedNeighboursInThePupilIdAreCaught() {
        String good = PupilCardCodec.encode(SCHOOL, "12345678-9abc-4def-8012-3456789abcde");
        int pupilStart = "RGC1:".length() + 37;
        // "12" -> "21", "9A" -> "A9", "DE" -> "ED": the slips a person copying a card makes.
        for (int i : new int[] {pupilStart, pupilStart + 9, pupilStart + 34}) {
            String swapped = good.substring(0, i) + good.charAt(i + 1) + good.charAt(i) + good.substring(i + 2);
            assertEquals(swapped, Refusal.CHECK_FAILED, PupilCardCodec.decode(swapped, SCHOOL).refusal);
        }
    }

    @Test
    public void encodingRefusesIdsThatAreNotUuids() {
        assertThrows(IllegalArgumentException.class, () -> PupilCardCodec.encode(SCHOOL, "P0002"));
        assertThrows(IllegalArgumentException.class, () -> PupilCardCodec.encode("school", PUPIL));
    }

    @Test
    public void typedTextIsTakenForACardOnlyWhenItStartsLikeOne() {
        assertTrue(PupilCardCodec.looksLikeCard(PupilCardCodec.encode(SCHOOL, PUPIL)));
        assertTrue(PupilCardCodec.looksLikeCard(" rgc1:anything"));
        assertFalse(PupilCardCodec.looksLikeCard("Rachel"));
        assertFalse(PupilCardCodec.looksLikeCard("RGC"));
        assertFalse(PupilCardCodec.looksLikeCard(null));
    }
}
