package uk.registerly.app.gate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import android.app.Application;
import android.graphics.Bitmap;
import android.graphics.Canvas;
import android.graphics.Color;
import android.graphics.RectF;

import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.zxing.NotFoundException;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;

import uk.registerly.app.testing.TestSchool;

/** A printed card's code reads back as the pupil's payload, at print and at preview resolution. */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class PupilCardRendererTest {
    private static final PupilCard DANIEL = new PupilCard("Registerly Test Primary", "Daniel Singh",
            "Class 3A · Year 3", "P0002", PupilCardCodec.encode(TestSchool.SCHOOL, TestSchool.DANIEL));

    @Test
    public void aCardPrintedAt300DpiDecodesToItsPayload() throws NotFoundException {
        // 85.6 x 54 mm at 300 dpi.
        Bitmap card = render(DANIEL, 1011, 638);

        String read = QrCodes.read(card);

        assertEquals(DANIEL.payload, read);
        assertEquals(TestSchool.DANIEL, PupilCardCodec.decode(read, TestSchool.SCHOOL).pupilId);
    }

    @Test
    public void theOnScreenPreviewDecodesToo() throws NotFoundException {
        assertEquals(DANIEL.payload, QrCodes.read(render(DANIEL, 428, 270)));
    }

    @Test
    public void theCodeUsesQuartileErrorCorrectionAndAQuietZone() {
        com.google.zxing.common.BitMatrix matrix = PupilCardRenderer.qr(DANIEL.payload);
        // Version 5 (37 modules) holds 80 alphanumeric characters at level Q; plus 4 quiet modules each side.
        assertEquals(37 + 2 * PupilCardRenderer.QUIET_ZONE, matrix.getWidth());
        for (int i = 0; i < matrix.getWidth(); i++) {
            assertTrue("quiet zone is light", !matrix.get(i, 0) && !matrix.get(0, i));
        }
    }

    /**
     * The printed sheet: 9 cards make 2 pages, and every code on the first page, drawn at 300 dpi as
     * the PDF draws it, reads back as its own pupil. (Robolectric has no PDF backend, so the page is
     * drawn into a bitmap; writePdf draws the same page into a PdfDocument on a device.)
     */
    @Test
    public void aClassPrintsEightCardsToAnA4PageEachReadable() throws NotFoundException {
        List<PupilCard> cards = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            String pupil = String.format("%08d-0000-4000-8000-%012d", i, i);
            cards.add(new PupilCard("Registerly Test Primary", "Pupil " + i, "Class 3A · Year 3", null,
                    PupilCardCodec.encode(TestSchool.SCHOOL, pupil)));
        }
        float scale = 300f / 72f;
        Bitmap page = Bitmap.createBitmap(Math.round(CardSheet.PAGE_WIDTH * scale),
                Math.round(CardSheet.PAGE_HEIGHT * scale), Bitmap.Config.ARGB_8888);
        Canvas canvas = new Canvas(page);
        canvas.drawColor(Color.WHITE);
        canvas.scale(scale, scale);

        CardSheet.drawPage(canvas, cards, 0);

        assertEquals(2, CardSheet.pages(cards.size()));
        for (int i = 0; i < CardSheet.CARDS_PER_PAGE; i++) {
            RectF slot = CardSheet.slot(i);
            Bitmap card = Bitmap.createBitmap(page, Math.round(slot.left * scale), Math.round(slot.top * scale),
                    Math.round(slot.width() * scale), Math.round(slot.height() * scale));
            assertEquals(cards.get(i).payload, QrCodes.read(card));
        }
    }

    @Test
    public void cardsOnAPageDoNotOverlapAndStayOnTheSheet() {
        for (int i = 0; i < CardSheet.CARDS_PER_PAGE; i++) {
            RectF slot = CardSheet.slot(i);
            assertTrue(slot.left >= 0 && slot.top >= 0 && slot.right <= CardSheet.PAGE_WIDTH
                    && slot.bottom <= CardSheet.PAGE_HEIGHT);
            for (int j = i + 1; j < CardSheet.CARDS_PER_PAGE; j++) {
                assertTrue(!RectF.intersects(slot, CardSheet.slot(j)));
            }
        }
    }

    private static Bitmap render(PupilCard card, int width, int height) {
        Bitmap bitmap = Bitmap.createBitmap(width, height, Bitmap.Config.ARGB_8888);
        Canvas canvas = new Canvas(bitmap);
        canvas.drawColor(Color.WHITE);
        PupilCardRenderer.draw(canvas, new RectF(0, 0, width, height), card);
        return bitmap;
    }
}
