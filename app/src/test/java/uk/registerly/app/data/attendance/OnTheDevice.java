package uk.registerly.app.data.attendance;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.Before;
import org.junit.Rule;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.testing.InMemoryDataLayer;
import uk.registerly.app.testing.TestDataLayer;

/**
 * What the attendance repositories' tests share: a device with the test school on real SQLite,
 * on Monday 7 September 2026 at 08:52 in London, at Millbrook-style registers (late after 08:50,
 * closed 09:15). Subclasses run on Robolectric with {@code @SQLiteMode(NATIVE)}.
 */
abstract class OnTheDevice {
    static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);
    /** 08:52 in London (BST). */
    static final Instant AT_0852 = Instant.parse("2026-09-07T07:52:00Z");

    @Rule
    public final InMemoryDataLayer device = new InMemoryDataLayer(AT_0852);
    RegisterlyDatabase database;
    TestDataLayer data;

    @Before
    public void onTheDevice() {
        database = device.database;
        data = device.data;
    }
}
