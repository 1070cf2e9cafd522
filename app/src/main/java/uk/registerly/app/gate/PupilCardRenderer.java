package uk.registerly.app.gate;

import android.graphics.Canvas;
import android.graphics.Color;
import android.graphics.Paint;
import android.graphics.Path;
import android.graphics.RectF;
import android.graphics.Typeface;
import android.text.Layout;
import android.text.StaticLayout;
import android.text.TextPaint;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.EnumMap;
import java.util.Map;

/**
 * Draws a pupil card, ID-1 size (85.6 x 54 mm, a bank card), on any canvas: the screen's preview, a
 * bitmap, or a PDF page in points. The QR code sits on the right with its quiet zone; the name is
 * large enough to check at a glance that the card is the pupil's. Black on white, so it prints on
 * any printer and laminates well.
 */
public final class PupilCardRenderer {
    /** ID-1 card: width / height. */
    public static final float ASPECT = 85.6f / 54f;
    /** 25% of the code may be damaged and still read: cards live in bags and pockets. */
    static final ErrorCorrectionLevel ERROR_CORRECTION = ErrorCorrectionLevel.Q;
    /** The quiet zone QR readers need around the code, in modules (the standard's minimum). */
    static final int QUIET_ZONE = 4;

    private static final int BAND = Color.rgb(0x00, 0x6A, 0x6A);

    private PupilCardRenderer() {
    }

    /** The code's modules, quiet zone included: true is a dark module. */
    public static BitMatrix qr(String payload) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ERROR_CORRECTION);
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a card payload of " + payload.length() + " characters", e);
        }
    }

    /** Draws {@code card} into {@code bounds} (which should have the card's aspect ratio). */
    public static void draw(Canvas canvas, RectF bounds, PupilCard card) {
        float width = bounds.width();
        float height = bounds.height();
        float unit = height / 54f; // one millimetre of the printed card
        Paint paint = new Paint(Paint.ANTI_ALIAS_FLAG);

        paint.setColor(Color.WHITE);
        canvas.drawRoundRect(bounds, 3 * unit, 3 * unit, paint);
        paint.setStyle(Paint.Style.STROKE);
        paint.setStrokeWidth(Math.max(1f, 0.3f * unit));
        paint.setColor(Color.rgb(0x9E, 0x9E, 0x9E));
        canvas.drawRoundRect(bounds, 3 * unit, 3 * unit, paint); // a cutting guide
        paint.setStyle(Paint.Style.FILL);

        float band = 10 * unit;
        paint.setColor(BAND);
        canvas.drawRect(bounds.left, bounds.top + 2 * unit, bounds.right, bounds.top + 2 * unit + band, paint);
        TextPaint text = new TextPaint(Paint.ANTI_ALIAS_FLAG);
        text.setColor(Color.WHITE);
        text.setTextSize(4.2f * unit);
        text.setTypeface(Typeface.create(Typeface.DEFAULT, Typeface.BOLD));
        drawText(canvas, card.schoolName, text, bounds.left + 4 * unit, bounds.top + 2 * unit + 2.6f * unit,
                width - 8 * unit, 1);

        // The code: a square on the right, below the band, with its quiet zone inside the square.
        float codeSize = height - band - 6 * unit;
        RectF code = new RectF(bounds.right - codeSize - 2 * unit, bounds.bottom - codeSize - 2 * unit,
                bounds.right - 2 * unit, bounds.bottom - 2 * unit);
        drawQr(canvas, code, qr(card.payload));

        float textLeft = bounds.left + 4 * unit;
        float textWidth = code.left - textLeft - 2 * unit;
        text.setColor(Color.BLACK);
        text.setTextSize(5.4f * unit);
        float y = bounds.top + band + 6 * unit;
        y += drawText(canvas, card.pupilName, text, textLeft, y, textWidth, 3);
        text.setTypeface(Typeface.DEFAULT);
        text.setTextSize(3.8f * unit);
        y += 1.5f * unit;
        y += drawText(canvas, card.classLabel, text, textLeft, y, textWidth, 2);
        if (card.pupilNumber != null) {
            text.setColor(Color.rgb(0x42, 0x42, 0x42));
            drawText(canvas, card.pupilNumber, text, textLeft, y + unit, textWidth, 1);
        }
    }

    /**
     * Dark modules as one filled path, each row's run of dark modules one rectangle. Drawing each
     * module as its own rectangle leaves hairline gaps where rounded edges meet (a bitmap shows a
     * white grid that readers choke on); one path has no inner edges, in a bitmap or a PDF.
     */
    static void drawQr(Canvas canvas, RectF into, BitMatrix matrix) {
        Paint paint = new Paint();
        paint.setColor(Color.WHITE);
        canvas.drawRect(into, paint);
        int modules = matrix.getWidth();
        float module = Math.min(into.width(), into.height()) / modules;
        Path dark = new Path();
        for (int y = 0; y < modules; y++) {
            int x = 0;
            while (x < modules) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < modules && matrix.get(x, y)) {
                    x++;
                }
                dark.addRect(into.left + start * module, into.top + y * module, into.left + x * module,
                        into.top + (y + 1) * module, Path.Direction.CW);
            }
        }
        paint.setColor(Color.BLACK);
        canvas.drawPath(dark, paint);
    }

    /** Wraps {@code value} into at most {@code maxLines} lines at (left, top); returns the height used. */
    private static float drawText(Canvas canvas, String value, TextPaint paint, float left, float top, float width,
                                  int maxLines) {
        StaticLayout layout = StaticLayout.Builder.obtain(value, 0, value.length(), paint, Math.max(1, (int) width))
                .setAlignment(Layout.Alignment.ALIGN_NORMAL)
                .setMaxLines(maxLines)
                .setEllipsize(android.text.TextUtils.TruncateAt.END)
                .build();
        canvas.save();
        canvas.translate(left, top);
        layout.draw(canvas);
        canvas.restore();
        return layout.getHeight();
    }
}
