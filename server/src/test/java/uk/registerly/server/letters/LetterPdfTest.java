package uk.registerly.server.letters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The letter's words laid out as a PDF and read back with PDFBox's text extraction, in each script. */
class LetterPdfTest {

    private final LetterTemplates templates = new LetterTemplates();

    private static Map<String, Object> fields() {
        Map<String, Object> f = new HashMap<>();
        f.put("schoolName", "Millbrook Primary");
        f.put("parentName", "Nadia Khan");
        f.put("childName", "Amir Khan");
        f.put("className", "3A");
        f.put("letterDate", "24 Nov 2026");
        f.put("fromDate", "1 Sep 2026");
        f.put("toDate", "24 Nov 2026");
        f.put("stageStartDate", "20 Oct 2026");
        f.put("policyWording", "stage 3 if there is no improvement");
        f.put("signatoryName", "Rita Anand");
        f.put("signatoryPosition", "Attendance Officer");
        f.put("contact", "the school office");
        f.put("attendancePercent", "87.5%");
        f.put("targetPercent", "96%");
        f.put("possibleSessions", 104);
        f.put("presentSessions", 91);
        f.put("sessionsMissed", 13);
        f.put("unauthorisedSessions", 6);
        f.put("absences", List.of(Map.of("date", "3 Nov 2026", "session", "AM", "code", "N", "meaning", "No reason yet")));
        f.put("hasAbsences", true);
        f.put("certificate", true);
        return f;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void anEnglishLetterHoldsItsFigures() throws IOException {
        byte[] pdf = LetterPdf.render("t", LocalDateTime.parse("2026-11-24T10:00"), "k",
                List.of(templates.part("millbrook-stage-3", "en", fields())));
        String text = text(pdf);
        assertTrue(text.contains("Dear Nadia Khan,"), text);
        assertTrue(text.contains("attendance is 87.5%"), text);
        assertTrue(text.contains("missed 13 of 104 sessions, 6 of them unauthorised"), text);
        assertTrue(text.contains("Attendance certificate"), text);
        assertTrue(text.contains("attended 91 of 104 sessions"), text);
    }

    @Test
    void anUrduLetterReadsBackInUrduThenEnglish() throws IOException {
        byte[] pdf = LetterPdf.render("t", LocalDateTime.parse("2026-11-24T10:00"), "k",
                List.of(templates.part("millbrook-stage-3", "ur", fields()),
                        templates.part("millbrook-stage-3", "en", fields())));
        String text = Normalizer.normalize(text(pdf), Normalizer.Form.NFKC);
        if (System.getProperty("letters.out") != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("letters.out")), pdf);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(2, doc.getNumberOfPages(), "each part starts on a page of its own");
        }
        assertTrue(text.contains("حاضری کا سرٹیفکیٹ"), text);
        assertTrue(text.contains("محترم") && text.contains("Nadia Khan"), text);
        assertTrue(text.contains("104 میں سے 13"), text);
        assertTrue(text.contains("87.5%"), text);
        assertTrue(text.indexOf("محترم") < text.indexOf("Dear Nadia Khan"), "Urdu first, then English");
    }

    @Test
    void theSameLetterIsTheSameBytes() {
        List<LetterPdf.Part> parts = List.of(templates.part("lady-boswells-concern", "pl", fields()));
        assertArrayEquals(LetterPdf.render("t", LocalDateTime.parse("2026-11-24T10:00"), "k", parts),
                LetterPdf.render("t", LocalDateTime.parse("2026-11-24T10:00"), "k", parts));
    }

    /** The languages beyond Polish and Urdu (Bengali and Panjabi need shaping PDFBox lacks: known-gaps). */
    @Test
    void romanianPortugueseAndSomaliLettersReadBackInTheirOwnWordsThenEnglish() throws IOException {
        Map<String, List<String>> expected = Map.of(
                "ro", List.of("Scrisoare oficială privind prezența", "a lipsit de la 13 din 104 sesiuni",
                        "Certificat de prezență", "Stimate/Stimată Nadia Khan"),
                "pt", List.of("Carta formal sobre a assiduidade", "faltou a 13 de 104 sessões",
                        "Certificado de assiduidade", "Caro(a) Nadia Khan"),
                "so", List.of("Warqad rasmi ah oo ku saabsan imaanshaha", "ka maqnaa 13 ka mid ah 104 fadhi",
                        "Shahaadada imaanshaha", "Mudane/Marwo Nadia Khan"));
        for (Map.Entry<String, List<String>> language : expected.entrySet()) {
            byte[] pdf = LetterPdf.render("t", LocalDateTime.parse("2026-11-24T10:00"), "k",
                    List.of(templates.part("millbrook-stage-3", language.getKey(), fields()),
                            templates.part("millbrook-stage-3", "en", fields())));
            String text = Normalizer.normalize(text(pdf), Normalizer.Form.NFC).replaceAll("\\s+", " ");
            for (String words : language.getValue()) {
                assertTrue(text.contains(words), language.getKey() + ": " + words + " in " + text);
            }
            assertTrue(text.contains("87.5%"), text);
            assertTrue(text.indexOf(language.getValue().get(3)) < text.indexOf("Dear Nadia Khan"),
                    language.getKey() + " first, then English");
        }
    }

    @Test
    void anArabicLetterIsShapedRightToLeftAndReadsBackInArabicThenEnglish() throws IOException {
        byte[] pdf = LetterPdf.render("t", LocalDateTime.parse("2026-11-24T10:00"), "k",
                List.of(templates.part("lady-boswells-penalty-warning", "ar", warningFields()),
                        templates.part("lady-boswells-penalty-warning", "en", warningFields())));
        String text = Normalizer.normalize(text(pdf), Normalizer.Form.NFKC);
        assertTrue(text.contains("إنذار بإشعار غرامة"), text);
        assertTrue(text.contains("عزيزي") && text.contains("Nadia Khan"), text);
        assertTrue(text.contains("15") && text.contains("87.5%"), text);
        assertTrue(text.indexOf("عزيزي") < text.indexOf("Dear Nadia Khan"), "Arabic first, then English");
        assertTrue(LetterTemplates.RIGHT_TO_LEFT.contains("ar"));
        assertTrue(templates.part("lady-boswells-penalty-warning", "ar", warningFields()).rightToLeft(),
                "laid out flush right");
    }

    @Test
    void everyLanguageHasEveryLettersWords() {
        for (String language : LetterTemplates.LANGUAGES) {
            for (String template : List.of("millbrook-stage-3", "lady-boswells-information", "lady-boswells-concern",
                    "lady-boswells-penalty-warning", "basildon-below-95", "wenlock-below-95")) {
                String subject = templates.word(language, template + ".subject");
                assertTrue(language.equals("en") || !subject.equals(templates.word("en", template + ".subject")),
                        language + " has its own subject for " + template);
            }
        }
    }

    private static Map<String, Object> warningFields() {
        Map<String, Object> f = fields();
        f.put("warningDays", 15);
        f.put("warningFrom", "25 Nov 2026");
        f.put("warningTo", "15 Dec 2026");
        return f;
    }
}
