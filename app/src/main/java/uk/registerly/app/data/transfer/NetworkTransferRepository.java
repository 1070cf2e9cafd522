package uk.registerly.app.data.transfer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;
import javax.inject.Singleton;

import retrofit2.Call;
import retrofit2.Response;
import uk.registerly.app.network.NetworkError;
import uk.registerly.app.network.OfficeTransferApi;
import uk.registerly.app.network.RegisterlyNetwork;
import uk.registerly.rules.pupil.Upn;

/** {@link TransferRepository} over the server's prior-schools and UPN endpoints. */
@Singleton
public class NetworkTransferRepository implements TransferRepository {
    private final RegisterlyNetwork network;

    @Inject
    public NetworkTransferRepository(RegisterlyNetwork network) {
        this.network = network;
    }

    @Override
    public TransferRecord record(String pupilId) throws TransferException {
        OfficeTransferApi.PriorSchools body = call(api().priorSchools(pupilId));
        List<PriorSchoolYear> years = new ArrayList<>();
        if (body != null && body.years != null) {
            for (OfficeTransferApi.PriorYear year : body.years) {
                years.add(new PriorSchoolYear(year.year, year.schoolName, year.lea, year.estab, year.possible,
                        year.attended, year.authorised, year.unauthorised));
            }
        }
        return new TransferRecord(body == null ? null : body.upn, years);
    }

    @Override
    public String saveUpn(String pupilId, String typed) throws TransferException {
        Upn upn;
        try {
            // The server's own check (rules' Upn): a wrong check letter is said before anything is sent.
            upn = Upn.parse(typed);
        } catch (IllegalArgumentException e) {
            throw new TransferException(e.getMessage() + ".", false);
        }
        OfficeTransferApi.UpnAnswer answer = call(api().putUpn(pupilId, new OfficeTransferApi.UpnRequest(upn.value())));
        return answer == null || answer.upn == null ? upn.value() : answer.upn;
    }

    private OfficeTransferApi api() {
        return network.enrolled(OfficeTransferApi.class);
    }

    private static <T> T call(Call<T> call) throws TransferException {
        Response<T> response;
        try {
            response = call.execute();
        } catch (IOException e) {
            throw new TransferException("This tablet cannot reach the school's server. Try again when it is online.",
                    true);
        }
        if (!response.isSuccessful()) {
            NetworkError error = NetworkError.parse(response.errorBody());
            throw new TransferException(error != null && error.message != null ? error.message
                    : "The server refused this (HTTP " + response.code() + ").", false);
        }
        return response.body();
    }
}
