package uk.registerly.app.ui;

import android.content.Context;

import androidx.annotation.Nullable;
import androidx.annotation.StringRes;

/**
 * Something a screen tells the person using it: the data layer's own words (a refused write
 * explains itself) or one of the app's strings, resolved only when shown, so view models hold no
 * Context.
 */
public final class ScreenMessage {
    @Nullable
    private final String text;
    @StringRes
    private final int resource;
    private final Object[] arguments;

    private ScreenMessage(@Nullable String text, @StringRes int resource, Object[] arguments) {
        this.text = text;
        this.resource = resource;
        this.arguments = arguments;
    }

    public static ScreenMessage text(String text) {
        return new ScreenMessage(text, 0, new Object[0]);
    }

    public static ScreenMessage of(@StringRes int resource, Object... arguments) {
        return new ScreenMessage(null, resource, arguments);
    }

    public String resolve(Context context) {
        return text != null ? text : context.getString(resource, arguments);
    }
}
