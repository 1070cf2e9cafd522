package uk.registerly.app.data.db;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import android.app.Application;
import android.content.Context;
import android.database.Cursor;
import android.database.sqlite.SQLiteDatabase;
import android.database.sqlite.SQLiteException;

import androidx.room.Room;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.entity.JournalEventEntity;

/**
 * Every exported schema version, created exactly as that version of the app created it (the
 * export's own SQL, from app/schemas), is migrated to the current version and opened by Room,
 * which refuses a database whose tables differ from the current entities. This does by hand what
 * room-testing's MigrationTestHelper does: room-testing 2.8.5's Android classes (room-testing-android)
 * are not served here.
 */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class MigrationsTest {
    private final Context context = ApplicationProvider.getApplicationContext();

    @Test
    public void everyExportedVersionMigratesToTheCurrentSchemaKeepingItsData() throws IOException {
        TreeMap<Integer, JsonObject> schemas = exportedSchemas();
        int current = schemas.lastKey();
        assertTrue("the current version is exported", schemas.containsKey(current));
        for (int version : schemas.headMap(current).keySet()) {
            String name = "migrate-from-" + version + ".db";
            context.deleteDatabase(name);
            createAsExported(name, schemas.get(version));
            try (SQLiteDatabase old = SQLiteDatabase.openDatabase(context.getDatabasePath(name).getPath(), null,
                    SQLiteDatabase.OPEN_READWRITE)) {
                old.execSQL("INSERT INTO device_settings (`key`, value, updated_at_epoch_millis)"
                        + " VALUES ('sync.last_completed', '2026-09-07T07:42:00Z', 1)");
            }

            RegisterlyDatabase migrated = Migrations.configure(
                    Room.databaseBuilder(context, RegisterlyDatabase.class, name)).allowMainThreadQueries().build();
            try {
                assertEquals("version " + version + "'s settings survive", "2026-09-07T07:42:00Z",
                        migrated.deviceSettings().get("sync.last_completed").value);
                assertEquals(0, migrated.journal().countPending());
                migrated.journal().insertNew(new JournalEventEntity("0b6f3c1e-6a57-4c0e-9d0e-0f2c2b1a9e77",
                        JournalEventEntity.LOCAL, 0, "ARRIVAL", "p1", "2026-09-07", null,
                        "{\"pupil\":\"p1\",\"at\":\"2026-09-07T09:05:00\"}", "2026-09-07T08:05:00Z", null, null, 1L));
                assertEquals(1, migrated.journal().countPending());
                SQLiteException refused = assertThrows(SQLiteException.class, () -> migrated.getOpenHelper()
                        .getWritableDatabase().execSQL("UPDATE journal SET payload = '{}'"));
                assertTrue("migrated journals are append-only too", refused.getMessage().contains("append-only"));
            } finally {
                migrated.close();
            }
        }
    }

    @Test
    public void aFreshDatabaseMatchesTheCurrentExportTableForTable() throws IOException {
        TreeMap<Integer, JsonObject> schemas = exportedSchemas();
        context.deleteDatabase("fresh.db");
        RegisterlyDatabase fresh = Migrations.configure(
                Room.databaseBuilder(context, RegisterlyDatabase.class, "fresh.db")).allowMainThreadQueries().build();
        try {
            List<String> tables = new ArrayList<>();
            try (Cursor cursor = fresh.getOpenHelper().getReadableDatabase().query(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'android_%'"
                            + " AND name NOT LIKE 'sqlite_%' AND name != 'room_master_table' ORDER BY name")) {
                while (cursor.moveToNext()) {
                    tables.add(cursor.getString(0));
                }
            }
            List<String> exported = new ArrayList<>();
            for (JsonElement entity : schemas.lastEntry().getValue().getAsJsonArray("entities")) {
                exported.add(entity.getAsJsonObject().get("tableName").getAsString());
            }
            exported.sort(String::compareTo);
            assertEquals(exported, tables);
            assertFalse(tables.isEmpty());
        } finally {
            fresh.close();
        }
    }

    /** Builds the database the way Room would have for that version, from the export's SQL alone. */
    private void createAsExported(String name, JsonObject schema) {
        File file = context.getDatabasePath(name);
        file.getParentFile().mkdirs();
        try (SQLiteDatabase db = SQLiteDatabase.openOrCreateDatabase(file, null)) {
            for (JsonElement element : schema.getAsJsonArray("entities")) {
                JsonObject entity = element.getAsJsonObject();
                String table = entity.get("tableName").getAsString();
                db.execSQL(entity.get("createSql").getAsString().replace("${TABLE_NAME}", table));
                if (entity.has("indices")) {
                    for (JsonElement index : entity.getAsJsonArray("indices")) {
                        db.execSQL(index.getAsJsonObject().get("createSql").getAsString().replace("${TABLE_NAME}", table));
                    }
                }
            }
            for (JsonElement query : schema.getAsJsonArray("setupQueries")) {
                db.execSQL(query.getAsString());
            }
            if (schema.get("version").getAsInt() >= 2) {
                // The app's onCreate callback gave every database since version 2 its append-only triggers.
                for (String trigger : JournalTriggers.statements()) {
                    db.execSQL(trigger);
                }
            }
            db.setVersion(schema.get("version").getAsInt());
        }
    }

    /** app/schemas/<database class>/<version>.json, as the build exported them. */
    private static TreeMap<Integer, JsonObject> exportedSchemas() throws IOException {
        File directory = new File(System.getProperty("registerly.schemas", "schemas"),
                RegisterlyDatabase.class.getName());
        File[] files = directory.listFiles((dir, file) -> file.endsWith(".json"));
        assertTrue("no exported schemas in " + directory.getAbsolutePath(), files != null && files.length > 0);
        TreeMap<Integer, JsonObject> schemas = new TreeMap<>();
        for (File file : files) {
            JsonObject database = JsonParser.parseString(new String(Files.readAllBytes(file.toPath()),
                    StandardCharsets.UTF_8)).getAsJsonObject().getAsJsonObject("database");
            schemas.put(database.get("version").getAsInt(), database);
        }
        return schemas;
    }
}
