package uk.registerly.app.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import android.app.Application;
import android.content.Context;
import android.database.Cursor;

import androidx.test.core.app.ApplicationProvider;
import androidx.work.Configuration;
import androidx.work.testing.SynchronousExecutor;
import androidx.work.testing.WorkManagerTestInitHelper;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.e2e.outside.InProcessServer;
import uk.registerly.app.testing.TestDatabases;

/**
 * Issue 13, section 4, proved on the app against the real server: after a sync a teacher's database
 * holds nothing outside its classes — no other pupil, no other class, no event about anyone else,
 * no parent's note — and a cover the office assigns brings the class in, and its revocation takes it
 * away again at the next pull (the app obeying the SCOPE notice).
 */
@RunWith(ServerOutsideSandboxRunner.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class ScopeEndToEndTest {
    private final Context context = ApplicationProvider.getApplicationContext();
    private final List<RegisterlyDatabase> databases = new ArrayList<>();
    private InProcessServer.School school;

    @Before
    public void setUp() {
        WorkManagerTestInitHelper.initializeTestWorkManager(context,
                new Configuration.Builder().setExecutor(new SynchronousExecutor()).build());
        school = InProcessServer.newSchool();
    }

    @After
    public void closeDatabases() {
        for (RegisterlyDatabase database : databases) {
            database.close();
        }
    }

    @Test
    public void aTeachersTabletHoldsOnlyItsClassThenACoverUntilTheOfficeRevokesIt() throws Exception {
        E2eDevice teacher = device().enrol(school.teacherCode);
        E2eDevice office = device().enrol(school.officeCode);
        office.sync();
        teacher.sync();

        assertHoldsOnly(teacher, school.pupils, school.classId);
        assertTrue("the office holds the other class", office.data.database.roster().schoolClass(school.otherClassId) != null);

        String coverId = assignCover(office, teacher.identity().staffId());
        teacher.sync();

        List<String> both = new ArrayList<>(school.pupils);
        both.addAll(school.otherPupils);
        assertHoldsOnly(teacher, both, school.classId, school.otherClassId);
        assertEquals("the register lists the covered class", 2,
                uk.registerly.app.testing.LiveDataValues.latest(teacher.data.roster.myClasses()).size());

        post(office, "/api/v1/cover/" + coverId + "/revoke", "{}");
        teacher.sync();

        assertHoldsOnly(teacher, school.pupils, school.classId);
        assertEquals(1, uk.registerly.app.testing.LiveDataValues.latest(teacher.data.roster.myClasses()).size());
    }

    private String assignCover(E2eDevice office, String staffId) throws IOException {
        JsonObject body = new JsonObject();
        body.addProperty("classId", school.otherClassId);
        body.addProperty("staffId", staffId);
        body.addProperty("from", "2026-11-18");
        body.addProperty("to", "2026-11-20");
        return JsonParser.parseString(post(office, "/api/v1/cover", body.toString())).getAsJsonObject()
                .get("id").getAsString();
    }

    private static String post(E2eDevice device, String path, String json) throws IOException {
        Request request = new Request.Builder()
                .url(InProcessServer.baseUrl() + path.substring(1))
                .header("Authorization", "Bearer " + device.data.identities.token())
                .post(RequestBody.create(json, MediaType.get("application/json")))
                .build();
        try (Response response = new OkHttpClient().newCall(request).execute()) {
            String text = response.body() == null ? "" : response.body().string();
            assertTrue(path + ": " + response.code() + " " + text, response.isSuccessful());
            return text;
        }
    }

    /** The device's pupils, classes and every event's pupil are exactly these; no report keeps a note. */
    private static void assertHoldsOnly(E2eDevice device, List<String> pupils, String... classes) {
        RegisterlyDatabase database = device.data.database;
        assertEquals(new HashSet<>(pupils), ids(database, "SELECT id FROM pupils"));
        assertEquals(new HashSet<>(java.util.Arrays.asList(classes)), ids(database, "SELECT id FROM classes"));
        Set<String> eventPupils = ids(database, "SELECT DISTINCT pupil_id FROM journal");
        assertTrue("events only about its pupils: " + eventPupils, pupils.containsAll(eventPupils));
        assertEquals(0, ids(database, "SELECT id FROM guardians").size());
        for (String payload : ids(database, "SELECT payload FROM journal WHERE type = 'ABSENCE_REPORT'")) {
            assertFalse("no parent's note on a teacher's tablet: " + payload, payload.contains("\"note\""));
        }
    }

    private static Set<String> ids(RegisterlyDatabase database, String sql) {
        Set<String> values = new HashSet<>();
        try (Cursor rows = database.getOpenHelper().getReadableDatabase().query(sql)) {
            while (rows.moveToNext()) {
                values.add(rows.getString(0));
            }
        }
        return values;
    }

    private E2eDevice device() {
        RegisterlyDatabase database = TestDatabases.inMemory(context);
        databases.add(database);
        return new E2eDevice(context, database, InProcessServer.NOW);
    }
}
