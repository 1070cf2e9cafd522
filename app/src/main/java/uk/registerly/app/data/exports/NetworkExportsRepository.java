package uk.registerly.app.data.exports;

import android.content.Context;

import androidx.annotation.WorkerThread;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;
import javax.inject.Singleton;

import dagger.hilt.android.qualifiers.ApplicationContext;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;
import uk.registerly.app.network.NetworkError;
import uk.registerly.app.network.RegisterlyNetwork;

/**
 * {@link ExportsRepository} over the server's export endpoints ({@code GET /api/v1/exports/census},
 * {@code GET /api/v1/exports/ctf?leavers=true}): the body is copied to {@code cache/exports/} as it
 * arrives, under the name the server gives in Content-Disposition. Only the latest file is kept: the
 * files hold pupils' names and figures, so none lingers on the tablet (the cache is not backed up).
 */
@Singleton
public class NetworkExportsRepository implements ExportsRepository {
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([A-Za-z0-9_.-]+)\"");

    private final File directory;
    private final RegisterlyNetwork network;

    @Inject
    public NetworkExportsRepository(@ApplicationContext Context context, RegisterlyNetwork network) {
        this(new File(context.getCacheDir(), "exports"), network);
    }

    public NetworkExportsRepository(File directory, RegisterlyNetwork network) {
        this.directory = directory;
        this.network = network;
    }

    /** Where the files are written: the FileProvider's {@code exports} path (res/xml/exports_paths.xml). */
    public File directory() {
        return directory;
    }

    @Override
    @WorkerThread
    public ExportResult download(ExportRequest request, Progress progress) {
        Call<ResponseBody> call;
        switch (request.kind) {
            case CENSUS:
                call = network.api().censusExport(request.term.code, request.year, "csv");
                break;
            case CTF_PUPIL:
                call = network.api().ctfForPupil(request.pupilId);
                break;
            default:
                call = network.api().ctfForLeavers("true");
        }
        try {
            Response<ResponseBody> response = call.execute();
            if (!response.isSuccessful() || response.body() == null) {
                return refused(response);
            }
            String name = fileName(response.headers().get("Content-Disposition"), request);
            clear();
            if (!directory.isDirectory() && !directory.mkdirs()) {
                throw new IOException("cannot create " + directory);
            }
            File file = new File(directory, name);
            long bytes = 0;
            try (InputStream in = response.body().byteStream(); OutputStream out = new FileOutputStream(file)) {
                byte[] buffer = new byte[16 * 1024];
                for (int n; (n = in.read(buffer)) != -1; ) {
                    out.write(buffer, 0, n);
                    bytes += n;
                    progress.received(bytes);
                }
            }
            return ExportResult.saved(file, name, bytes);
        } catch (InterruptedIOException e) {
            return ExportResult.failed(ExportResult.Outcome.SERVER_BUSY, null);
        } catch (IOException e) {
            return ExportResult.failed(ExportResult.Outcome.OFFLINE, null);
        }
    }

    private void clear() {
        File[] old = directory.listFiles();
        if (old != null) {
            for (File f : old) {
                //noinspection ResultOfMethodCallIgnored
                f.delete();
            }
        }
    }

    static String fileName(String disposition, ExportRequest request) {
        if (disposition != null) {
            Matcher m = FILE_NAME.matcher(disposition);
            if (m.find()) {
                return m.group(1);
            }
        }
        if (request.kind == ExportRequest.Kind.CENSUS) {
            return String.format(Locale.ROOT, "census-attendance-%s-%d.csv", request.term.code, request.year);
        }
        return request.kind == ExportRequest.Kind.CTF_PUPIL ? "pupil-ctf.xml" : "leavers-ctf.xml";
    }

    private static ExportResult refused(Response<ResponseBody> response) {
        int code = response.code();
        if (code >= 500 && code != 500 || code == 429) {
            return ExportResult.failed(ExportResult.Outcome.SERVER_BUSY, null);
        }
        NetworkError error = NetworkError.parse(response.errorBody());
        return ExportResult.failed(ExportResult.Outcome.REFUSED,
                error != null && error.message != null ? error.message : "HTTP " + code);
    }
}
