package uk.registerly.app.di;

import dagger.Module;
import dagger.Provides;
import dagger.hilt.InstallIn;
import dagger.hilt.components.SingletonComponent;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.dao.DeliveryDao;
import uk.registerly.app.data.db.dao.DeviceSettingDao;
import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.dao.PullCursorDao;
import uk.registerly.app.data.db.dao.RosterDao;

/** DAOs come from whichever database is installed, so tests that swap the database keep these. */
@Module
@InstallIn(SingletonComponent.class)
public final class DaoModule {
    private DaoModule() {
    }

    @Provides
    static DeviceSettingDao deviceSettings(RegisterlyDatabase database) {
        return database.deviceSettings();
    }

    @Provides
    static JournalDao journal(RegisterlyDatabase database) {
        return database.journal();
    }

    @Provides
    static DeliveryDao deliveries(RegisterlyDatabase database) {
        return database.deliveries();
    }

    @Provides
    static PullCursorDao pullCursor(RegisterlyDatabase database) {
        return database.pullCursor();
    }

    @Provides
    static RosterDao roster(RegisterlyDatabase database) {
        return database.roster();
    }
}
