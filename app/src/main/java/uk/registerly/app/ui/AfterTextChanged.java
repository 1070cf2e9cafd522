package uk.registerly.app.ui;

import android.text.Editable;
import android.text.TextWatcher;

import java.util.function.Consumer;

/** A TextWatcher for the one callback screens use: the text once it has changed. */
public final class AfterTextChanged implements TextWatcher {
    private final Consumer<String> onText;

    public AfterTextChanged(Consumer<String> onText) {
        this.onText = onText;
    }

    @Override
    public void beforeTextChanged(CharSequence s, int start, int count, int after) {
        // only the text after the change matters
    }

    @Override
    public void onTextChanged(CharSequence s, int start, int before, int count) {
        // only the text after the change matters
    }

    @Override
    public void afterTextChanged(Editable s) {
        onText.accept(s.toString());
    }
}
