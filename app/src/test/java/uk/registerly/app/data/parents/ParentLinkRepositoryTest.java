package uk.registerly.app.data.parents;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import android.app.Application;

import androidx.test.ext.junit.runners.AndroidJUnit4;
import androidx.work.WorkInfo;
import androidx.work.WorkManager;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.entity.PullCursorEntity;
import uk.registerly.app.network.NetworkTimeouts;
import uk.registerly.app.network.RegisterlyNetwork;
import uk.registerly.app.testing.AcceptingServer;
import uk.registerly.app.testing.FollowUpDataLayer;
import uk.registerly.app.testing.MockServerDevice;
import uk.registerly.app.testing.TestSchool;

/** A parent links a further child with the school's invitation code, then pulls again from the start. */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class ParentLinkRepositoryTest {
    private static final String OTHER_SCHOOL = "5c400000-0000-4000-8000-000000000005";

    /** A phone not enrolled yet: the test signs a parent in on it. */
    @Rule
    public final MockServerDevice device = new MockServerDevice(null, Instant.parse("2026-09-07T07:52:00Z"),
            NetworkTimeouts.DEFAULT);

    private RegisterlyDatabase database;
    private FollowUpDataLayer phone;
    private ParentLinkRepository links;

    @Before
    public void setUp() {
        database = device.database;
        phone = new FollowUpDataLayer(device.data.withTestSchool())
                .parentOf(Collections.singletonMap(TestSchool.AMARA, TestSchool.SCHOOL), device.url());
        database.pullCursor().put(PullCursorEntity.of("8812-40517"));
        links = new ParentLinkRepository(new RegisterlyNetwork(phone.data.identities, phone.data.serverClock,
                phone.data.clock, NetworkTimeouts.DEFAULT), phone.data.identities, database,
                phone.data.scheduler(device.context), phone.children);
    }

    @Test
    public void aClaimedCodeLinksTheChildrenItNamesAndThePhonePullsFromTheStart() throws Exception {
        device.server.enqueue(AcceptingServer.json("{\"children\":[{\"id\":\"" + TestSchool.AMARA + "\",\"schoolId\":\""
                + TestSchool.SCHOOL + "\"},{\"id\":\"" + TestSchool.FINN + "\",\"schoolId\":\"" + OTHER_SCHOOL
                + "\"}],\"pullFromStart\":true}"));

        assertEquals(2, links.link(" ABCD-EFGH "));

        RecordedRequest claim = device.server.takeRequest();
        assertEquals("/api/v1/parents/claim", claim.getPath());
        assertEquals("{\"invitationCode\":\"ABCD-EFGH\"}", claim.getBody().readUtf8());
        assertEquals("Bearer rgp_test-token", claim.getHeader("Authorization"));
        assertEquals(OTHER_SCHOOL, phone.data.identities.current().schoolOf(TestSchool.FINN));
        assertTrue(phone.children.ids().contains(TestSchool.FINN));
        assertEquals("rgp_test-token", phone.data.identities.token());
        assertEquals("0", database.pullCursor().get());
        List<WorkInfo> sync = WorkManager.getInstance(device.context).getWorkInfosForUniqueWork("sync-now").get();
        assertEquals(1, sync.size());
    }

    @Test
    public void aWrongCodeOrNoConnectionChangesNothingAndSaysWhy() throws Exception {
        device.server.enqueue(new MockResponse().setResponseCode(401).setHeader("Content-Type", "application/json")
                .setBody("{\"error\":\"invalid_code\","
                + "\"message\":\"this invitation code is unknown, used or expired\"}"));
        ParentLinkException wrong = assertThrows(ParentLinkException.class, () -> links.link("NOPE"));
        device.server.shutdown();
        ParentLinkException offline = assertThrows(ParentLinkException.class, () -> links.link("ABCD"));
        ParentLinkException empty = assertThrows(ParentLinkException.class, () -> links.link("  "));

        assertEquals(ParentLinkException.Problem.INVALID_CODE, wrong.problem);
        assertEquals(ParentLinkException.Problem.NO_CONNECTION, offline.problem);
        assertEquals(ParentLinkException.Problem.EMPTY_CODE, empty.problem);
        assertEquals(Collections.singleton(TestSchool.AMARA), phone.children.ids());
        assertEquals("8812-40517", database.pullCursor().get());
    }
}
