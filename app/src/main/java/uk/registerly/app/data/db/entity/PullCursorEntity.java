package uk.registerly.app.data.db.entity;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.PrimaryKey;

/** Where the next pull starts: the server's opaque cursor, one row. */
@Entity(tableName = "pull_cursor")
public class PullCursorEntity {
    public static final int SINGLE_ROW = 0;

    @PrimaryKey
    @ColumnInfo(name = "id")
    public final int id;

    @NonNull
    @ColumnInfo(name = "cursor")
    public final String cursor;

    public PullCursorEntity(int id, @NonNull String cursor) {
        this.id = id;
        this.cursor = cursor;
    }

    public static PullCursorEntity of(String cursor) {
        return new PullCursorEntity(SINGLE_ROW, cursor);
    }
}
