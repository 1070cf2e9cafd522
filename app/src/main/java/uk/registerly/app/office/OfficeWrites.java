package uk.registerly.app.office;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;

import java.util.concurrent.Executor;

import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.ui.Once;

/** The office's writes, on the write executor; a write the data layer refuses comes back as its message. */
final class OfficeWrites {
    private final Executor executor;
    private final MutableLiveData<Once<String>> refusals = new MutableLiveData<>();

    OfficeWrites(Executor executor) {
        this.executor = executor;
    }

    void run(Runnable write) {
        executor.execute(() -> {
            try {
                write.run();
            } catch (NotRecordableException refused) {
                refusals.postValue(new Once<>(refused.getMessage()));
            }
        });
    }

    LiveData<Once<String>> refusals() {
        return refusals;
    }
}
