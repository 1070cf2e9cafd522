package uk.registerly.android.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class LockFileTest {
    private final List<LockEntry> entries = List.of(
            LockEntry.parse("junit:junit:4.13.2:jar:test"),
            LockEntry.parse("com.google.dagger:hilt-compiler:2.57.2:jar:processor"),
            LockEntry.parse("androidx.room:room-runtime:2.8.4:aar:compile"),
            LockEntry.parse("androidx.appcompat:appcompat:1.7.1:aar:compile"));

    @Test
    void writesAHeaderThenEntriesByScopeAndCoordinates() {
        assertEquals("""
                # Generated.
                # Do not edit.
                androidx.appcompat:appcompat:1.7.1:aar:compile
                androidx.room:room-runtime:2.8.4:aar:compile
                junit:junit:4.13.2:jar:test
                com.google.dagger:hilt-compiler:2.57.2:jar:processor
                """, LockFile.write(entries, "Generated.\nDo not edit."));
    }

    @Test
    void readsBackWhatItWrote() {
        assertEquals(LockFile.sorted(entries), LockFile.parse(LockFile.write(entries, "header")));
    }

    @Test
    void rejectsLinesWithoutFiveParts() {
        assertThrows(IllegalArgumentException.class, () -> LockFile.parse("androidx.room:room-runtime:2.8.4:aar\n"));
    }
}
