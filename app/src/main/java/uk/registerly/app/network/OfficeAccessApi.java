package uk.registerly.app.network;

import java.util.List;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** The office's access endpoints (issue 13, section 4; docs/server.md): cover and parents' accounts. OFFICE only. */
public interface OfficeAccessApi {
    @GET("api/v1/cover")
    Call<Covers> covers(@Query("from") String from);

    @POST("api/v1/cover")
    Call<Cover> assignCover(@Body CoverRequest request);

    @POST("api/v1/cover/{coverId}/revoke")
    Call<Cover> revokeCover(@Path("coverId") String coverId);

    @GET("api/v1/parents")
    Call<Parents> parents();

    @POST("api/v1/parents/{parentId}/revoke")
    Call<Object> revokeParent(@Path("parentId") String parentId);

    final class CoverRequest {
        public final String classId;
        public final String staffId;
        public final String from;
        public final String to;

        public CoverRequest(String classId, String staffId, String from, String to) {
            this.classId = classId;
            this.staffId = staffId;
            this.from = from;
            this.to = to;
        }
    }

    final class Cover {
        public String id;
        public String classId;
        public String className;
        public String staffId;
        public String staffName;
        public String staffPosition;
        public String from;
        public String to;
        public String revokedAt;
    }

    final class Covers {
        public List<Cover> covers;
    }

    final class Parents {
        public List<Parent> parents;
    }

    final class Parent {
        public String parentId;
        public String createdAt;
        public boolean revoked;
        public List<Guardian> guardians;
    }

    final class Guardian {
        public String guardianId;
        public String name;
    }
}
