package uk.registerly.app.data.db.dao;

import androidx.annotation.Nullable;
import androidx.room.Dao;
import androidx.room.Insert;
import androidx.room.OnConflictStrategy;
import androidx.room.Query;

import uk.registerly.app.data.db.entity.PullCursorEntity;

/** The pull cursor: written in the transaction that applies the page it came with. */
@Dao
public interface PullCursorDao {
    @Insert(onConflict = OnConflictStrategy.REPLACE)
    void put(PullCursorEntity cursor);

    @Nullable
    @Query("SELECT cursor FROM pull_cursor WHERE id = 0")
    String get();
}
