package uk.registerly.app.data.scope;

import android.database.Cursor;

import androidx.sqlite.db.SupportSQLiteDatabase;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;

import uk.registerly.app.data.db.JournalTriggers;
import uk.registerly.app.data.db.RegisterlyDatabase;

/**
 * Obeys a pull's {@code SCOPE} notice (sync-protocol §6, "Scope"), inside the page's transaction:
 * the device drops everything it pulled that lies outside its new scope —
 * <ul>
 * <li>PUPIL and CLASS rows (and a class's teachers) the notice does not name, and whole roster kinds
 * it does not list (GUARDIAN on a tablet that once held it);</li>
 * <li>pulled events, and its own events the server has already stored, about a pupil outside the
 * scope, of a type outside it, or (a gate) about another day than the notice's;</li>
 * <li>the withheld payload and roster fields from what it keeps (pulled from an older server);</li>
 * </ul>
 * and <b>never its own unsent events</b> (pending, or rejected and kept for review): they are pushed
 * as usual, and one the server no longer accepts comes back REJECTED and is shown. The journal is
 * append-only; the drop lifts its triggers for this transaction only, as the revocation wipe does,
 * and a stripped payload is the same row re-inserted (same id, cursor and times) without the field.
 */
public class ScopeNoticeApplier {
    /** Own events the server has stored, and every pulled event: what a notice may drop. */
    private static final String DROPPABLE = "(origin = 'REMOTE' OR id IN (SELECT event_id FROM delivered_events))";
    /** Roster kinds and the tables that hold them. */
    private static final Map<String, String[]> KIND_TABLES = new HashMap<>();
    /** Withheld roster fields this device stores, and their columns. */
    private static final Map<String, String> ROSTER_COLUMNS = new HashMap<>();
    private static final int CHUNK = 400;

    static {
        KIND_TABLES.put("SCHOOL", new String[] {"schools"});
        KIND_TABLES.put("STAFF", new String[] {"staff"});
        KIND_TABLES.put("CLASS", new String[] {"class_teachers", "classes"});
        KIND_TABLES.put("PUPIL", new String[] {"pupils"});
        KIND_TABLES.put("GUARDIAN", new String[] {"guardian_pupils", "guardians"});
        ROSTER_COLUMNS.put("PUPIL.dateOfBirth", "pupils.date_of_birth");
        ROSTER_COLUMNS.put("PUPIL.misId", "pupils.mis_id");
        ROSTER_COLUMNS.put("GUARDIAN.email", "guardians.email");
        ROSTER_COLUMNS.put("GUARDIAN.phone", "guardians.phone");
        ROSTER_COLUMNS.put("GUARDIAN.relationship", "guardians.relationship");
    }

    private final RegisterlyDatabase database;
    private final DeviceScopeStore store;
    private final Clock clock;

    @Inject
    public ScopeNoticeApplier(RegisterlyDatabase database, DeviceScopeStore store, Clock clock) {
        this.database = database;
        this.store = store;
        this.clock = clock;
    }

    /** Applies a notice's {@code data}; the caller's transaction (the pull page's) holds it all together. */
    public Dropped apply(JsonObject data) {
        DeviceScope scope = DeviceScope.of(data);
        SupportSQLiteDatabase db = database.getOpenHelper().getWritableDatabase();
        Dropped dropped = new Dropped();
        db.beginTransaction();
        try {
            db.execSQL("INSERT OR REPLACE INTO device_settings (`key`, value, updated_at_epoch_millis) VALUES (?, '1', 0)",
                    new Object[] {JournalTriggers.WIPE_FLAG});
            dropRoster(db, scope, dropped);
            dropEvents(db, scope, dropped);
            stripPayloads(db, scope);
            stripRoster(db, scope);
            db.execSQL("DELETE FROM device_settings WHERE `key` = ?", new Object[] {JournalTriggers.WIPE_FLAG});
            store.keep(data, clock.millis());
            db.setTransactionSuccessful();
        } finally {
            db.endTransaction();
        }
        return dropped;
    }

    private static void dropRoster(SupportSQLiteDatabase db, DeviceScope scope, Dropped dropped) {
        for (Map.Entry<String, String[]> kind : KIND_TABLES.entrySet()) {
            if (!scope.holdsRosterKind(kind.getKey())) {
                for (String table : kind.getValue()) {
                    db.execSQL("DELETE FROM " + table);
                }
            }
        }
        if (!scope.everyPupil()) {
            List<String> outside = new ArrayList<>();
            for (String id : ids(db, "SELECT id FROM pupils")) {
                if (!scope.holdsPupil(id)) {
                    outside.add(id);
                }
            }
            deleteIn(db, "DELETE FROM pupils WHERE id IN ", outside);
            deleteIn(db, "DELETE FROM guardian_pupils WHERE pupil_id IN ", outside);
            dropped.pupils += outside.size();
        }
        if (!scope.everyClass()) {
            List<String> outside = new ArrayList<>();
            for (String id : ids(db, "SELECT id FROM classes")) {
                if (!scope.holdsClass(id)) {
                    outside.add(id);
                }
            }
            deleteIn(db, "DELETE FROM class_teachers WHERE class_id IN ", outside);
            deleteIn(db, "DELETE FROM classes WHERE id IN ", outside);
            dropped.classes += outside.size();
        }
    }

