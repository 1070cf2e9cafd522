package uk.registerly.server.letters;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays a letter's filled text out as an A4 PDF with PDFBox. Each block is a paragraph, a heading or a list item;
 * a right-to-left language (Urdu, Arabic) is shaped with ICU4J (joining forms, lam-alef) and ordered right to left
 * (ICU's Bidi, so a Latin name or a percentage inside it stays readable) and set flush right. Characters go to
 * the first font that has them: Noto Sans for Latin scripts, Noto Naskh Arabic for Arabic script. The output is
 * the same bytes for the same letter (fixed dates and document id), so a retried send finds the same hash.
 */
final class LetterPdf {

    /** One block of the letter. */
    record Block(Kind kind, String text) {
    }

    enum Kind { HEADING, PARAGRAPH, ITEM, SPACE }

    /** One language's part of a letter: its blocks and its direction. */
    record Part(List<Block> blocks, boolean rightToLeft) {
    }

    private static final float MARGIN = 56;
    private static final float SIZE = 10.5f;
    private static final float HEADING_SIZE = 13f;
    private static final float LEADING = 1.45f;

    private static final byte[] LATIN = font("NotoSans-Regular.ttf");
    private static final byte[] LATIN_BOLD = font("NotoSans-Bold.ttf");
    private static final byte[] ARABIC = font("NotoNaskhArabic-Regular.ttf");
    private static final byte[] ARABIC_BOLD = font("NotoNaskhArabic-Bold.ttf");

    private LetterPdf() {
    }

    /** The PDF of {@code parts} (the parent's language first, then English), one part starting on a new page. */
    static byte[] render(String title, LocalDateTime created, String documentKey, List<Part> parts) {
        try (PDDocument doc = new PDDocument()) {
            Fonts regular = new Fonts(load(doc, LATIN), load(doc, ARABIC));
            Fonts bold = new Fonts(load(doc, LATIN_BOLD), load(doc, ARABIC_BOLD));
            for (Part part : parts) {
                new Layout(doc, regular, bold, part.rightToLeft()).write(part.blocks());
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setProducer("Registerly");
            Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            date.setTimeInMillis(created.toInstant(ZoneOffset.UTC).toEpochMilli());
            info.setCreationDate(date);
            info.setModificationDate(date);
            byte[] id = sha256(documentKey.getBytes(StandardCharsets.UTF_8));
            COSArray ids = new COSArray();
            ids.add(new COSString(java.util.Arrays.copyOf(id, 16)));
            ids.add(new COSString(java.util.Arrays.copyOf(id, 16)));
            doc.getDocument().setDocumentID(ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A font and the TrueType data it was made from (to ask which characters it has). */
    private record LoadedFont(PDType0Font pdf, TrueTypeFont ttf) {
        boolean has(int codePoint) {
            try {
                return ttf.getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
            } catch (IOException e) {
                return false;
            }
        }
    }

    private record Fonts(LoadedFont latin, LoadedFont arabic) {
        LoadedFont forChar(int codePoint) {
            if (Character.isWhitespace(codePoint) || latin.has(codePoint) && !isArabic(codePoint)) {
                return latin;
            }
            return arabic.has(codePoint) ? arabic : latin;
        }
    }

    private static boolean isArabic(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.ARABIC;
    }

    private static LoadedFont load(PDDocument doc, byte[] data) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data));
        return new LoadedFont(PDType0Font.load(doc, ttf, true), ttf);
    }

    private static byte[] font(String name) {
        try (InputStream in = LetterPdf.class.getResourceAsStream("/letters/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes blocks down pages, wrapping words to the width and starting a new page when one is full. */
    private static final class Layout {
        private final PDDocument doc;
        private final Fonts regular;
        private final Fonts bold;
        private final boolean rtl;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream content;
        private float y;

        Layout(PDDocument doc, Fonts regular, Fonts bold, boolean rtl) {
            this.doc = doc;
            this.regular = regular;
            this.bold = bold;
            this.rtl = rtl;
        }

        void write(List<Block> blocks) throws IOException {
            newPage();
            try {
                for (Block block : blocks) {
                    switch (block.kind()) {
                        case SPACE -> y -= SIZE;
                        case HEADING -> paragraph(block.text(), bold, HEADING_SIZE, 0);
                        case PARAGRAPH -> paragraph(block.text(), regular, SIZE, 0);
                        case ITEM -> paragraph("\u2022 " + block.text(), regular, SIZE, 12);
                    }
                }
            } finally {
                content.close();
            }
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            content = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void paragraph(String text, Fonts fonts, float size, float indent) throws IOException {
            for (String line : wrap(text, fonts, size, width - indent)) {
                if (y - size * LEADING < MARGIN) {
                    newPage();
                }
                y -= size * LEADING;
                String visual = rtl ? visual(line) : line;
                float lineWidth = width(visual, fonts, size);
                float x = rtl ? MARGIN + width - indent - lineWidth : MARGIN + indent;
                drawRuns(visual, fonts, size, x);
            }
            y -= size * 0.6f;
        }

        private List<String> wrap(String text, Fonts fonts, float size, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && width(rtl ? visual(candidate) : candidate, fonts, size) > max) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            return lines;
        }

        private void drawRuns(String visual, Fonts fonts, float size, float x) throws IOException {
            int i = 0;
            while (i < visual.length()) {
                LoadedFont font = fonts.forChar(visual.codePointAt(i));
                int end = i;
                while (end < visual.length() && fonts.forChar(visual.codePointAt(end)) == font) {
                    end += Character.charCount(visual.codePointAt(end));
                }
                String run = visual.substring(i, end);
                content.beginText();
                content.setFont(font.pdf(), size);
                content.newLineAtOffset(x, y);
                content.showText(run);
                content.endText();
                x += font.pdf().getStringWidth(run) / 1000 * size;
                i = end;
            }
        }

        private float width(String visual, Fonts fonts, float size) throws IOException {
            float w = 0;
            for (int i = 0; i < visual.length(); ) {
                int cp = visual.codePointAt(i);
                w += fonts.forChar(cp).pdf().getStringWidth(new String(Character.toChars(cp))) / 1000 * size;
                i += Character.charCount(cp);
            }
            return w;
        }
    }

    /** Logical-order Arabic-script text as drawn: joined forms, right to left, numbers and Latin kept left to right. */
    static String visual(String logical) {
        try {
            String shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK
                    | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(logical);
            Bidi bidi = new Bidi(shaped, Bidi.DIRECTION_RIGHT_TO_LEFT);
            return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
        } catch (ArabicShapingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
