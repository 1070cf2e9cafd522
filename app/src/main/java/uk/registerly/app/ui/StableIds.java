package uk.registerly.app.ui;

import java.util.HashMap;
import java.util.Map;

/**
 * RecyclerView stable ids for rows keyed by a string (a pupil's or an event's UUID): each key gets
 * the next number the first time it is seen and keeps it, so ids never collide as a hash could.
 */
public final class StableIds {
    private final Map<String, Long> ids = new HashMap<>();

    public long of(String key) {
        Long id = ids.get(key);
        if (id == null) {
            id = (long) ids.size();
            ids.put(key, id);
        }
        return id;
    }
}
