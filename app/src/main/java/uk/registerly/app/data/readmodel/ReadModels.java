package uk.registerly.app.data.readmodel;

import androidx.lifecycle.LiveData;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.dao.RosterDao;

/**
 * How every repository makes a read model: computed on the {@link EvaluationExecutor} from Room and
 * recomputed whenever the journal changes (a fact written or pulled, an event delivered or
 * rejected) or the roster does, and on any further signal the read model names (a clock tick, a
 * parent's new link).
 */
@Singleton
public class ReadModels {
    private final JournalDao journal;
    private final RosterDao roster;
    private final Executor executor;

    @Inject
    public ReadModels(RegisterlyDatabase database, @EvaluationExecutor Executor executor) {
        this.journal = database.journal();
        this.roster = database.roster();
        this.executor = executor;
    }

    public <T> LiveData<T> recomputing(Supplier<T> compute, LiveData<?>... alsoWhen) {
        List<LiveData<?>> sources = new ArrayList<>(Arrays.asList(journal.observeVersion(), roster.observeRosterSize()));
        sources.addAll(Arrays.asList(alsoWhen));
        return new RecomputingLiveData<>(executor, compute, sources.toArray(new LiveData<?>[0]));
    }

    /** Maps Room rows to the read models screens see, one by one. */
    public static <R, M> List<M> map(List<R> rows, Function<R, M> toModel) {
        List<M> models = new ArrayList<>(rows.size());
        for (R row : rows) {
            models.add(toModel.apply(row));
        }
        return models;
    }
}
