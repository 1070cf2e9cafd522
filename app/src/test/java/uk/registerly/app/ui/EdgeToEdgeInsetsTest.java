package uk.registerly.app.ui;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import android.app.Application;
import android.graphics.Rect;
import android.os.Bundle;
import android.os.Looper;
import android.util.TypedValue;
import android.view.View;
import android.view.ViewGroup;
import android.widget.LinearLayout;
import android.widget.TextView;

import androidx.appcompat.app.AppCompatActivity;
import androidx.core.graphics.Insets;
import androidx.core.view.ViewCompat;
import androidx.core.view.WindowInsetsCompat;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.android.material.appbar.MaterialToolbar;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.android.controller.ActivityController;
import org.robolectric.annotation.Config;

import uk.registerly.app.R;

/**
 * Every screen is edge to edge (Android 15+ enforces it for apps targeting API 35+): the content
 * stays clear of the status bar, the navigation bar, a cutout and the keyboard, and a toolbar at
 * the top grows under the status bar. The insets are dispatched from the window's decor view, as
 * Android does, through AppCompat's own frames.
 */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class, qualifiers = "w412dp-h915dp-mdpi")
public class EdgeToEdgeInsetsTest {
    private static final int STATUS_BAR = 24;
    private static final int NAVIGATION_BAR = 48;
    private static final int CUTOUT_LEFT = 30;

    @Before
    public void registerAsTheApplicationDoes() {
        EdgeToEdgeInsets.register(ApplicationProvider.getApplicationContext());
    }

    @Test
    public void aTopToolbarGrowsUnderTheStatusBarAndTheContentClearsTheOtherBars() {
        ScreenWithToolbar screen = Robolectric.buildActivity(ScreenWithToolbar.class).setup().get();
        int toolbarHeight = screen.toolbar.getLayoutParams().height;

        dispatch(screen, bars(STATUS_BAR, NAVIGATION_BAR, 0), 0);

        ViewGroup frame = screen.findViewById(android.R.id.content);
        assertEquals(STATUS_BAR, screen.toolbar.getPaddingTop());
        assertEquals(toolbarHeight + STATUS_BAR, screen.toolbar.getHeight());
        assertEquals(0, frame.getPaddingTop());
        assertEquals(NAVIGATION_BAR, frame.getPaddingBottom());
        assertClearOfBars(screen, screen.body);
    }

    @Test
    public void insetsArrivingAgainDoNotAddUp() {
        ScreenWithToolbar screen = Robolectric.buildActivity(ScreenWithToolbar.class).setup().get();
        int toolbarHeight = screen.toolbar.getLayoutParams().height;

        dispatch(screen, bars(STATUS_BAR, NAVIGATION_BAR, 0), 0);
        dispatch(screen, bars(STATUS_BAR, NAVIGATION_BAR, 0), 0);

        assertEquals(STATUS_BAR, screen.toolbar.getPaddingTop());
        assertEquals(toolbarHeight + STATUS_BAR, screen.toolbar.getHeight());
    }

    @Test
    public void theKeyboardAndACutoutPushTheContentIn() {
        ScreenWithToolbar screen = Robolectric.buildActivity(ScreenWithToolbar.class).setup().get();

        dispatch(screen, bars(STATUS_BAR, NAVIGATION_BAR, CUTOUT_LEFT), 300);

        ViewGroup frame = screen.findViewById(android.R.id.content);
        assertEquals(300, frame.getPaddingBottom());
        assertEquals(CUTOUT_LEFT, frame.getPaddingLeft());
    }

    @Test
    public void aScreenWithoutAToolbarIsPaddedAtTheTopToo() {
        ScreenWithoutToolbar screen = Robolectric.buildActivity(ScreenWithoutToolbar.class).setup().get();

        dispatch(screen, bars(STATUS_BAR, NAVIGATION_BAR, 0), 0);

        ViewGroup frame = screen.findViewById(android.R.id.content);
        assertEquals(STATUS_BAR, frame.getPaddingTop());
        assertEquals(NAVIGATION_BAR, frame.getPaddingBottom());
        assertClearOfBars(screen, screen.body);
    }

