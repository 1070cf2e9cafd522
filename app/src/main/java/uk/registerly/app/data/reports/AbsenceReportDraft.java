package uk.registerly.app.data.reports;

import androidx.annotation.Nullable;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.rules.calendar.Session;

/** What a parent fills in to report an absence (for one child or several). */
public final class AbsenceReportDraft {
    public final Set<String> childIds;
    public final LocalDate from;
    public final LocalDate to;
    public final Set<Session> sessions;
    public final AbsenceCategory category;
    @Nullable
    public final String note;

    public AbsenceReportDraft(Set<String> childIds, LocalDate from, LocalDate to, Set<Session> sessions,
                              AbsenceCategory category, @Nullable String note) {
        this.childIds = Collections.unmodifiableSet(new LinkedHashSet<>(childIds));
        this.from = from;
        this.to = to;
        this.sessions = Collections.unmodifiableSet(sessions.isEmpty() ? EnumSet.noneOf(Session.class)
                : EnumSet.copyOf(sessions));
        this.category = category;
        this.note = note;
    }
}
