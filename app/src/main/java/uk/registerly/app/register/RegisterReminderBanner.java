package uk.registerly.app.register;

import android.content.res.Resources;
import android.view.View;
import android.widget.Button;
import android.widget.TextView;

import androidx.annotation.Nullable;

import java.util.function.Consumer;
import java.util.function.Supplier;

import uk.registerly.app.R;
import uk.registerly.rules.calendar.Session;

/**
 * Shows a {@link RegisterReminder} above the register: what is not taken, how long until it closes, how many of
 * its pupils are marked; and "Open register" unless that register is the one on screen.
 */
final class RegisterReminderBanner {
    private final View banner;
    private final TextView text;
    private final Button open;
    private final Supplier<RegisterSelection> shown;
    @Nullable
    private RegisterReminder current;

    RegisterReminderBanner(View root, Supplier<RegisterSelection> shown, Consumer<RegisterReminder> onOpen) {
        this.banner = root.findViewById(R.id.register_reminder);
        this.text = root.findViewById(R.id.register_reminder_text);
        this.open = root.findViewById(R.id.register_reminder_open);
        this.shown = shown;
        open.setOnClickListener(v -> {
            if (current != null) {
                onOpen.accept(current);
            }
        });
    }

    /** The reminder as it stands (null: none due), or again after the register on screen changed. */
    void render(@Nullable RegisterReminder reminder) {
        current = reminder;
        if (reminder == null) {
            banner.setVisibility(View.GONE);
            return;
        }
        Resources res = banner.getResources();
        String session = res.getString(reminder.session == Session.AM
                ? R.string.registers_session_am : R.string.registers_session_pm);
        String minutes = res.getQuantityString(R.plurals.register_reminder_minutes, (int) reminder.minutesToClose,
                (int) reminder.minutesToClose);
        String said = res.getString(R.string.register_reminder, reminder.className, session, minutes,
                reminder.marked, reminder.pupils);
        if (reminder.others > 0) {
            said += " " + res.getQuantityString(R.plurals.register_reminder_others, reminder.others, reminder.others);
        }
        if (!said.contentEquals(text.getText())) {
            text.setText(said);
        }
        boolean onScreen = reminder.isFor(shown.get());
        open.setVisibility(onScreen ? View.GONE : View.VISIBLE);
        open.setContentDescription(res.getString(R.string.register_reminder_open_description, reminder.className,
                session));
        banner.setVisibility(View.VISIBLE);
    }

    void refresh() {
        render(current);
    }
}
