package uk.registerly.app.data.exports;

import androidx.annotation.WorkerThread;

/**
 * The office's statutory files (issue 17): asked of the server, written to this device's cache to be
 * shared (the share sheet: e-mail, Drive, "Save to Files") and deleted when the next one is fetched.
 */
public interface ExportsRepository {

    /** Told how many bytes have arrived so far (the server streams the file; its length may be unknown). */
    interface Progress {
        void received(long bytes);
    }

    @WorkerThread
    ExportResult download(ExportRequest request, Progress progress);
}
