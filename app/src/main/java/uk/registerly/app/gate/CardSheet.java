package uk.registerly.app.gate;

import android.graphics.Canvas;
import android.graphics.RectF;
import android.graphics.pdf.PdfDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Pupil cards laid out for printing at their real size on A4: two columns of four (8 a page), with
 * gaps to cut between. Units are PDF points (1/72 inch).
 */
public final class CardSheet {
    static final float POINTS_PER_MM = 72f / 25.4f;
    static final int PAGE_WIDTH = 595; // A4 in points
    static final int PAGE_HEIGHT = 842;
    static final int COLUMNS = 2;
    static final int ROWS = 4;
    public static final int CARDS_PER_PAGE = COLUMNS * ROWS;
    private static final float CARD_WIDTH = 85.6f * POINTS_PER_MM;
    private static final float CARD_HEIGHT = 54f * POINTS_PER_MM;
    private static final float GAP = 8f * POINTS_PER_MM;

    private CardSheet() {
    }

    public static int pages(int cards) {
        return Math.max(1, (cards + CARDS_PER_PAGE - 1) / CARDS_PER_PAGE);
    }

    /** Where card {@code index} of a page goes, centred on the page. */
    static RectF slot(int index) {
        float gridWidth = COLUMNS * CARD_WIDTH + (COLUMNS - 1) * GAP;
        float gridHeight = ROWS * CARD_HEIGHT + (ROWS - 1) * GAP;
        float left = (PAGE_WIDTH - gridWidth) / 2 + (index % COLUMNS) * (CARD_WIDTH + GAP);
        float top = (PAGE_HEIGHT - gridHeight) / 2 + (index / COLUMNS) * (CARD_HEIGHT + GAP);
        return new RectF(left, top, left + CARD_WIDTH, top + CARD_HEIGHT);
    }

    /** Draws page {@code page} (from 0) of the sheet on a canvas in points: a PDF page, or a bitmap to check. */
    public static void drawPage(Canvas canvas, List<PupilCard> cards, int page) {
        for (int i = 0; i < CARDS_PER_PAGE; i++) {
            int card = page * CARDS_PER_PAGE + i;
            if (card < cards.size()) {
                PupilCardRenderer.draw(canvas, slot(i), cards.get(card));
            }
        }
    }

    /** Writes every card as a PDF, {@link #CARDS_PER_PAGE} to a page. */
    public static void writePdf(List<PupilCard> cards, OutputStream out) throws IOException {
        PdfDocument document = new PdfDocument();
        try {
            for (int page = 0; page < pages(cards.size()); page++) {
                PdfDocument.Page pdfPage = document.startPage(
                        new PdfDocument.PageInfo.Builder(PAGE_WIDTH, PAGE_HEIGHT, page + 1).create());
                drawPage(pdfPage.getCanvas(), cards, page);
                document.finishPage(pdfPage);
            }
            document.writeTo(out);
        } finally {
            document.close();
        }
    }
}
