package uk.registerly.app.network;

import java.util.List;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * The office's transfer data of one pupil (issue 17): the years a joiner's CTF brought from earlier schools
 * and the pupil's UPN. Office only on the server; a service of its own so the other roles' API does not grow.
 */
public interface OfficeTransferApi {
    @GET("api/v1/pupils/{pupilId}/prior-schools")
    Call<PriorSchools> priorSchools(@Path("pupilId") String pupilId);

    @PUT("api/v1/pupils/{pupilId}/upn")
    Call<UpnAnswer> putUpn(@Path("pupilId") String pupilId, @Body UpnRequest request);

    /** The school's UPN for the pupil (null when none) and the CTF's years, as the server sends them. */
    final class PriorSchools {
        public String pupil;
        public String upn;
        public List<PriorYear> years;
    }

    final class PriorYear {
        public int year;
        public String lea;
        public String estab;
        public String schoolName;
        public int possible;
        public int authorised;
        public int attended;
        public int unauthorised;
        public String startDate;
        public String marks;
    }

    final class UpnRequest {
        public final String upn;

        public UpnRequest(String upn) {
            this.upn = upn;
        }
    }

    final class UpnAnswer {
        public String pupil;
        public String upn;
    }
}
