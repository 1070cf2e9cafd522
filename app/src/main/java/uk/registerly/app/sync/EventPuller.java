package uk.registerly.app.sync;

import com.google.gson.JsonObject;

import java.time.Clock;
import java.util.function.Supplier;

import retrofit2.Response;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.db.entity.PullCursorEntity;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.JournalRows;
import uk.registerly.app.data.roster.RosterChangeApplier;
import uk.registerly.app.network.NetworkError;
import uk.registerly.app.network.NetworkPullResponse;
import uk.registerly.app.network.RegisterlyNetworkApi;
import uk.registerly.app.security.DeviceIdentity.Role;

/**
 * The pull: each page's events (ignoring ids the device has) and roster changes are stored
 * together with the page's cursor, in one transaction, until the server says there is no more.
 */
final class EventPuller {
    static final int PULL_LIMIT = 500;

    private final RegisterlyDatabase database;
    private final JournalDao journal;
    private final RosterChangeApplier roster;
    private final RawRosterRows rawRoster;
    private final Clock clock;
    private final Supplier<Role> role;

    /** @param role this device's role, read at each page (null while not enrolled: nothing is then refused) */
    EventPuller(RegisterlyDatabase database, RosterChangeApplier roster, RawRosterRows rawRoster, Clock clock,
                Supplier<Role> role) {
        this.role = role;
        this.database = database;
        this.journal = database.journal();
        this.roster = roster;
        this.rawRoster = rawRoster;
        this.clock = clock;
    }

    void pullAll(RegisterlyNetworkApi api) throws SyncFailure, Revoked {
        while (true) {
            String since = journalCursor();
            Response<NetworkPullResponse> response = ServerAnswers.call(() -> api.pull(since, PULL_LIMIT).execute());
            if (!response.isSuccessful()) {
                NetworkError error = NetworkError.parse(response.errorBody());
                if (error == null) {
                    throw ServerAnswers.notTheServer("pull", response);
                }
                if (error.is(NetworkError.DEVICE_REVOKED)) {
                    throw new Revoked();
                }
                throw ServerAnswers.failure("pull", response.code(), error);
            }
            NetworkPullResponse page = response.body();
            if (!ServerAnswers.isServersJson(response) || page == null || page.next == null) {
                throw ServerAnswers.notTheServer("pull", response);
            }
            store(page);
            if (!page.hasMore) {
                return;
            }
        }
    }

    private void store(NetworkPullResponse page) {
        long now = clock.millis();
        Role holder = role.get();
        database.runInTransaction(() -> {
            if (page.events != null) {
                for (NetworkPullResponse.Event event : page.events) {
                    if (!mayHold(holder, event.type)) {
                        // The server never serves these to this role; if one came anyway it is not kept (the cursor
                        // still moves past it).
                        continue;
                    }
                    journal.insertIfAbsent(pulledRow(event, now));
                }
            }
            if (page.roster != null) {
                for (NetworkPullResponse.RosterChange change : page.roster) {
                    if (change.kind != null && RosterChangeApplier.KINDS.contains(change.kind)) {
                        roster.apply(change.kind, change.data);
                    } else {
                        rawRoster.keep(change, now);
                    }
                }
            }
            database.pullCursor().put(PullCursorEntity.of(page.next));
        });
    }

    /** Whether a device of {@code holder} keeps a pulled event of this type ({@link EventType#isHeldBy}). */
    static boolean mayHold(@androidx.annotation.Nullable Role holder, @androidx.annotation.Nullable String type) {
        EventType known = EventType.known(type);
        return holder == null || known == null || known.isHeldBy(holder);
    }

    private String journalCursor() {
        String cursor = database.pullCursor().get();
        return cursor == null ? "0" : cursor;
    }

    /**
     * A pulled event as a REMOTE journal row. One of a type this version does not know (a newer
     * app's) is kept raw — its type and payload exactly as served — so it is never lost when the
     * cursor moves past it, and a later version that knows the type reads it from the journal.
     */
    static JournalEventEntity pulledRow(NetworkPullResponse.Event event, long now) {
        JsonObject payload = event.payload == null ? new JsonObject() : event.payload;
        EventType type = EventType.known(event.type);
        if (type == null) {
            JournalRows.Keys keys = JournalRows.keysOfUnknown(event.pupil, payload);
            return new JournalEventEntity(event.id, JournalEventEntity.REMOTE, event.deviceSeq,
                    event.type == null ? "" : event.type, keys.pupilId, keys.factDate, keys.refId, payload.toString(),
                    event.deviceTime, null, event.cursor, now);
        }
        if (!payload.has("pupil") && event.pupil != null) {
            payload.addProperty("pupil", event.pupil);
        }
        JournalRows.Keys keys = JournalRows.keysOf(type, payload);
        return new JournalEventEntity(event.id, JournalEventEntity.REMOTE, event.deviceSeq, type.name(), keys.pupilId,
                keys.factDate, keys.refId, payload.toString(), event.deviceTime, null, event.cursor, now, event.staffId);
    }
}
