package uk.registerly.app.office;

import java.util.Collections;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventType;

/** Finds the id of a pupil's first report or request in a test's journal, to select its line. */
final class InboxViewModelTestIds {
    private InboxViewModelTestIds() {
    }

    static String firstReport(RegisterlyDatabase database, String pupil) {
        return firstOf(database, EventType.ABSENCE_REPORT, pupil);
    }

    static String firstOf(RegisterlyDatabase database, EventType type, String pupil) {
        for (JournalEventEntity event : database.journal().ofTypes(Collections.singletonList(type.name()))) {
            if (event.pupilId.equals(pupil)) {
                return event.id;
            }
        }
        throw new AssertionError("no " + type + " for " + pupil);
    }
}
