package uk.registerly.app.testing;

import static org.junit.Assert.assertTrue;

import android.app.Activity;
import android.view.View;

/** What every rendered office and parent screen must pass: usable by touch, by TalkBack and by eye. */
public final class ScreenChecks {
    private ScreenChecks() {
    }

    /** Every control labelled and 48 dp, no text clipped or off screen, no text drawn over text. */
    public static void assertUsable(Activity activity) {
        View root = activity.getWindow().getDecorView();
        assertTrue("no control was checked", Accessibility.assertControlsLabelledAndLargeEnough(root) > 0);
        assertTrue("no text was checked", TextFit.assertNoClippedText(root, root) > 0);
        Layouts.assertNoOverlappingSiblings(root);
    }
}
