package uk.registerly.app.testing;

import android.view.View;

import androidx.test.espresso.UiController;
import androidx.test.espresso.ViewAction;
import androidx.test.espresso.action.ViewActions;

import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

/**
 * Espresso actions that let a NestedScrollView's smooth scroll finish. Under Robolectric's paused
 * clock the scroll animation only advances as time passes, and a touch that lands while it runs
 * is taken by the scroll view (to stop the scroll) instead of reaching the button: so after
 * scrolling, or on a form that scrolls to its focused field, time is moved on first.
 */
public final class Settled {
    /** Longer than any smooth scroll (250 ms). */
    private static final long SETTLE_MILLIS = 600;

    private Settled() {
    }

    /** {@code scrollTo()}, then waits for the scroll to end. */
    public static ViewAction scrollTo() {
        return new ViewAction() {
            private final ViewAction scroll = ViewActions.scrollTo();

            @Override
            public Matcher<View> getConstraints() {
                return scroll.getConstraints();
            }

            @Override
            public String getDescription() {
                return "scroll to, and let the scroll settle";
            }

            @Override
            public void perform(UiController uiController, View view) {
                scroll.perform(uiController, view);
                uiController.loopMainThreadForAtLeast(SETTLE_MILLIS);
            }
        };
    }

    /** Waits for animations (a form scrolling to its focused field) to end; use on the root view. */
    public static ViewAction settle() {
        return new ViewAction() {
            @Override
            public Matcher<View> getConstraints() {
                return Matchers.any(View.class);
            }

            @Override
            public String getDescription() {
                return "let animations settle";
            }

            @Override
            public void perform(UiController uiController, View view) {
                uiController.loopMainThreadForAtLeast(SETTLE_MILLIS);
            }
        };
    }
}
