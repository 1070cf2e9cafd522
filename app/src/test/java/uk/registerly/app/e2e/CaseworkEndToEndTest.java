package uk.registerly.app.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import android.app.Application;
import android.content.Context;

import androidx.test.core.app.ApplicationProvider;
import androidx.work.Configuration;
import androidx.work.testing.SynchronousExecutor;
import androidx.work.testing.WorkManagerTestInitHelper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.casework.CaseActionDraft;
import uk.registerly.app.data.casework.PupilCase;
import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.e2e.outside.InProcessServer;
import uk.registerly.app.network.NetworkPullResponse;
import uk.registerly.app.network.NetworkTimeouts;
import uk.registerly.app.network.RegisterlyNetwork;
import uk.registerly.app.testing.LiveDataValues;
import uk.registerly.app.testing.TestDatabases;
import uk.registerly.rules.casework.OutcomeKind;
import uk.registerly.rules.ladder.LadderStage;

/**
 * Issue 16 against the real server (in this JVM, real HTTP): the office tablet records a case action offline; the
 * normal push delivers it and the server stores it; another office tablet pulls it into the pupil's case; the
 * teacher's and the gate's pulls never carry it (the server's filter, read from the raw pull), nor do they keep one.
 */
@RunWith(ServerOutsideSandboxRunner.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class CaseworkEndToEndTest {
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

    private E2eDevice device() {
        RegisterlyDatabase database = TestDatabases.inMemory(context);
        databases.add(database);
        return new E2eDevice(context, database, InProcessServer.NOW);
    }

    /** What the server serves this device's pull, read raw (before the device's own filter). */
    private static List<String> typesServedTo(E2eDevice device) throws Exception {
        RegisterlyNetwork network = new RegisterlyNetwork(device.data.identities, device.data.serverClock,
                device.data.clock, NetworkTimeouts.DEFAULT);
        List<String> types = new ArrayList<>();
        String since = "0";
        while (true) {
            NetworkPullResponse page = network.api().pull(since, 500).execute().body();
            for (NetworkPullResponse.Event event : page.events) {
                types.add(event.type);
            }
            if (!page.hasMore) {
                return types;
            }
            since = page.next;
        }
    }

    @Test
    public void anOfflineCaseActionReachesTheServerAndTheOtherOfficeButNeverATeacherOrTheGate() throws Exception {
        E2eDevice office = device().enrol(school.officeCode);
        office.sync();
        String pupil = school.pupils.get(0);
        PupilCase before = LiveDataValues.latest(office.data.caseHistory().pupilCase(pupil));
        assertNotNull("the pupil's case is judged on the tablet", before);
        LadderStage first = before.stages.get(0);

        JournalEventEntity action = office.data.caseHistory().record(new CaseActionDraft(pupil, first.id(),
                first.actions().get(0), OutcomeKind.DONE, null, "Spoke to dad at pick-up", null));
        assertEquals("written offline, waiting for the push", 1, office.data.database.journal().countPending());
        office.sync();
        assertEquals(0, office.data.database.journal().countPending());
        assertTrue("accepted", office.data.database.deliveries().rejected().isEmpty());
        assertEquals("the server stored it once", 1, InProcessServer.storedCopies(action.id));

        E2eDevice otherOffice = device().enrol(school.officeCode);
        otherOffice.sync();
        PupilCase seen = LiveDataValues.latest(otherOffice.data.caseHistory().pupilCase(pupil));
        assertEquals(first.id(), seen.currentStage().id());
        assertEquals(action.id, seen.historyNewestFirst().get(0).id());
        assertEquals("Spoke to dad at pick-up", seen.historyNewestFirst().get(0).notes());

        for (String code : new String[] {school.teacherCode, school.gateCode}) {
            E2eDevice staff = device().enrol(code);
            staff.sync();
            assertTrue("never served", !typesServedTo(staff).contains(EventType.CASE_ACTION.name()));
            assertTrue("never held", staff.data.database.journal()
                    .ofTypes(Collections.singletonList(EventType.CASE_ACTION.name())).isEmpty());
        }
        assertTrue("the office is served it", typesServedTo(otherOffice).contains(EventType.CASE_ACTION.name()));
    }
}
