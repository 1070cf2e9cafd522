package uk.registerly.app.e2e;

import static org.junit.Assert.assertEquals;

import android.content.Context;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import uk.registerly.app.data.attendance.RegisterRow;
import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.e2e.outside.InProcessServer;
import uk.registerly.app.enrolment.EnrolmentException;
import uk.registerly.app.enrolment.EnrolmentRepository;
import uk.registerly.app.network.NetworkTimeouts;
import uk.registerly.app.network.RegisterlyNetwork;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.sync.SyncEngine;
import uk.registerly.app.sync.SyncResult;
import uk.registerly.app.testing.LiveDataValues;
import uk.registerly.app.testing.TestDataLayer;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.marks.EffectiveMark;

/** One tablet in an end-to-end test: its own database and clock, enrolled on the in-process server. */
final class E2eDevice {
    final TestDataLayer data;
    private final Context context;
    private SyncEngine engine;

    E2eDevice(Context context, RegisterlyDatabase database, Instant now) {
        this.context = context;
        this.data = new TestDataLayer(database, now);
    }

    /** Enrols through the app's enrolment code, over HTTP (the demo server is plain HTTP on localhost). */
    E2eDevice enrol(String code) throws EnrolmentException {
        return enrol(code, InProcessServer.baseUrl(), false);
    }

    /** Enrols, or signs a parent in, at an address of the server (a proxy in front of it). */
    E2eDevice enrol(String code, String serverUrl, boolean parent) throws EnrolmentException {
        InProcessServer.followTabletClock(data.clock.instant());
        RegisterlyNetwork network = new RegisterlyNetwork(data.identities, data.serverClock, data.clock,
                NetworkTimeouts.DEFAULT);
        new EnrolmentRepository(network, data.identities, data.scheduler(context), data.status)
                .enrol(serverUrl, true, code, parent);
        engine = data.syncEngine(context, NetworkTimeouts.DEFAULT);
        return this;
    }

    /** A parent's phone, signed in with an invitation code, as the app's enrolment screen does it. */
    E2eDevice signInParent(String invitationCode) throws EnrolmentException {
        InProcessServer.followTabletClock(data.clock.instant());
        RegisterlyNetwork network = new RegisterlyNetwork(data.identities, data.serverClock, data.clock,
                NetworkTimeouts.DEFAULT);
        new EnrolmentRepository(network, data.identities, data.scheduler(context), data.status)
                .enrol(InProcessServer.baseUrl(), true, invitationCode, true);
        engine = data.syncEngine(context, NetworkTimeouts.DEFAULT);
        return this;
    }

    /** An already enrolled device (its identity saved): just the sync engine. */
    E2eDevice resume() {
        engine = data.syncEngine(context, NetworkTimeouts.DEFAULT);
        return this;
    }

    DeviceIdentity identity() {
        return data.identities.current();
    }

    /** A pass, however it ends. */
    SyncResult trySync() {
        return engine.syncUntilIdle();
    }

    /** A pass that must end with nothing left to send or pull. */
    SyncResult sync() {
        InProcessServer.followTabletClock(data.clock.instant());
        SyncResult result = engine.syncUntilIdle();
        assertEquals(result.toString(), SyncResult.Status.IDLE, result.status);
        return result;
    }

    EffectiveMark markOf(String classId, LocalDate date, Session session, String pupilId) {
        List<RegisterRow> register = LiveDataValues.latest(data.register.register(classId, date, session));
        for (RegisterRow row : register) {
            if (row.pupil.id.equals(pupilId)) {
                return row.mark;
            }
        }
        throw new AssertionError("pupil " + pupilId + " is not in the register of " + classId);
    }
}
