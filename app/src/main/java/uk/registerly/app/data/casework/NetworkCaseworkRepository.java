package uk.registerly.app.data.casework;

import android.content.Context;

import androidx.annotation.WorkerThread;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;
import javax.inject.Singleton;

import dagger.hilt.android.qualifiers.ApplicationContext;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;
import uk.registerly.app.network.CaseworkApi;
import uk.registerly.app.network.NetworkError;
import uk.registerly.app.network.RegisterlyNetwork;

/**
 * {@link CaseworkRepository} over {@code GET /api/v1/worklists/casework}, {@code POST /api/v1/pupils/{id}/letters}
 * and {@code GET /api/v1/letters/{id}.pdf}. A letter's PDF is kept in {@code cache/letters/} only until the next
 * one: it holds a pupil's name and figures, so none lingers on the tablet (the cache is not backed up).
 */
@Singleton
public class NetworkCaseworkRepository implements CaseworkRepository {
    private final File directory;
    private final RegisterlyNetwork network;

    @Inject
    public NetworkCaseworkRepository(@ApplicationContext Context context, RegisterlyNetwork network) {
        this(new File(context.getCacheDir(), "letters"), network);
    }

    public NetworkCaseworkRepository(File directory, RegisterlyNetwork network) {
        this.directory = directory;
        this.network = network;
    }

    @Override
    @WorkerThread
    public CaseworkResult<CaseworkResult.Worklist> worklist() {
        try {
            Response<CaseworkApi.Worklist> response = api().worklist().execute();
            if (!response.isSuccessful() || response.body() == null) {
                return CaseworkResult.refused(message(response));
            }
            List<CaseworkLine> lines = new ArrayList<>();
            CaseworkApi.Worklist body = response.body();
            if (body.due != null) {
                for (CaseworkApi.Entry entry : body.due) {
                    lines.add(line(entry));
                }
            }
            return CaseworkResult.ok(new CaseworkResult.Worklist(body.asOf, lines));
        } catch (IOException e) {
            return CaseworkResult.offline();
        }
    }

    @Override
    @WorkerThread
    public CaseworkResult<CaseworkResult.Letter> writeLetter(CaseworkLine line, String caseActionId) {
        try {
            Response<CaseworkApi.Letter> written = api().writeLetter(line.pupilId,
                    new CaseworkApi.LetterRequest(caseActionId, line.stage)).execute();
            if (!written.isSuccessful() || written.body() == null) {
                return CaseworkResult.refused(message(written));
            }
            CaseworkApi.Letter letter = written.body();
            Response<ResponseBody> pdf = api().letterPdf(letter.id).execute();
            if (!pdf.isSuccessful() || pdf.body() == null) {
                return CaseworkResult.refused(message(pdf));
            }
            return CaseworkResult.ok(new CaseworkResult.Letter(letter.id, line.name, letter.language,
                    save(pdf.body(), letter.id)));
        } catch (IOException e) {
            return CaseworkResult.offline();
        }
    }

    private File save(ResponseBody body, String letterId) throws IOException {
        File[] old = directory.listFiles();
        if (old != null) {
            for (File f : old) {
                //noinspection ResultOfMethodCallIgnored
                f.delete();
            }
        }
        if (!directory.isDirectory() && !directory.mkdirs()) {
            throw new IOException("cannot create " + directory);
        }
        File file = new File(directory, "letter-" + letterId + ".pdf");
        try (InputStream in = body.byteStream(); OutputStream out = new FileOutputStream(file)) {
            byte[] buffer = new byte[16 * 1024];
            for (int n; (n = in.read(buffer)) != -1; ) {
                out.write(buffer, 0, n);
            }
        }
        return file;
    }

    private CaseworkApi api() {
        return network.enrolled(CaseworkApi.class);
    }

    static CaseworkLine line(CaseworkApi.Entry entry) {
        CaseworkApi.Due due = entry.next;
        List<String> actions = new ArrayList<>();
        boolean letter = false;
        if (due.actions != null) {
            for (CaseworkApi.Action action : due.actions) {
                actions.add(action.label);
                letter |= "LETTER".equals(action.type);
            }
        }
        return new CaseworkLine(entry.pupil.pupil, entry.pupil.firstName + " " + entry.pupil.lastName,
                entry.pupil.className, entry.attendancePercent, due.stage, due.stageTitle, due.urgency, due.reason,
                LocalDate.parse(due.dueOn), actions, letter);
    }

    private static String message(Response<?> response) {
        NetworkError error = NetworkError.parse(response.errorBody());
        return error != null && error.message != null ? error.message : "HTTP " + response.code();
    }
}
