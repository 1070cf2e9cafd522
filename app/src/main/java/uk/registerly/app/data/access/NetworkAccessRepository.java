package uk.registerly.app.data.access;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;
import javax.inject.Singleton;

import retrofit2.Call;
import retrofit2.Response;
import uk.registerly.app.network.NetworkError;
import uk.registerly.app.network.OfficeAccessApi;
import uk.registerly.app.network.RegisterlyNetwork;

/** {@link AccessRepository} over the server's cover and parent endpoints. */
@Singleton
public class NetworkAccessRepository implements AccessRepository {
    private final RegisterlyNetwork network;

    @Inject
    public NetworkAccessRepository(RegisterlyNetwork network) {
        this.network = network;
    }

    @Override
    public List<CoverLine> covers(LocalDate from) throws AccessException {
        OfficeAccessApi.Covers body = call(api().covers(from.toString()));
        List<CoverLine> lines = new ArrayList<>();
        if (body != null && body.covers != null) {
            for (OfficeAccessApi.Cover cover : body.covers) {
                lines.add(line(cover));
            }
        }
        return lines;
    }

    @Override
    public CoverLine assignCover(String classId, String staffId, LocalDate from, LocalDate to) throws AccessException {
        return line(call(api().assignCover(new OfficeAccessApi.CoverRequest(classId, staffId, from.toString(),
                to.toString()))));
    }

    @Override
    public CoverLine revokeCover(String coverId) throws AccessException {
        return line(call(api().revokeCover(coverId)));
    }

    @Override
    public List<ParentAccountLine> parents() throws AccessException {
        OfficeAccessApi.Parents body = call(api().parents());
        List<ParentAccountLine> lines = new ArrayList<>();
        if (body != null && body.parents != null) {
            for (OfficeAccessApi.Parent parent : body.parents) {
                List<String> names = new ArrayList<>();
                if (parent.guardians != null) {
                    for (OfficeAccessApi.Guardian guardian : parent.guardians) {
                        names.add(guardian.name);
                    }
                }
                lines.add(new ParentAccountLine(parent.parentId, names, parent.revoked));
            }
        }
        return lines;
    }

    @Override
    public void revokeParent(String parentId) throws AccessException {
        call(api().revokeParent(parentId));
    }

    private OfficeAccessApi api() {
        return network.enrolled(OfficeAccessApi.class);
    }

    private static CoverLine line(OfficeAccessApi.Cover cover) {
        return new CoverLine(cover.id, cover.className, cover.staffName, LocalDate.parse(cover.from),
                LocalDate.parse(cover.to), cover.revokedAt != null);
    }

    private static <T> T call(Call<T> call) throws AccessException {
        Response<T> response;
        try {
            response = call.execute();
        } catch (IOException e) {
            throw new AccessException("This tablet cannot reach the school's server. Try again when it is online.", true);
        }
        if (!response.isSuccessful()) {
            NetworkError error = NetworkError.parse(response.errorBody());
            throw new AccessException(error != null && error.message != null ? error.message
                    : "The server refused this (HTTP " + response.code() + ").", false);
        }
        return response.body();
    }
}
