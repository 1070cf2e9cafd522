package uk.registerly.app.data.schoolday;

import androidx.annotation.Nullable;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.rules.rollcall.RollCallFact;
import uk.registerly.rules.rollcall.RollCallReason;
import uk.registerly.rules.schoolday.Collector;
import uk.registerly.rules.schoolday.DepartureReason;
import uk.registerly.rules.schoolday.EarlyDeparture;
import uk.registerly.rules.schoolday.PupilReturn;

/**
 * The school-day facts in the journal, as the rules take them: sign-outs, returns and roll-call events, own and
 * pulled alike, and those an older version of the app kept raw (same type name, same payload). A row this
 * version cannot read (a payload a newer server widened) is left out rather than failing the whole screen.
 */
public final class SchoolDayFacts {
    /** The journal types read here, for {@code JournalDao.ofTypes}. */
    public static final List<String> TYPES = Collections.unmodifiableList(Arrays.asList(
            EventType.EARLY_DEPARTURE.name(), EventType.RETURNED.name(), EventType.ROLL_CALL_STARTED.name(),
            EventType.ROLL_CALL_ACCOUNTED.name(), EventType.ROLL_CALL_ENDED.name()));

    public final List<EarlyDeparture> departures = new ArrayList<>();
    public final List<PupilReturn> returns = new ArrayList<>();
    public final List<RollCallFact> rollCalls = new ArrayList<>();

    private SchoolDayFacts() {
    }

    public static SchoolDayFacts of(List<JournalEventEntity> rows) {
        SchoolDayFacts facts = new SchoolDayFacts();
        for (JournalEventEntity row : rows) {
            EventType type = EventType.known(row.type);
            if (type == null) {
                continue;
            }
            try {
                facts.add(type, row.id, JsonParser.parseString(row.payload).getAsJsonObject());
            } catch (RuntimeException unreadable) {
                // Left out: the rules never see half a fact.
            }
        }
        return facts;
    }

    private void add(EventType type, String id, JsonObject p) {
        switch (type) {
            case EARLY_DEPARTURE:
                departures.add(new EarlyDeparture(id, text(p, "pupil"), time(p), DepartureReason.valueOf(text(p, "reason")),
                        collector(p.get("collectedBy")), text(p, "note"), p.get("approved").getAsBoolean(),
                        text(p, "approvedBy")));
                break;
            case RETURNED:
                returns.add(new PupilReturn(id, text(p, "pupil"), time(p)));
                break;
            case ROLL_CALL_STARTED:
                rollCalls.add(RollCallFact.started(id, time(p), RollCallReason.valueOf(text(p, "reason"))));
                break;
            case ROLL_CALL_ACCOUNTED:
                rollCalls.add(RollCallFact.accounted(id, text(p, "rollCall"), text(p, "pupil"),
                        p.get("accounted").getAsBoolean(), time(p)));
                break;
            case ROLL_CALL_ENDED:
                rollCalls.add(RollCallFact.ended(id, text(p, "rollCall"), time(p)));
                break;
            default:
                break;
        }
    }

    private static Collector collector(@Nullable JsonElement by) {
        if (by == null || !by.isJsonObject()) {
            return Collector.nobody();
        }
        JsonObject o = by.getAsJsonObject();
        String guardian = text(o, "guardian");
        return guardian != null ? Collector.guardian(guardian) : Collector.adult(text(o, "name"), text(o, "relationship"));
    }

    private static LocalDateTime time(JsonObject p) {
        return LocalDateTime.parse(text(p, "at"));
    }

    @Nullable
    private static String text(JsonObject p, String field) {
        JsonElement value = p.get(field);
        return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
    }
}
