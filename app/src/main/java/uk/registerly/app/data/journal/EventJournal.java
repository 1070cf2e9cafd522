package uk.registerly.app.data.journal;

import androidx.annotation.WorkerThread;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.network.ServerClock;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.security.DeviceIdentityStore;
import uk.registerly.app.security.SignedInStaff;
import uk.registerly.app.security.StaffSession;

/**
 * Writes this device's events: each gets a fresh lower-case UUID and the next device sequence
 * number, allocated and inserted in one transaction, so two writes can never share a number. The
 * sync is told after the transaction commits. Every repository writes through here:
 * {@link #record}/{@link #recordTogether} refuse up front a type this device's role may not write
 * (the server would reject it, sync-protocol §4); {@link #append}/{@link #appendAll} write what a
 * repository has already checked with {@link #writer}.
 */
@Singleton
public class EventJournal {
    private final RegisterlyDatabase database;
    private final JournalDao journal;
    private final Clock clock;
    private final ServerClock serverClock;
    private final DeviceIdentityStore identities;
    private final LocalWriteListener listener;
    private final StaffSession staff;
    private final Gson gson = new Gson();

    /** A journal on a device nobody signs in to (no staff PIN): events name no staff member. */
    public EventJournal(RegisterlyDatabase database, Clock clock, ServerClock serverClock,
                        DeviceIdentityStore identities, LocalWriteListener listener) {
        this(database, clock, serverClock, identities, listener, new StaffSession());
    }

    @Inject
    public EventJournal(RegisterlyDatabase database, Clock clock, ServerClock serverClock,
                        DeviceIdentityStore identities, LocalWriteListener listener, StaffSession staff) {
        this.staff = staff;
        this.database = database;
        this.journal = database.journal();
        this.clock = clock;
        this.serverClock = serverClock;
        this.identities = identities;
        this.listener = listener;
    }

    /**
     * Any protocol event (build the payload with {@link EventPayloads}), refused up front when this
     * device's role may not write the type.
     */
    @WorkerThread
    public JournalEventEntity record(EventType type, JsonObject payload) {
        writer(type);
        return append(type, payload);
    }

    /** Several events that must reach the server in one batch, in order (see {@link #appendAll}); all checked first. */
    @WorkerThread
    public List<JournalEventEntity> recordTogether(List<Draft> drafts) {
        for (Draft draft : drafts) {
            writer(draft.type);
        }
        return appendAll(drafts);
    }

    /**
     * The enrolled identity, when its role writes {@code type}.
     *
     * @throws NotRecordableException otherwise, with a message for the person at the screen
     */
    public DeviceIdentity writer(EventType type) {
        DeviceIdentity identity = identities.current();
        if (identity == null) {
            throw new NotRecordableException("This device is not enrolled.");
        }
        if (!type.isWrittenBy(identity.role())) {
            String writer = describe(type.writers().iterator().next());
            throw new NotRecordableException(Character.toUpperCase(writer.charAt(0)) + writer.substring(1)
                    + " records this, not " + describe(identity.role()) + " (" + type.name() + ").");
        }
        return identity;
    }

    /**
     * Who is recording: the member of staff signed in with their PIN, else the device's own staff
     * member (what the server assumes without {@code staffId}); null on a gate nobody signed in to.
     */
    @androidx.annotation.Nullable
    public String actingStaffId(DeviceIdentity identity) {
        SignedInStaff signedIn = staff.current();
        return signedIn != null ? signedIn.staffId : identity.staffId();
    }

    /** The "Name, Position" an amendment is signed with: the signed-in person's, else the device's. */
    @androidx.annotation.Nullable
    public String actingSignature(DeviceIdentity identity) {
        SignedInStaff signedIn = staff.current();
        return signedIn != null ? signedIn.signature() : identity.staffSignature();
    }

    private static String describe(DeviceIdentity.Role role) {
        switch (role) {
            case TEACHER:
                return "a teacher's device";
            case GATE:
                return "the late gate";
            case OFFICE:
                return "the office";
            default:
                return "a parent";
        }
    }

    /** Records one event. */
    @WorkerThread
    public JournalEventEntity append(EventType type, JsonObject payload) {
        return appendAll(Collections.singletonList(new Draft(type, payload))).get(0);
    }

    /**
     * Records events that belong together (a processed report and its reasons) with consecutive
     * sequence numbers, so they leave in the same batch, in this order.
     */
    @WorkerThread
    public List<JournalEventEntity> appendAll(List<Draft> drafts) {
        List<JournalEventEntity> written = database.runInTransaction(() -> {
            Long offset = serverClock.lastOffsetMs();
            // Whole milliseconds: the server keeps microseconds, and a resend must match what it stored.
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            long seq = journal.nextDeviceSeq();
            SignedInStaff signedIn = staff.current();
            String staffId = signedIn == null ? null : signedIn.staffId;
            List<JournalEventEntity> rows = new ArrayList<>(drafts.size());
            for (Draft draft : drafts) {
                JournalRows.Keys keys = JournalRows.keysOf(draft.type, draft.payload);
                JournalEventEntity row = new JournalEventEntity(UUID.randomUUID().toString(),
                        JournalEventEntity.LOCAL, seq++, draft.type.name(), keys.pupilId, keys.factDate, keys.refId,
                        gson.toJson(draft.payload), now.toString(), offset, null, now.toEpochMilli(), staffId);
                journal.insertNew(row);
                rows.add(row);
            }
            return rows;
        });
        listener.onLocalWrite();
        return written;
    }

    /** An event to write: its type and payload (see {@link EventPayloads}). */
    public static final class Draft {
        final EventType type;
        final JsonObject payload;

        public Draft(EventType type, JsonObject payload) {
            this.type = type;
            this.payload = payload;
        }

        public EventType type() {
            return type;
        }
    }
}
