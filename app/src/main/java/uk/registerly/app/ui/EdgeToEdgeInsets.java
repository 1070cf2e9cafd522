package uk.registerly.app.ui;

import android.app.Activity;
import android.app.Application;
import android.os.Bundle;
import android.view.View;
import android.view.ViewGroup;

import androidx.activity.ComponentActivity;
import androidx.activity.EdgeToEdge;
import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.appcompat.widget.Toolbar;
import androidx.core.graphics.Insets;
import androidx.core.view.ViewCompat;
import androidx.core.view.WindowInsetsCompat;

import com.google.android.material.appbar.AppBarLayout;

/**
 * Edge-to-edge on every screen, in one place. Android 15+ draws an app that targets API 35 or
 * later under the status and navigation bars; this keeps every screen's content clear of them,
 * of a display cutout and of the keyboard, on every Android version alike: each activity's
 * content is padded by those insets, except that a toolbar at the top of the screen grows under
 * the status bar (its colour runs to the top edge, its title stays below the bar).
 *
 * <p>Registered once by {@code RegisterlyApplication}, so a screen needs no code of its own.
 */
public final class EdgeToEdgeInsets implements Application.ActivityLifecycleCallbacks {
    private static final int INSETS = WindowInsetsCompat.Type.systemBars() | WindowInsetsCompat.Type.displayCutout();

    public static void register(Application application) {
        application.registerActivityLifecycleCallbacks(new EdgeToEdgeInsets());
    }

    /** Runs inside the activity's super.onCreate: transparent bars, drawn over, on every version. */
    @Override
    public void onActivityCreated(@NonNull Activity activity, @Nullable Bundle savedInstanceState) {
        if (activity instanceof ComponentActivity) {
            EdgeToEdge.enable((ComponentActivity) activity);
        }
    }

    /**
     * After onCreate, so the layout is in place (AppCompat moves android.R.id.content to its own frame
     * in setContentView), and before the first layout, when the window hands out its insets. Setting
     * the same listener again on a later start changes nothing.
     */
    @Override
    public void onActivityStarted(@NonNull Activity activity) {
        View content = activity.findViewById(android.R.id.content);
        if (content instanceof ViewGroup) {
            ViewCompat.setOnApplyWindowInsetsListener(content, LISTENER);
            ViewCompat.requestApplyInsets(content);
        }
    }

    private static final androidx.core.view.OnApplyWindowInsetsListener LISTENER = (frame, windowInsets) -> {
        apply((ViewGroup) frame, windowInsets);
        return WindowInsetsCompat.CONSUMED;
    };

    /** Pads the content frame by the bars and cutout (and the keyboard at the bottom), or lets a top toolbar take the top. */
    static void apply(ViewGroup frame, WindowInsetsCompat windowInsets) {
        Insets bars = windowInsets.getInsets(INSETS);
        int bottom = Math.max(bars.bottom, windowInsets.getInsets(WindowInsetsCompat.Type.ime()).bottom);
        View toolbar = topToolbar(frame);
        frame.setPadding(bars.left, toolbar == null ? bars.top : 0, bars.right, bottom);
        if (toolbar != null) {
            extendUnderStatusBar(toolbar, bars.top);
        }
    }

    /** The toolbar (or app bar) that starts a screen's layout: the first child of its root, if it is one. */
    @Nullable
    static View topToolbar(ViewGroup frame) {
        if (frame.getChildCount() == 0 || !(frame.getChildAt(0) instanceof ViewGroup)) {
            return null;
        }
        ViewGroup root = (ViewGroup) frame.getChildAt(0);
        if (root instanceof Toolbar || root instanceof AppBarLayout) {
            return root;
        }
        View first = root.getChildCount() == 0 ? null : root.getChildAt(0);
        return first instanceof Toolbar || first instanceof AppBarLayout ? first : null;
    }

    /**
     * Adds the status bar's height above the toolbar's own padding, and to its height when that is
     * fixed (?attr/actionBarSize), so its content keeps its size. The layout's own values are kept in
     * a tag: insets arrive again on rotation and when the keyboard opens.
     */
    private static void extendUnderStatusBar(View toolbar, int top) {
        Object tag = toolbar.getTag(uk.registerly.app.R.id.edge_to_edge_original);
        int[] original;
        if (tag instanceof int[]) {
            original = (int[]) tag;
        } else {
            ViewGroup.LayoutParams params = toolbar.getLayoutParams();
            original = new int[] {toolbar.getPaddingTop(), params == null ? ViewGroup.LayoutParams.WRAP_CONTENT : params.height};
            toolbar.setTag(uk.registerly.app.R.id.edge_to_edge_original, original);
        }
        toolbar.setPadding(toolbar.getPaddingLeft(), original[0] + top, toolbar.getPaddingRight(), toolbar.getPaddingBottom());
        ViewGroup.LayoutParams params = toolbar.getLayoutParams();
        if (params != null && original[1] > 0 && params.height != original[1] + top) {
            params.height = original[1] + top;
            toolbar.setLayoutParams(params);
        }
    }

    @Override
    public void onActivityResumed(@NonNull Activity activity) {
    }

    @Override
    public void onActivityPaused(@NonNull Activity activity) {
    }

    @Override
    public void onActivityStopped(@NonNull Activity activity) {
    }

    @Override
    public void onActivitySaveInstanceState(@NonNull Activity activity, @NonNull Bundle outState) {
    }

    @Override
    public void onActivityDestroyed(@NonNull Activity activity) {
    }
}
