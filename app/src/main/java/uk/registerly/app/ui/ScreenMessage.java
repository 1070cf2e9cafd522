package uk.registerly.app.ui;

import android.content.Context;

import androidx.annotation.Nullable;
import androidx.annotation.StringRes;

import java.util.Arrays;
import java.util.Objects;

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

    /** The same words: a view model's test compares messages without a Context. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ScreenMessage)) {
            return false;
        }
        ScreenMessage other = (ScreenMessage) o;
        return Objects.equals(text, other.text) && resource == other.resource && Arrays.equals(arguments, other.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, resource) * 31 + Arrays.hashCode(arguments);
    }

    @Override
    public String toString() {
        return text != null ? text : "string " + resource + Arrays.toString(arguments);
    }
}
