package uk.registerly.app.data.db;

import androidx.annotation.NonNull;
import androidx.room.RoomDatabase;
import androidx.room.migration.Migration;
import androidx.sqlite.db.SupportSQLiteDatabase;

/**
 * Every schema change since version 1, with SQL copied from the exported schemas in app/schemas
 * (MigrationsTest opens each old version from its export and checks Room accepts the result).
 * A database is never destroyed to upgrade it: it holds unsent register facts.
 */
public final class Migrations {
    /** 1 -> 2: the journal, delivery records, pull cursor and roster cache. */
    public static final Migration MIGRATION_1_2 = new Migration(1, 2) {
        @Override
        public void migrate(@NonNull SupportSQLiteDatabase db) {
            for (String statement : V2_TABLES) {
                db.execSQL(statement);
            }
            JournalTriggers.create(db);
        }
    };

    /** 2 -> 3: who was signed in with their staff PIN when an event was recorded (issue 13). */
    public static final Migration MIGRATION_2_3 = new Migration(2, 3) {
        @Override
        public void migrate(@NonNull SupportSQLiteDatabase db) {
            db.execSQL("ALTER TABLE `journal` ADD COLUMN `staff_id` TEXT");
        }
    };

    public static final Migration[] ALL = {MIGRATION_1_2, MIGRATION_2_3};

    private static final String[] V2_TABLES = {
            "CREATE TABLE IF NOT EXISTS `journal` (`id` TEXT NOT NULL, `origin` TEXT NOT NULL, `device_seq` INTEGER NOT NULL, `type` TEXT NOT NULL, `pupil_id` TEXT NOT NULL, `fact_date` TEXT, `ref_id` TEXT, `payload` TEXT NOT NULL, `device_time` TEXT NOT NULL, `clock_offset_ms` INTEGER, `server_cursor` TEXT, `stored_at_epoch_millis` INTEGER NOT NULL, PRIMARY KEY(`id`))",
            "CREATE INDEX IF NOT EXISTS `index_journal_pupil_id_fact_date` ON `journal` (`pupil_id`, `fact_date`)",
            "CREATE INDEX IF NOT EXISTS `index_journal_origin_device_seq` ON `journal` (`origin`, `device_seq`)",
            "CREATE INDEX IF NOT EXISTS `index_journal_type` ON `journal` (`type`)",
            "CREATE INDEX IF NOT EXISTS `index_journal_ref_id` ON `journal` (`ref_id`)",
            "CREATE TABLE IF NOT EXISTS `delivered_events` (`event_id` TEXT NOT NULL, `result` TEXT NOT NULL, `delivered_at_epoch_millis` INTEGER NOT NULL, PRIMARY KEY(`event_id`))",
            "CREATE TABLE IF NOT EXISTS `rejected_events` (`event_id` TEXT NOT NULL, `reason` TEXT NOT NULL, `rejected_at_epoch_millis` INTEGER NOT NULL, PRIMARY KEY(`event_id`))",
            "CREATE TABLE IF NOT EXISTS `pull_cursor` (`id` INTEGER NOT NULL, `cursor` TEXT NOT NULL, PRIMARY KEY(`id`))",
            "CREATE TABLE IF NOT EXISTS `schools` (`id` TEXT NOT NULL, `name` TEXT NOT NULL, `time_zone` TEXT NOT NULL, `policy_preset` TEXT, `calendar_json` TEXT NOT NULL, PRIMARY KEY(`id`))",
            "CREATE TABLE IF NOT EXISTS `staff` (`id` TEXT NOT NULL, `name` TEXT NOT NULL, `position` TEXT NOT NULL, PRIMARY KEY(`id`))",
            "CREATE TABLE IF NOT EXISTS `classes` (`id` TEXT NOT NULL, `name` TEXT NOT NULL, `year_group` TEXT NOT NULL, PRIMARY KEY(`id`))",
            "CREATE TABLE IF NOT EXISTS `class_teachers` (`class_id` TEXT NOT NULL, `staff_id` TEXT NOT NULL, PRIMARY KEY(`class_id`, `staff_id`))",
            "CREATE INDEX IF NOT EXISTS `index_class_teachers_staff_id` ON `class_teachers` (`staff_id`)",
            "CREATE TABLE IF NOT EXISTS `pupils` (`id` TEXT NOT NULL, `mis_id` TEXT, `first_name` TEXT NOT NULL, `last_name` TEXT NOT NULL, `date_of_birth` TEXT, `year_group` TEXT NOT NULL, `class_id` TEXT, `school_id` TEXT, `on_roll_from` TEXT, `on_roll_until` TEXT, PRIMARY KEY(`id`))",
            "CREATE INDEX IF NOT EXISTS `index_pupils_class_id` ON `pupils` (`class_id`)",
            "CREATE INDEX IF NOT EXISTS `index_pupils_mis_id` ON `pupils` (`mis_id`)",
            "CREATE INDEX IF NOT EXISTS `index_pupils_school_id` ON `pupils` (`school_id`)",
            "CREATE TABLE IF NOT EXISTS `guardians` (`id` TEXT NOT NULL, `name` TEXT NOT NULL, `relationship` TEXT, `email` TEXT, `phone` TEXT, PRIMARY KEY(`id`))",
            "CREATE TABLE IF NOT EXISTS `guardian_pupils` (`guardian_id` TEXT NOT NULL, `pupil_id` TEXT NOT NULL, PRIMARY KEY(`guardian_id`, `pupil_id`))",
            "CREATE INDEX IF NOT EXISTS `index_guardian_pupils_pupil_id` ON `guardian_pupils` (`pupil_id`)",
    };

    private Migrations() {
    }

    /** Migrations and the append-only triggers, for the app's file database and for tests. */
    public static <T extends RoomDatabase> RoomDatabase.Builder<T> configure(RoomDatabase.Builder<T> builder) {
        return builder.addMigrations(ALL).addCallback(RegisterlyDatabase.TRIGGERS);
    }
}
