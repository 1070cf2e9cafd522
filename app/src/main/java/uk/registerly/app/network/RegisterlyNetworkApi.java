package uk.registerly.app.network;

import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Streaming;

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

    /** Issue 17: the census attendance return for a term, as a file (streamed, not held in memory). */
    @Streaming
    @GET("api/v1/exports/census")
    Call<ResponseBody> censusExport(@Query("term") String term, @Query("year") int year, @Query("format") String format);

    /** Issue 17: a CTF 25 file for every pupil leaving this school year. */
    @Streaming
    @GET("api/v1/exports/ctf")
    Call<ResponseBody> ctfForLeavers(@Query("leavers") String leavers);

    /** One pupil's CTF 25 (issue 17 item 2), streamed like the leavers'. */
    @GET("api/v1/exports/ctf")
    @Streaming
    Call<ResponseBody> ctfForPupil(@Query("pupil") String pupilId);

    @POST("api/v1/sync/push")
    Call<NetworkPushResponse> push(@Body NetworkPushRequest request);

    @GET("api/v1/sync/pull")
    Call<NetworkPullResponse> pull(@Query("since") String since, @Query("limit") int limit);
}
