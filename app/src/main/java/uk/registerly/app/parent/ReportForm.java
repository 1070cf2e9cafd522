package uk.registerly.app.parent;

import android.net.Uri;

import androidx.annotation.Nullable;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;

/** What the absence form shows: an immutable snapshot, replaced on every change. */
final class ReportForm {
    /** Today, tomorrow, or dates the parent picks (a range, or days ahead). */
    enum When { TODAY, TOMORROW, DATES }

    final Set<String> children;
    final When when;
    final LocalDate from;
    final LocalDate to;
    final boolean morning;
    final boolean afternoon;
    @Nullable
    final AbsenceCategory category;
    final String note;
    /** A newly picked photo, not yet prepared. */
    @Nullable
    final Uri photo;
    /** The report being edited already has a photo (kept unless replaced or removed). */
    final boolean keepsPhoto;

    ReportForm(Set<String> children, When when, LocalDate from, LocalDate to, boolean morning, boolean afternoon,
               @Nullable AbsenceCategory category, String note, @Nullable Uri photo, boolean keepsPhoto) {
        this.children = Collections.unmodifiableSet(new LinkedHashSet<>(children));
        this.when = when;
        this.from = from;
        this.to = to;
        this.morning = morning;
        this.afternoon = afternoon;
        this.category = category;
        this.note = note;
        this.photo = photo;
        this.keepsPhoto = keepsPhoto;
    }

    ReportForm children(Set<String> chosen) {
        return new ReportForm(chosen, when, from, to, morning, afternoon, category, note, photo, keepsPhoto);
    }

    ReportForm dates(When chosen, LocalDate first, LocalDate last) {
        return new ReportForm(children, chosen, first, last, morning, afternoon, category, note, photo, keepsPhoto);
    }

    ReportForm sessions(boolean am, boolean pm) {
        return new ReportForm(children, when, from, to, am, pm, category, note, photo, keepsPhoto);
    }

    ReportForm category(AbsenceCategory chosen) {
        return new ReportForm(children, when, from, to, morning, afternoon, chosen, note, photo, keepsPhoto);
    }

    ReportForm note(String text) {
        return new ReportForm(children, when, from, to, morning, afternoon, category, text, photo, keepsPhoto);
    }

    ReportForm photo(@Nullable Uri picked, boolean keep) {
        return new ReportForm(children, when, from, to, morning, afternoon, category, note, picked, keep);
    }

    boolean hasPhoto() {
        return photo != null || keepsPhoto;
    }
}
