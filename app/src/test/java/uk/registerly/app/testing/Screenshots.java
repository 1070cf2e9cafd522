package uk.registerly.app.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import android.graphics.Bitmap;
import android.graphics.BitmapFactory;
import android.graphics.Color;

import java.io.File;
import java.util.HashSet;
import java.util.Set;

/** What a written screenshot must show, so a screenshot test fails on a blank, wrong-size or half-drawn screen. */
public final class Screenshots {
    /** The toolbar's colorPrimaryContainer in the light theme. */
    public static final int TOOLBAR = Color.parseColor("#9CF1F0");
    /** The containers of a present, an absent (N, U) and a late mark (values/colors_marks.xml). */
    public static final int PRESENT = Color.parseColor("#C8E6C9");
    public static final int ABSENT = Color.parseColor("#F9DEDC");
    public static final int LATE = Color.parseColor("#FFE08C");

    private Screenshots() {
    }

    /**
     * Decodes {@code png} and checks its size, that text was drawn (many colours from anti-aliasing),
     * and that each of {@code colours} (e.g. the toolbar's, a mark's) appears somewhere.
     */
    public static Bitmap assertRendered(File png, int widthPx, int heightPx, int... colours) {
        assertTrue(png + " was not written", png.isFile());
        Bitmap bitmap = BitmapFactory.decodeFile(png.getPath());
        assertEquals(widthPx, bitmap.getWidth());
        assertEquals(heightPx, bitmap.getHeight());
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < heightPx; y += 2) {
            for (int x = 0; x < widthPx; x += 2) {
                seen.add(bitmap.getPixel(x, y));
            }
        }
        assertTrue("only " + seen.size() + " colours: text was not drawn in " + png, seen.size() > 20);
        for (int colour : colours) {
            assertTrue(String.format("#%06X is missing from %s", colour & 0xFFFFFF, png), contains(bitmap, colour));
        }
        return bitmap;
    }

    private static boolean contains(Bitmap bitmap, int colour) {
        return contains(bitmap, colour, 0, 0, bitmap.getWidth(), bitmap.getHeight());
    }

    /** Whether the region holds any pixel of exactly {@code colour} (a mark's, a pane's). */
    public static boolean contains(Bitmap bitmap, int colour, int left, int top, int right, int bottom) {
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                if (bitmap.getPixel(x, y) == colour) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many distinct colours a region holds: a blank pane has one or two, a drawn one many. */
    public static int coloursIn(Bitmap bitmap, int left, int top, int right, int bottom) {
        Set<Integer> colours = new HashSet<>();
        for (int y = top; y < bottom; y += 2) {
            for (int x = left; x < right; x += 2) {
                colours.add(bitmap.getPixel(x, y));
            }
        }
        return colours.size();
    }
}
