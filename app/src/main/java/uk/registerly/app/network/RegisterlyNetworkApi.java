package uk.registerly.app.network;

import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** The sync server's endpoints the app uses (docs/sync-protocol.md). Paths are relative to the enrolled server. */
public interface RegisterlyNetworkApi {

    @POST("api/v1/devices")
    Call<NetworkEnrolment> enrol(@Body NetworkEnrolmentRequest request);

    @POST("api/v1/parents/sign-in")
    Call<NetworkParentSignIn> signIn(@Body NetworkSignInRequest request);

    /** A signed-in parent links a further guardian's children (the body is the invitation code). */
    @POST("api/v1/parents/claim")
    Call<NetworkClaim> claim(@Body NetworkSignInRequest request);

    @POST("api/v1/parents/evidence")
    Call<NetworkEvidenceUploaded> uploadEvidence(@Body NetworkEvidenceUpload upload);

    /** A report's photo (the office of the pupil's school, or the parent who sent it); each view is audited. */
    @GET("api/v1/evidence/{evidenceId}")
    Call<ResponseBody> evidence(@Path("evidenceId") String evidenceId);

    @POST("api/v1/sync/push")
    Call<NetworkPushResponse> push(@Body NetworkPushRequest request);

    @GET("api/v1/sync/pull")
    Call<NetworkPullResponse> pull(@Query("since") String since, @Query("limit") int limit);
}