    @Test
    public void theToolbarIsFoundAsTheFirstViewOfTheLayout() {
        ScreenWithToolbar screen = Robolectric.buildActivity(ScreenWithToolbar.class).setup().get();
        assertSame(screen.toolbar, EdgeToEdgeInsets.topToolbar(screen.findViewById(android.R.id.content)));
        ScreenWithoutToolbar plain = Robolectric.buildActivity(ScreenWithoutToolbar.class).setup().get();
        assertEquals(null, EdgeToEdgeInsets.topToolbar(plain.findViewById(android.R.id.content)));
    }

    /** System bars and a left cutout, in px (mdpi: 1 dp = 1 px). */
    private static WindowInsetsCompat bars(int top, int bottom, int cutoutLeft) {
        return new WindowInsetsCompat.Builder()
                .setInsets(WindowInsetsCompat.Type.statusBars(), Insets.of(0, top, 0, 0))
                .setInsets(WindowInsetsCompat.Type.navigationBars(), Insets.of(0, 0, 0, bottom))
                .setInsets(WindowInsetsCompat.Type.displayCutout(), Insets.of(cutoutLeft, 0, 0, 0))
                .build();
    }

    private static void dispatch(AppCompatActivity activity, WindowInsetsCompat bars, int keyboard) {
        WindowInsetsCompat insets = keyboard == 0 ? bars : new WindowInsetsCompat.Builder(bars)
                .setInsets(WindowInsetsCompat.Type.ime(), Insets.of(0, 0, 0, keyboard)).build();
        View decor = activity.getWindow().getDecorView();
        ViewCompat.dispatchApplyWindowInsets(decor, insets);
        decor.requestLayout();
        org.robolectric.Shadows.shadowOf(Looper.getMainLooper()).idle();
    }

    /** The view is on screen, below the status bar and above the navigation bar. */
    private static void assertClearOfBars(AppCompatActivity activity, View view) {
        View decor = activity.getWindow().getDecorView();
        Rect onScreen = new Rect();
        assertTrue(view.getGlobalVisibleRect(onScreen));
        assertTrue("below the status bar: " + onScreen, onScreen.top >= STATUS_BAR);
        assertTrue("above the navigation bar: " + onScreen + " in " + decor.getHeight(),
                onScreen.bottom <= decor.getHeight() - NAVIGATION_BAR);
        assertFalse(onScreen.isEmpty());
    }

    /** A screen as the app's are laid out: a vertical root, a toolbar of ?attr/actionBarSize, the body. */
    public static class ScreenWithToolbar extends AppCompatActivity {
        MaterialToolbar toolbar;
        TextView body;

        @Override
        protected void onCreate(Bundle savedInstanceState) {
            setTheme(R.style.Theme_Registerly);
            super.onCreate(savedInstanceState);
            LinearLayout root = new LinearLayout(this);
            root.setOrientation(LinearLayout.VERTICAL);
            toolbar = new MaterialToolbar(this);
            toolbar.setTitle("Title");
            TypedValue actionBarSize = new TypedValue();
            getTheme().resolveAttribute(androidx.appcompat.R.attr.actionBarSize, actionBarSize, true);
            int height = TypedValue.complexToDimensionPixelSize(actionBarSize.data, getResources().getDisplayMetrics());
            root.addView(toolbar, new LinearLayout.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT, height));
            body = new TextView(this);
            body.setText("Pupils");
            root.addView(body, new LinearLayout.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT, 0, 1f));
            setContentView(root);
        }
    }

    /** A screen whose layout starts with content, not a toolbar. */
    public static class ScreenWithoutToolbar extends AppCompatActivity {
        TextView body;

        @Override
        protected void onCreate(Bundle savedInstanceState) {
            setTheme(R.style.Theme_Registerly);
            super.onCreate(savedInstanceState);
            body = new TextView(this);
            body.setText("Scan the next card");
            setContentView(body, new ViewGroup.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT,
                    ViewGroup.LayoutParams.MATCH_PARENT));
        }
    }
}
