package uk.registerly.app.data.db.dao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import android.app.Application;

import androidx.lifecycle.LiveData;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.util.ArrayList;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;
import org.robolectric.shadows.ShadowLooper;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.entity.DeviceSettingEntity;
import uk.registerly.app.testing.TestDatabases;

/** Room on real SQLite (Robolectric's native mode), in memory. */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class DeviceSettingDaoTest {
    private RegisterlyDatabase database;
    private DeviceSettingDao dao;

    @Before
    public void openDatabase() {
        database = TestDatabases.inMemory(ApplicationProvider.getApplicationContext());
        dao = database.deviceSettings();
    }

    @After
    public void closeDatabase() {
        database.close();
    }

    @Test
    public void aMissingSettingReadsAsNull() {
        assertNull(dao.get("sync.last_completed"));
    }

    @Test
    public void aNewValueReplacesTheOldOne() {
        dao.put(new DeviceSettingEntity("school", "Northfield Primary", 1_000L));
        dao.put(new DeviceSettingEntity("school", "Southfield Academy", 2_000L));

        DeviceSettingEntity stored = dao.get("school");
        assertEquals("Southfield Academy", stored.value);
        assertEquals(2_000L, stored.updatedAtEpochMillis);
    }

    @Test
    public void observersSeeEachChange() {
        LiveData<DeviceSettingEntity> live = dao.observe("school");
        List<String> seen = new ArrayList<>();
        live.observeForever(setting -> seen.add(setting == null ? "none" : setting.value));
        ShadowLooper.idleMainLooper();

        dao.put(new DeviceSettingEntity("school", "Northfield Primary", 1_000L));
        ShadowLooper.idleMainLooper();

        assertEquals(List.of("none", "Northfield Primary"), seen);
    }
}