    private static void dropEvents(SupportSQLiteDatabase db, DeviceScope scope, Dropped dropped) {
        List<String> outside = new ArrayList<>();
        String day = scope.day() == null ? null : scope.day().toString();
        try (Cursor rows = db.query("SELECT id, type, pupil_id, fact_date FROM journal WHERE " + DROPPABLE)) {
            while (rows.moveToNext()) {
                String type = rows.getString(1);
                String pupil = rows.getString(2);
                String factDate = rows.isNull(3) ? null : rows.getString(3);
                if (!scope.holdsEventType(type) || !scope.holdsPupil(pupil) || (day != null && !day.equals(factDate))) {
                    outside.add(rows.getString(0));
                }
            }
        }
        deleteIn(db, "DELETE FROM delivered_events WHERE event_id IN ", outside);
        deleteIn(db, "DELETE FROM journal WHERE id IN ", outside);
        dropped.events += outside.size();
    }

    /** Fields the device may not keep, from rows pulled before the server withheld them. */
    private static void stripPayloads(SupportSQLiteDatabase db, DeviceScope scope) {
        for (Map.Entry<String, Set<String>> withheld : scope.withheldPayload().entrySet()) {
            if (withheld.getValue().isEmpty()) {
                continue;
            }
            List<Object[]> rewritten = new ArrayList<>();
            try (Cursor rows = db.query("SELECT * FROM journal WHERE type = ? AND " + DROPPABLE,
                    new Object[] {withheld.getKey()})) {
                int payloadColumn = rows.getColumnIndexOrThrow("payload");
                while (rows.moveToNext()) {
                    JsonObject payload = JsonParser.parseString(rows.getString(payloadColumn)).getAsJsonObject();
                    boolean changed = false;
                    for (String field : withheld.getValue()) {
                        changed |= payload.remove(field) != null;
                    }
                    if (changed) {
                        Object[] row = new Object[rows.getColumnCount() + 1];
                        for (int i = 0; i < rows.getColumnCount(); i++) {
                            row[i] = rows.getType(i) == Cursor.FIELD_TYPE_INTEGER ? (Object) rows.getLong(i)
                                    : rows.isNull(i) ? null : rows.getString(i);
                        }
                        row[payloadColumn] = payload.toString();
                        row[rows.getColumnCount()] = String.join(",", rows.getColumnNames());
                        rewritten.add(row);
                    }
                }
            }
            for (Object[] row : rewritten) {
                String columns = (String) row[row.length - 1];
                Object[] values = java.util.Arrays.copyOf(row, row.length - 1);
                db.execSQL("DELETE FROM journal WHERE id = ?", new Object[] {values[indexOf(columns, "id")]});
                db.execSQL("INSERT INTO journal (" + columns + ") VALUES (" + placeholders(values.length) + ")", values);
            }
        }
    }

    private static void stripRoster(SupportSQLiteDatabase db, DeviceScope scope) {
        for (Map.Entry<String, Set<String>> withheld : scope.withheldRoster().entrySet()) {
            for (String field : withheld.getValue()) {
                String column = ROSTER_COLUMNS.get(withheld.getKey() + "." + field);
                if (column != null) {
                    String[] parts = column.split("\\.");
                    db.execSQL("UPDATE " + parts[0] + " SET " + parts[1] + " = NULL");
                }
            }
        }
    }

    private static List<String> ids(SupportSQLiteDatabase db, String sql) {
        List<String> ids = new ArrayList<>();
        try (Cursor rows = db.query(sql)) {
            while (rows.moveToNext()) {
                ids.add(rows.getString(0));
            }
        }
        return ids;
    }

    private static void deleteIn(SupportSQLiteDatabase db, String sql, List<String> ids) {
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<String> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            db.execSQL(sql + "(" + placeholders(chunk.size()) + ")", chunk.toArray());
        }
    }

    private static String placeholders(int count) {
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < count; i++) {
            marks.append(i == 0 ? "?" : ", ?");
        }
        return marks.toString();
    }

    private static int indexOf(String columns, String column) {
        return java.util.Arrays.asList(columns.split(",")).indexOf(column);
    }

    /** What a notice dropped (counts, for tests and the sync's own record). */
    public static final class Dropped {
        public int pupils;
        public int classes;
        public int events;
    }
}
