package uk.registerly.app.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicInteger;

import uk.registerly.app.data.attendance.OfflineFirstAttendanceRepository;
import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.journal.EventJournal;
import uk.registerly.app.data.roster.OfflineFirstRosterRepository;
import uk.registerly.app.data.roster.RosterChangeApplier;
import uk.registerly.app.network.ServerClock;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.security.DeviceIdentityStore;

/**
 * The data layer wired by hand over one database, for tests without Hilt: a settable clock, an
 * in-memory secret store, read models recomputed on the calling thread, and a count of the
 * "sync soon" signals the journal sent.
 */
public final class TestDataLayer {
    public final RegisterlyDatabase database;
    public final MutableClock clock;
    public final InMemorySecretStore secrets = new InMemorySecretStore();
    public final DeviceIdentityStore identities = new DeviceIdentityStore(secrets);
    public final ServerClock serverClock;
    public final AtomicInteger syncRequests = new AtomicInteger();
    public final EventJournal journal;
    public final RosterChangeApplier rosterChanges;
    public final OfflineFirstRosterRepository roster;
    public final OfflineFirstAttendanceRepository attendance;

    public TestDataLayer(RegisterlyDatabase database, Instant now) {
        this.database = database;
        this.clock = new MutableClock(now);
        this.serverClock = new ServerClock(database.deviceSettings());
        this.journal = new EventJournal(database, clock, serverClock, syncRequests::incrementAndGet);
        this.rosterChanges = new RosterChangeApplier(database.roster(), identities);
        this.roster = new OfflineFirstRosterRepository(database.roster(), identities);
        this.attendance = new OfflineFirstAttendanceRepository(database, roster, journal, identities, clock,
                Runnable::run);
    }

    /** Enrols the device (no server involved) with a role of the {@link TestSchool}. */
    public TestDataLayer enrolledAs(DeviceIdentity.Role role) {
        String staffId = role == DeviceIdentity.Role.TEACHER ? TestSchool.TEACHER
                : role == DeviceIdentity.Role.OFFICE ? "0ff1ce00-0000-4000-8000-000000000009" : null;
        String signature = role == DeviceIdentity.Role.TEACHER ? TestSchool.TEACHER_SIGNATURE
                : role == DeviceIdentity.Role.OFFICE ? TestSchool.OFFICE_SIGNATURE : null;
        identities.save(new DeviceIdentity("https://registerly.test", false, role,
                "de71ce00-0000-4000-8000-0000000000" + (10 + role.ordinal()), TestSchool.SCHOOL,
                "Registerly Test Primary", staffId, signature, Collections.emptyMap()), "rgd_test-token");
        return this;
    }

    public TestDataLayer withTestSchool() {
        TestSchool.seed(rosterChanges);
        return this;
    }

    /** A clock tests move forward by hand. */
    public static final class MutableClock extends Clock {
        private volatile Instant now;

        public MutableClock(Instant now) {
            this.now = now;
        }

        public void set(Instant instant) {
            now = instant;
        }

        public void advanceSeconds(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            MutableClock parent = this;
            return new Clock() {
                @Override
                public java.time.ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(java.time.ZoneId other) {
                    return parent.withZone(other);
                }

                @Override
                public Instant instant() {
                    return parent.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
