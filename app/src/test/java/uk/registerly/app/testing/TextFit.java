package uk.registerly.app.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import android.text.Layout;
import android.view.View;
import android.view.ViewGroup;
import android.widget.HorizontalScrollView;
import android.widget.TextView;

/**
 * Checks that text fits where it is shown: no line ellipsized, every line as wide as the view
 * allows at most, every line inside the view's height, and the view itself inside {@code bounds}
 * (not pushed off the screen's edge; inside a sideways-scrolling strip, off the strip's content's edge).
 * Needs real text measurement: {@code @GraphicsMode(NATIVE)}.
 */
public final class TextFit {
    private TextFit() {
    }

    /** Every visible TextView (buttons included) under {@code root}. */
    public static int assertNoClippedText(View root, View bounds) {
        int checked = 0;
        if (root.getVisibility() != View.VISIBLE) {
            return 0;
        }
        if (root instanceof TextView && ((TextView) root).getText().length() > 0) {
            assertFits((TextView) root, bounds);
            checked++;
        }
        if (root instanceof ViewGroup) {
            ViewGroup group = (ViewGroup) root;
            // Text in a sideways-scrolling strip (the office's scrollable tabs) is reached by scrolling: it must fit
            // the strip's content, not the screen.
            View inside = group instanceof HorizontalScrollView && group.getChildCount() == 1 ? group.getChildAt(0)
                    : bounds;
            for (int i = 0; i < group.getChildCount(); i++) {
                checked += assertNoClippedText(group.getChildAt(i), inside);
            }
        }
        return checked;
    }

    public static void assertFits(TextView view, View bounds) {
        String what = view.getClass().getSimpleName() + " \"" + view.getText() + "\"";
        Layout layout = view.getLayout();
        assertNotNull(what + " was not laid out", layout);
        int width = view.getWidth() - view.getCompoundPaddingLeft() - view.getCompoundPaddingRight();
        int height = view.getHeight() - view.getCompoundPaddingTop() - view.getCompoundPaddingBottom();
        for (int line = 0; line < layout.getLineCount(); line++) {
            assertEquals(what + " is ellipsized", 0, layout.getEllipsisCount(line));
            assertTrue(what + " line " + line + " is " + layout.getLineWidth(line) + " px wide in " + width,
                    layout.getLineWidth(line) <= width + 1);
        }
        assertTrue(what + " needs " + layout.getHeight() + " px of " + height, layout.getHeight() <= height + 1);
        int[] at = new int[2];
        view.getLocationInWindow(at);
        int[] boundsAt = new int[2];
        bounds.getLocationInWindow(boundsAt);
        assertTrue(what + " starts left of its container", at[0] >= boundsAt[0]);
        assertTrue(what + " ends at " + (at[0] + view.getWidth()) + ", beyond its container's "
                + (boundsAt[0] + bounds.getWidth()), at[0] + view.getWidth() <= boundsAt[0] + bounds.getWidth());
    }
}
