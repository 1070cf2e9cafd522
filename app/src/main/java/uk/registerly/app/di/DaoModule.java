package uk.registerly.app.di;

import dagger.Module;
import dagger.Provides;
import dagger.hilt.InstallIn;
import dagger.hilt.components.SingletonComponent;
import uk.registerly.app.data.db.DeviceSettingDao;
import uk.registerly.app.data.db.RegisterlyDatabase;

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
}
