package uk.registerly.app.data.roster;

import androidx.annotation.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.registerly.app.data.db.entity.SchoolClassEntity;
import uk.registerly.app.data.scope.DeviceScope;

/**
 * A teacher's classes on the register: those they teach, and those the last SCOPE notice grants
 * them as a cover whose days include today (sync-protocol §6: "marks a covered one 'cover until
 * to', and, until its next pull, stops showing a covered class after its to").
 */
final class MyClasses {
    private MyClasses() {
    }

    static List<SchoolClass> of(List<SchoolClassEntity> taught, List<SchoolClassEntity> held,
                                @Nullable DeviceScope scope, LocalDate today) {
        Map<String, SchoolClass> classes = new LinkedHashMap<>();
        for (SchoolClassEntity row : taught) {
            classes.put(row.id, SchoolClass.of(row));
        }
        if (scope != null) {
            for (SchoolClassEntity row : held) {
                DeviceScope.ClassGrant cover = scope.coverOn(row.id, today);
                if (cover != null && !classes.containsKey(row.id)) {
                    classes.put(row.id, SchoolClass.of(row).coveredUntil(cover.to));
                }
            }
        }
        List<SchoolClass> sorted = new ArrayList<>(classes.values());
        sorted.sort(Comparator.comparing(c -> c.name));
        return sorted;
    }
}
