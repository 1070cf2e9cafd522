package uk.registerly.app.testing;

import static org.junit.Assert.assertTrue;

import android.view.View;
import android.view.ViewGroup;
import android.view.ViewParent;
import android.widget.EditText;
import android.widget.TextView;

import com.google.android.material.textfield.TextInputLayout;

/**
 * What TalkBack and a thumb need from every control on a screen: a spoken label (content
 * description, or the control's own text, or its text field's hint) and a touch target of at least
 * 48 × 48 dp. Checks the laid-out views, so run it on a rendered screen.
 */
public final class Accessibility {
    public static final int MIN_TARGET_DP = 48;

    private Accessibility() {
    }

    /** Returns how many controls were checked, so a test can tell that it looked at something. */
    public static int assertControlsLabelledAndLargeEnough(View root) {
        if (root.getVisibility() != View.VISIBLE) {
            return 0;
        }
        int checked = 0;
        if ((root.isClickable() || root.isLongClickable()) && root.isEnabled()
                && root.getImportantForAccessibility() != View.IMPORTANT_FOR_ACCESSIBILITY_NO_HIDE_DESCENDANTS) {
            String label = label(root);
            String what = root.getClass().getSimpleName() + " " + idName(root) + (label == null ? "" : " \"" + label + "\"");
            assertTrue(what + " has no label for TalkBack", label != null && !label.trim().isEmpty());
            float minPx = MIN_TARGET_DP * root.getResources().getDisplayMetrics().density - 1;
            assertTrue(what + " is " + root.getWidth() + "x" + root.getHeight() + " px, under " + MIN_TARGET_DP + " dp",
                    root.getWidth() >= minPx && root.getHeight() >= minPx);
            checked++;
        }
        if (root instanceof ViewGroup) {
            ViewGroup group = (ViewGroup) root;
            for (int i = 0; i < group.getChildCount(); i++) {
                checked += assertControlsLabelledAndLargeEnough(group.getChildAt(i));
            }
        }
        return checked;
    }

    private static String label(View view) {
        if (view.getContentDescription() != null && view.getContentDescription().length() > 0) {
            return view.getContentDescription().toString();
        }
        if (view instanceof EditText) {
            for (ViewParent parent = view.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof TextInputLayout && ((TextInputLayout) parent).getHint() != null) {
                    return ((TextInputLayout) parent).getHint().toString();
                }
            }
        }
        if (view instanceof TextView && ((TextView) view).getText().length() > 0) {
            return ((TextView) view).getText().toString();
        }
        return null;
    }

    private static String idName(View view) {
        try {
            return view.getId() == View.NO_ID ? "" : view.getResources().getResourceEntryName(view.getId());
        } catch (android.content.res.Resources.NotFoundException e) {
            return "";
        }
    }
}
