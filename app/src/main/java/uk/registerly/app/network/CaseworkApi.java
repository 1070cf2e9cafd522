package uk.registerly.app.network;

import java.util.List;

import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Streaming;

/** The office's casework endpoints (issue 16; docs/server.md): the due-now worklist and ladder letters. OFFICE only. */
public interface CaseworkApi {
    @GET("api/v1/worklists/casework")
    Call<Worklist> worklist();

    @POST("api/v1/pupils/{pupilId}/letters")
    Call<Letter> writeLetter(@Path("pupilId") String pupilId, @Body LetterRequest request);

    @Streaming
    @GET("api/v1/letters/{letterId}.pdf")
    Call<ResponseBody> letterPdf(@Path("letterId") String letterId);

    final class Worklist {
        public String asOf;
        public int ladderVersion;
        public List<Entry> due;
    }

    final class Entry {
        public Pupil pupil;
        public String attendancePercent;
        public Due next;
    }

    final class Pupil {
        public String pupil;
        public String firstName;
        public String lastName;
        public String yearGroup;
        public String className;
    }

    final class Due {
        public String stage;
        public String stageTitle;
        public int level;
        public String kind;
        public String urgency;
        public String dueOn;
        public boolean dueNow;
        public String reason;
        public List<Action> actions;
    }

    final class Action {
        public String type;
        public String template;
        public String label;
    }

    final class LetterRequest {
        public final String caseActionId;
        public final String stage;

        public LetterRequest(String caseActionId, String stage) {
            this.caseActionId = caseActionId;
            this.stage = stage;
        }
    }

    final class Letter {
        public String id;
        public String caseActionId;
        public String stage;
        public String language;
        public String guardianName;
        public String sentAt;
    }
}
