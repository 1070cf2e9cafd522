package uk.registerly.app.data.casework;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;

import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.network.NetworkTimeouts;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.testing.AcceptingServer;
import uk.registerly.app.testing.MockServerDevice;

/**
 * The office's casework over HTTP (MockWebServer, the server's documented bodies): the due-now worklist read as the
 * server orders it, a letter written with the caller's case action id and its PDF fetched and kept, offline and
 * refusals told apart.
 */
@RunWith(AndroidJUnit4.class)
@Config(application = android.app.Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class NetworkCaseworkRepositoryTest {
    private static final NetworkTimeouts QUICK = new NetworkTimeouts(Duration.ofMillis(500), Duration.ofMillis(500),
            Duration.ofSeconds(5));
    private static final String PUPIL = "a11ce000-0000-4000-8000-000000000001";
    private static final String LETTER = "1e77e400-0000-4000-8000-000000000001";

    @Rule
    public final MockServerDevice device = new MockServerDevice(Role.OFFICE, Instant.parse("2026-11-18T10:30:00Z"),
            QUICK);

    private File letters() {
        return new File(device.context.getCacheDir(), "letters-" + UUID.randomUUID());
    }

    private static final String WORKLIST = "{\"asOf\":\"2026-11-18\",\"ladderVersion\":1,\"due\":["
            + "{\"pupil\":{\"pupil\":\"" + PUPIL + "\",\"firstName\":\"Sam\",\"lastName\":\"Demo\",\"yearGroup\":\"3\","
            + "\"className\":\"Year 3 Oak\"},\"attendancePercent\":\"84.2\",\"next\":{\"stage\":\"STAGE_3\","
            + "\"stageTitle\":\"Formal letter\",\"level\":3,\"kind\":\"STAGE\",\"urgency\":\"ESCALATION\","
            + "\"dueOn\":\"2026-11-18\",\"dueNow\":true,\"reason\":\"No improvement after 4 school weeks\","
            + "\"actions\":[{\"type\":\"LETTER\",\"template\":\"millbrook-stage-3\",\"label\":\"Formal letter\"},"
            + "{\"type\":\"CALL\",\"label\":\"Phone call\"}]}},"
            + "{\"pupil\":{\"pupil\":\"a11ce000-0000-4000-8000-000000000002\",\"firstName\":\"Ali\",\"lastName\":\"Khan\","
            + "\"yearGroup\":\"5\"},\"next\":{\"stage\":\"STAGE_1\",\"stageTitle\":\"Informal chat\",\"level\":1,"
            + "\"kind\":\"STAGE\",\"urgency\":\"REVIEW\",\"dueOn\":\"2026-11-20\",\"dueNow\":true,\"reason\":\"Below 92%\","
            + "\"actions\":[{\"type\":\"MEETING\",\"label\":\"Class teacher's chat\"}]}}]}";

    @Test
    public void theWorklistIsReadInTheServersOrderWithEachStagesActions() throws Exception {
        device.server.enqueue(AcceptingServer.json(WORKLIST));

        CaseworkResult<CaseworkResult.Worklist> result = device.data.casework(letters(), QUICK).worklist();

        assertEquals(CaseworkResult.Outcome.OK, result.outcome);
        List<CaseworkLine> lines = result.value.lines;
        assertEquals(2, lines.size());
        assertEquals("Sam Demo", lines.get(0).name);
        assertEquals("84.2", lines.get(0).attendancePercent);
        assertEquals(LocalDate.of(2026, 11, 18), lines.get(0).dueOn);
        assertEquals(List.of("Formal letter", "Phone call"), lines.get(0).actions);
        assertTrue(lines.get(0).hasLetter);
        assertFalse("a stage without a LETTER action offers none", lines.get(1).hasLetter);
        assertNull(lines.get(1).attendancePercent);
        RecordedRequest request = device.server.takeRequest(1, TimeUnit.SECONDS);
        assertEquals("/api/v1/worklists/casework", request.getPath());
        assertTrue(request.getHeader("Authorization").startsWith("Bearer "));
    }

    @Test
    public void aLetterIsWrittenWithTheCallersCaseActionIdAndItsPdfKept() throws Exception {
        device.server.enqueue(AcceptingServer.json(WORKLIST));
        CaseworkRepository casework = device.data.casework(letters(), QUICK);
        CaseworkLine due = casework.worklist().value.lines.get(0);
        device.server.takeRequest(1, TimeUnit.SECONDS);
        byte[] pdf = "%PDF-1.7 the letter".getBytes(StandardCharsets.US_ASCII);
        device.server.enqueue(AcceptingServer.json("{\"id\":\"" + LETTER + "\",\"caseActionId\":\"c1\",\"stage\":\"STAGE_3\","
                + "\"template\":\"millbrook-stage-3\",\"language\":\"pl\",\"sha256\":\"" + "0".repeat(64) + "\","
                + "\"sentAt\":\"2026-11-18T10:30:00\",\"readAt\":[]}").setResponseCode(201));
        device.server.enqueue(new MockResponse().setHeader("Content-Type", "application/pdf").setBody(new Buffer().write(pdf)));
        String caseAction = UUID.randomUUID().toString();

        CaseworkResult<CaseworkResult.Letter> result = casework.writeLetter(due, caseAction);

        assertEquals(CaseworkResult.Outcome.OK, result.outcome);
        assertEquals("pl", result.value.language);
        assertArrayEquals(pdf, Files.readAllBytes(result.value.pdf.toPath()));
        RecordedRequest post = device.server.takeRequest(1, TimeUnit.SECONDS);
        assertEquals("POST", post.getMethod());
        assertEquals("/api/v1/pupils/" + PUPIL + "/letters", post.getPath());
        String body = post.getBody().readUtf8();
        assertTrue(body, body.contains("\"caseActionId\":\"" + caseAction + "\"") && body.contains("\"stage\":\"STAGE_3\""));
        assertEquals("/api/v1/letters/" + LETTER + ".pdf", device.server.takeRequest(1, TimeUnit.SECONDS).getPath());
    }

    @Test
    public void offlineAndARefusalAreToldApart() {
        CaseworkRepository casework = device.data.casework(letters(), QUICK);
        device.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
        assertEquals(CaseworkResult.Outcome.OFFLINE, casework.worklist().outcome);
        device.server.enqueue(AcceptingServer.json("{\"error\":\"forbidden\",\"message\":\"only the office\"}")
                .setResponseCode(403));
        CaseworkResult<CaseworkResult.Worklist> refused = casework.worklist();
        assertEquals(CaseworkResult.Outcome.REFUSED, refused.outcome);
        assertEquals("only the office", refused.message);
    }
}
