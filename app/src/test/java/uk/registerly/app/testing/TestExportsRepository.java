package uk.registerly.app.testing;

import java.util.ArrayList;
import java.util.List;

import uk.registerly.app.data.exports.ExportRequest;
import uk.registerly.app.data.exports.ExportResult;
import uk.registerly.app.data.exports.ExportsRepository;

/** An in-memory {@link ExportsRepository}: answers what the test set, reporting the chunks it was given. */
public final class TestExportsRepository implements ExportsRepository {
    /** Every request, in order. */
    public final List<ExportRequest> requests = new ArrayList<>();
    public ExportResult answer = ExportResult.failed(ExportResult.Outcome.OFFLINE, null);
    /** Byte counts reported as "received" before the answer. */
    public long[] chunks = new long[0];

    @Override
    public ExportResult download(ExportRequest request, Progress progress) {
        requests.add(request);
        for (long bytes : chunks) {
            progress.received(bytes);
        }
        return answer;
    }
}
