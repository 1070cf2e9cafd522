package uk.registerly.app.testing;

import androidx.test.core.app.ApplicationProvider;

import java.time.Instant;

import org.junit.rules.ExternalResource;

import uk.registerly.app.data.db.RegisterlyDatabase;

/**
 * A {@link TestDataLayer} over a fresh in-memory database with the {@link TestSchool} on its
 * roster, for each test of a Robolectric class ({@code @SQLiteMode(NATIVE)}); closed after it.
 */
public final class InMemoryDataLayer extends ExternalResource {
    private final Instant now;
    public RegisterlyDatabase database;
    public TestDataLayer data;

    /** @param now what the layer's clock reads at the start of each test */
    public InMemoryDataLayer(Instant now) {
        this.now = now;
    }

    @Override
    protected void before() {
        database = TestDatabases.inMemory(ApplicationProvider.getApplicationContext());
        data = new TestDataLayer(database, now).withTestSchool();
    }

    @Override
    protected void after() {
        database.close();
    }
}
