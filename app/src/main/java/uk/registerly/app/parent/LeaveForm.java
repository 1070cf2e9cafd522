package uk.registerly.app.parent;

import androidx.annotation.Nullable;

import java.time.LocalDate;

/** What the leave form shows: an immutable snapshot, replaced on every change. */
final class LeaveForm {
    @Nullable
    final String child;
    final LocalDate from;
    final LocalDate to;
    final boolean morning;
    final boolean afternoon;
    final String reason;
    /** The parent confirmed reading the school's rules: sending needs it. */
    final boolean rulesRead;

    LeaveForm(@Nullable String child, LocalDate from, LocalDate to, boolean morning, boolean afternoon, String reason,
              boolean rulesRead) {
        this.child = child;
        this.from = from;
        this.to = to;
        this.morning = morning;
        this.afternoon = afternoon;
        this.reason = reason;
        this.rulesRead = rulesRead;
    }

    LeaveForm child(String chosen) {
        return new LeaveForm(chosen, from, to, morning, afternoon, reason, rulesRead);
    }

    LeaveForm dates(LocalDate first, LocalDate last) {
        return new LeaveForm(child, first, last, morning, afternoon, reason, rulesRead);
    }

    LeaveForm sessions(boolean am, boolean pm) {
        return new LeaveForm(child, from, to, am, pm, reason, rulesRead);
    }

    LeaveForm reason(String text) {
        return new LeaveForm(child, from, to, morning, afternoon, text, rulesRead);
    }

    LeaveForm rulesRead(boolean read) {
        return new LeaveForm(child, from, to, morning, afternoon, reason, read);
    }
}
