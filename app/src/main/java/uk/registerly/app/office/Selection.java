package uk.registerly.app.office;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MediatorLiveData;
import androidx.lifecycle.MutableLiveData;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * The line a section shows in detail: kept by id, so it follows the list as it is recomputed
 * (and becomes null when its line leaves the list, e.g. once a report is accepted).
 */
final class Selection<T> {
    private final MutableLiveData<String> id = new MutableLiveData<>();
    private final MediatorLiveData<T> selected = new MediatorLiveData<>();

    /** @param matches whether an item is the one with that id */
    Selection(LiveData<List<T>> items, BiPredicate<T, String> matches) {
        selected.addSource(items, list -> selected.setValue(find(list, id.getValue(), matches)));
        selected.addSource(id, chosen -> selected.setValue(find(items.getValue(), chosen, matches)));
    }

    LiveData<T> selected() {
        return selected;
    }

    @Nullable
    String id() {
        return id.getValue();
    }

    void select(@Nullable String chosen) {
        id.setValue(chosen);
    }

    @Nullable
    private static <T> T find(@Nullable List<T> items, @Nullable String id, BiPredicate<T, String> matches) {
        if (items == null || id == null) {
            return null;
        }
        for (T item : items) {
            if (matches.test(item, id)) {
                return item;
            }
        }
        return null;
    }
}
