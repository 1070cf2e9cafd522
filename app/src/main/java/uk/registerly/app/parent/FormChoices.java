package uk.registerly.app.parent;

import android.app.DatePickerDialog;
import android.content.Context;
import android.widget.CompoundButton;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import uk.registerly.rules.calendar.Session;

/** The choices the absence and the leave forms share: a day, and the morning and afternoon. */
final class FormChoices {
    private FormChoices() {
    }

    /** The system date picker, opened on {@code shown}; {@code chosen} gets the day picked. */
    static void pickDate(Context context, LocalDate shown, Consumer<LocalDate> chosen) {
        new DatePickerDialog(context, (picker, year, month, day) -> chosen.accept(LocalDate.of(year, month + 1, day)),
                shown.getYear(), shown.getMonthValue() - 1, shown.getDayOfMonth()).show();
    }

    /**
     * Reports both choices whenever the person changes one; changes made while the form is being
     * shown ({@code binding}) are the form's own, not the person's.
     */
    static void sessions(CompoundButton morning, CompoundButton afternoon, BooleanSupplier binding,
                         BiConsumer<Boolean, Boolean> changed) {
        CompoundButton.OnCheckedChangeListener listener = (button, checked) -> {
            if (!binding.getAsBoolean()) {
                changed.accept(morning.isChecked(), afternoon.isChecked());
            }
        };
        morning.setOnCheckedChangeListener(listener);
        afternoon.setOnCheckedChangeListener(listener);
    }

    static Set<Session> sessionsOf(boolean morning, boolean afternoon) {
        Set<Session> sessions = EnumSet.noneOf(Session.class);
        if (morning) {
            sessions.add(Session.AM);
        }
        if (afternoon) {
            sessions.add(Session.PM);
        }
        return sessions;
    }
}
