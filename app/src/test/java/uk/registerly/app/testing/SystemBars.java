package uk.registerly.app.testing;

import static org.junit.Assert.assertTrue;

import android.app.Activity;
import android.app.Application;
import android.graphics.Rect;
import android.view.View;
import android.view.ViewGroup;

import androidx.core.graphics.Insets;
import androidx.core.view.ViewCompat;
import androidx.core.view.WindowInsetsCompat;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

import uk.registerly.app.ui.EdgeToEdgeInsets;

/**
 * The system bars a device draws over an edge-to-edge app (Android 15+, targetSdk 35+), which
 * Robolectric's window does not have: a 24 dp status bar and the 24 dp strip of gesture
 * navigation (Android's default since 10; three-button navigation takes 48 dp, see
 * docs/known-gaps.md). Screenshots dispatch them as insets, so each screen is laid out as on a
 * device, and then check that no text or control lies under either bar.
 */
final class SystemBars {
    static final int STATUS_BAR_DP = 24;
    static final int NAVIGATION_BAR_DP = 24;

    private static final Set<Application> REGISTERED = Collections.newSetFromMap(new WeakHashMap<>());

    private SystemBars() {
    }

    /** What RegisterlyApplication does; test applications (Hilt's, plain) need it done for them. */
    static void registerEdgeToEdge(Application application) {
        if (REGISTERED.add(application)) {
            EdgeToEdgeInsets.register(application);
        }
    }

    static void dispatch(Activity activity, ActivityScreenshot.Density density) {
        WindowInsetsCompat insets = new WindowInsetsCompat.Builder()
                .setInsets(WindowInsetsCompat.Type.statusBars(), Insets.of(0, density.pixels(STATUS_BAR_DP), 0, 0))
                .setInsets(WindowInsetsCompat.Type.navigationBars(), Insets.of(0, 0, 0, density.pixels(NAVIGATION_BAR_DP)))
                .build();
        ViewCompat.dispatchApplyWindowInsets(activity.getWindow().getDecorView(), insets);
    }

    /** Every visible text and control of the screen, once laid out at {@code heightPx}, is clear of both bars. */
    static void assertNothingUnder(Activity activity, ActivityScreenshot.Density density, int heightPx) {
        int statusBar = density.pixels(STATUS_BAR_DP);
        int navigationBar = heightPx - density.pixels(NAVIGATION_BAR_DP);
        check(activity.findViewById(android.R.id.content), statusBar, navigationBar);
    }

    private static void check(View view, int statusBar, int navigationBar) {
        if (view.getVisibility() != View.VISIBLE) {
            return;
        }
        if (view instanceof ViewGroup && ((ViewGroup) view).getChildCount() > 0) {
            ViewGroup group = (ViewGroup) view;
            for (int i = 0; i < group.getChildCount(); i++) {
                check(group.getChildAt(i), statusBar, navigationBar);
            }
            return;
        }
        Rect onScreen = new Rect();
        if (!view.getGlobalVisibleRect(onScreen) || onScreen.isEmpty()) {
            return;
        }
        // Ids made by View.generateViewId() are not resources.
        String name = view.getClass().getSimpleName() + (view.getId() == View.NO_ID || (view.getId() >>> 24) == 0 ? ""
                : " " + view.getResources().getResourceEntryName(view.getId()));
        assertTrue(name + " at " + onScreen + " is under the status bar (0-" + statusBar + " px)", onScreen.top >= statusBar);
        assertTrue(name + " at " + onScreen + " is under the navigation bar (from " + navigationBar + " px)",
                onScreen.bottom <= navigationBar);
    }
}
