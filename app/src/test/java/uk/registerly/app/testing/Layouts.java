package uk.registerly.app.testing;

import static org.junit.Assert.fail;

import android.graphics.Rect;
import android.view.View;
import android.view.ViewGroup;
import android.widget.LinearLayout;

/** Checks on a laid-out screen that a screenshot alone would not prove. */
public final class Layouts {
    private Layouts() {
    }

    /**
     * No two visible children of any LinearLayout overlap: in a LinearLayout they are meant to sit
     * side by side or one above the other, so an overlap means text drawn over text (a mirrored
     * layout that kept a left margin, a label that does not fit).
     */
    public static void assertNoOverlappingSiblings(View root) {
        if (!(root instanceof ViewGroup) || root.getVisibility() != View.VISIBLE) {
            return;
        }
        ViewGroup group = (ViewGroup) root;
        if (group instanceof LinearLayout) {
            for (int i = 0; i < group.getChildCount(); i++) {
                for (int j = i + 1; j < group.getChildCount(); j++) {
                    Rect a = bounds(group.getChildAt(i));
                    Rect b = bounds(group.getChildAt(j));
                    if (a != null && b != null && Rect.intersects(a, b)) {
                        fail(describe(group.getChildAt(i)) + " overlaps " + describe(group.getChildAt(j)));
                    }
                }
            }
        }
        for (int i = 0; i < group.getChildCount(); i++) {
            assertNoOverlappingSiblings(group.getChildAt(i));
        }
    }

    private static Rect bounds(View view) {
        if (view.getVisibility() != View.VISIBLE || view.getWidth() == 0 || view.getHeight() == 0) {
            return null;
        }
        return new Rect(view.getLeft(), view.getTop(), view.getRight(), view.getBottom());
    }

    private static String describe(View view) {
        String id;
        try {
            id = view.getId() == View.NO_ID ? "" : view.getResources().getResourceEntryName(view.getId());
        } catch (android.content.res.Resources.NotFoundException generated) {
            id = "#" + view.getId();
        }
        String text = view instanceof android.widget.TextView ? " \"" + ((android.widget.TextView) view).getText() + "\""
                : "";
        return view.getClass().getSimpleName() + "(" + id + ")" + text;
    }
}
