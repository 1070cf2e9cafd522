package uk.registerly.app.data.db;

import androidx.annotation.NonNull;
import androidx.room.Database;
import androidx.room.RoomDatabase;
import androidx.sqlite.db.SupportSQLiteDatabase;

import uk.registerly.app.data.db.dao.DeliveryDao;
import uk.registerly.app.data.db.dao.DeviceSettingDao;
import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.dao.PullCursorDao;
import uk.registerly.app.data.db.dao.RosterDao;
import uk.registerly.app.data.db.entity.ClassTeacherEntity;
import uk.registerly.app.data.db.entity.DeliveredEventEntity;
import uk.registerly.app.data.db.entity.DeviceSettingEntity;
import uk.registerly.app.data.db.entity.GuardianEntity;
import uk.registerly.app.data.db.entity.GuardianPupilEntity;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.db.entity.PullCursorEntity;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.db.entity.RejectedEventEntity;
import uk.registerly.app.data.db.entity.SchoolClassEntity;
import uk.registerly.app.data.db.entity.SchoolEntity;
import uk.registerly.app.data.db.entity.StaffEntity;

/**
 * The app's single source of truth on the device: the roster it may see, the append-only journal
 * of register facts, what the server said about own events, and the pull cursor. Schemas are
 * exported to app/schemas/ and every version bump comes with a migration in {@link Migrations},
 * tested from the exported schemas by {@code MigrationsTest}.
 */
@Database(entities = {
        DeviceSettingEntity.class,
        JournalEventEntity.class,
        DeliveredEventEntity.class,
        RejectedEventEntity.class,
        PullCursorEntity.class,
        SchoolEntity.class,
        StaffEntity.class,
        SchoolClassEntity.class,
        ClassTeacherEntity.class,
        PupilEntity.class,
        GuardianEntity.class,
        GuardianPupilEntity.class},
        version = 3, exportSchema = true)
public abstract class RegisterlyDatabase extends RoomDatabase {
    public static final String FILE_NAME = "registerly.db";

    public abstract DeviceSettingDao deviceSettings();

    public abstract JournalDao journal();

    public abstract DeliveryDao deliveries();

    public abstract PullCursorDao pullCursor();

    public abstract RosterDao roster();

    /** Creates the append-only triggers on a new database (migrations create them on old ones). */
    public static final Callback TRIGGERS = new Callback() {
        @Override
        public void onCreate(@NonNull SupportSQLiteDatabase db) {
            JournalTriggers.create(db);
        }
    };
}
