package uk.registerly.app.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import android.app.Application;
import android.content.Context;

import androidx.test.core.app.ApplicationProvider;
import androidx.work.Configuration;
import androidx.work.testing.SynchronousExecutor;
import androidx.work.testing.WorkManagerTestInitHelper;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.http.GET;
import retrofit2.http.Path;
import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.data.worklists.OfficeWorklists;
import uk.registerly.app.data.worklists.Worklist;
import uk.registerly.app.data.worklists.WorklistEntry;
import uk.registerly.app.e2e.outside.InProcessServer;
import uk.registerly.app.network.NetworkTimeouts;
import uk.registerly.app.network.RegisterlyNetwork;
import uk.registerly.app.testing.TestDatabases;
import uk.registerly.rules.evaluation.AttendanceEvaluation;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.figures.PupilFigures;

/**
 * Issue 12 item 6, "one set of figures": one journal (a demo school's 60 school days of registers, a term that began
 * in August, before the school year) runs through both paths, the server's and the office tablet's after its pull,
 * and every pupil's figures (the school year to date) and alert types must be the same on both. Under the tablet's
 * old whole-calendar figures, August's sessions made them differ.
 */
@RunWith(ServerOutsideSandboxRunner.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class OneSetOfFiguresEndToEndTest {
    /** The server's answers read as they are sent, through the office tablet's own authenticated client. */
    interface ServerFigures {
        @GET("api/v1/pupils/{pupilId}/attendance")
        Call<ResponseBody> attendance(@Path("pupilId") String pupilId);

        @GET("api/v1/alerts")
        Call<ResponseBody> alerts();
    }

    private final Context context = ApplicationProvider.getApplicationContext();
    private RegisterlyDatabase database;

    @Before
    public void setUp() {
        WorkManagerTestInitHelper.initializeTestWorkManager(context,
                new Configuration.Builder().setExecutor(new SynchronousExecutor()).build());
        database = TestDatabases.inMemory(context);
    }

    @After
    public void close() {
        database.close();
    }

    private static JsonObject json(Call<ResponseBody> call) throws Exception {
        Response<ResponseBody> response = call.execute();
        assertTrue("HTTP " + response.code(), response.isSuccessful());
        try (ResponseBody body = response.body()) {
            return JsonParser.parseString(body.string()).getAsJsonObject();
        }
    }

    /** The server's alert types per pupil (its own names: PENALTY_THRESHOLD_APPROACHING, ...). */
    private static Map<String, TreeSet<String>> serverAlerts(JsonObject alerts) {
        Map<String, TreeSet<String>> byPupil = new TreeMap<>();
        for (JsonElement e : alerts.getAsJsonArray("alerts")) {
            JsonObject alert = e.getAsJsonObject();
            String type = alert.get("type").getAsString();
            if (alert.has("figures") && !alert.get("figures").isJsonNull()) {
                JsonObject f = alert.getAsJsonObject("figures");
                type += " absent " + (f.get("authorisedAbsenceSessions").getAsInt()
                        + f.get("unauthorisedAbsenceSessions").getAsInt());
            } else if ("PENALTY_THRESHOLD_APPROACHING".equals(type)) {
                type += " " + alert.get("sessions").getAsInt();
            }
            byPupil.computeIfAbsent(alert.get("pupil").getAsString(), k -> new TreeSet<>()).add(type);
        }
        return byPupil;
    }

    /**
     * The office tablet's worklists for one pupil, named as the server names its alerts, persistent and severe
     * absence with the sessions missed (what the worklist shows), the penalty's approach with its
     * count.
     */
    private static TreeSet<String> tabletAlerts(PupilEvaluation record, PupilEntity pupil) {
        TreeSet<String> types = new TreeSet<>();
        for (WorklistEntry entry : OfficeWorklists.entriesOf(record, RosterPupil.of(pupil))) {
            if (entry.list == Worklist.PERSISTENT_ABSENCE || entry.list == Worklist.SEVERE_ABSENCE) {
                types.add(entry.list.name() + " absent " + entry.sessions);
            } else if (entry.list == Worklist.PENALTY_APPROACHING) {
                types.add("PENALTY_THRESHOLD_APPROACHING " + entry.sessions);
            } else {
                types.add(entry.list == Worklist.PENALTY_REACHED ? "PENALTY_THRESHOLD" : entry.list.name());
            }
        }
        return types;
    }

    @Test
    public void theTabletAndTheServerAgreeOnEveryPupilsFiguresAndAlerts() throws Exception {
        InProcessServer.School school = InProcessServer.newSchoolWithHistory(6, 60);
        E2eDevice office = new E2eDevice(context, database, InProcessServer.NOW).enrol(school.officeCode);
        office.sync();
        ServerFigures server = new RegisterlyNetwork(office.data.identities, office.data.serverClock,
                office.data.clock, NetworkTimeouts.DEFAULT).enrolled(ServerFigures.class);

        AttendanceEvaluation tablet = office.data.records.evaluateSchool();
        assertNotNull("the tablet evaluates its school", tablet);
        JsonObject alerts = json(server.alerts());
        LocalDate yearFrom = LocalDate.parse(alerts.get("schoolYearFrom").getAsString());
        Map<String, TreeSet<String>> serverTypes = serverAlerts(alerts);

        int compared = 0;
        int withAlerts = 0;
        boolean augustCounted = false;
        for (PupilEntity pupil : database.roster().allPupils()) {
            PupilEvaluation record = tablet.pupil(pupil.id);
            assertNotNull(pupil.id, record);
            assertEquals("the tablet's range starts with the server's school year", yearFrom,
                    record.schoolYearToDate().from());
            PupilFigures mine = record.schoolYearFigures();
            JsonObject theirs = json(server.attendance(pupil.id)).getAsJsonObject("figures");
            String who = "pupil " + pupil.id;
            assertEquals(who + " possible", theirs.get("possibleSessions").getAsInt(), mine.possibleSessions());
            assertEquals(who + " attended", theirs.get("attendanceSessions").getAsInt(), mine.attendanceSessions());
            assertEquals(who + " authorised", theirs.get("authorisedAbsenceSessions").getAsInt(),
                    mine.authorisedAbsenceSessions());
            assertEquals(who + " unauthorised", theirs.get("unauthorisedAbsenceSessions").getAsInt(),
                    mine.unauthorisedAbsenceSessions());
            assertEquals(who + " persistent", theirs.get("persistentAbsence").getAsBoolean(),
                    mine.isPersistentlyAbsent());
            assertEquals(who + " severe", theirs.get("severeAbsence").getAsBoolean(), mine.isSeverelyAbsent());
            augustCounted |= record.figures().possibleSessions() > mine.possibleSessions();

            TreeSet<String> types = tabletAlerts(record, pupil);
            assertEquals(who + " alerts", serverTypes.getOrDefault(pupil.id, new TreeSet<>()), types);
            if (!types.isEmpty()) {
                withAlerts++;
            }
            compared++;
        }
        assertEquals("every pupil compared", school.allPupils.size(), compared);
        assertTrue("the journal reaches back before the school year, so the ranges matter", augustCounted);
        assertTrue("some pupils have alerts to compare: " + withAlerts, withAlerts > 0);
        assertFalse("the school has persistent absence to agree on",
                serverTypes.values().stream().flatMap(TreeSet::stream).noneMatch(t -> t.startsWith("PERSISTENT_ABSENCE")
                        || t.startsWith("SEVERE_ABSENCE")));
    }
}
