package uk.registerly.app.data.attendance;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.marks.FactType;

/** Journal rows of the register types as the rules module's facts (the same fields the server reads). */
public final class JournalFacts {
    private JournalFacts() {
    }

    public static List<AttendanceFact> toFacts(List<JournalEventEntity> rows) {
        List<AttendanceFact> facts = new ArrayList<>(rows.size());
        for (JournalEventEntity row : rows) {
            facts.add(toFact(row));
        }
        return facts;
    }

    static AttendanceFact toFact(JournalEventEntity row) {
        JsonObject p = JsonParser.parseString(row.payload).getAsJsonObject();
        FactType type = FactType.valueOf(row.type);
        AttendanceFact.Builder fact = AttendanceFact.builder(type)
                .id(row.id)
                .pupil(row.pupilId)
                .at(LocalDateTime.parse(p.get("at").getAsString()));
        if (type == FactType.ARRIVAL_WITHDRAWN) {
            return fact.withdrawnArrival(p.get("arrival").getAsString())
                    .reason(p.has("reason") ? p.get("reason").getAsString() : null)
                    .build();
        }
        if (type != FactType.ARRIVAL) {
            fact.session(LocalDate.parse(p.get("date").getAsString()), Session.parse(p.get("session").getAsString()))
                    .code(AttendanceCode.parse(p.get("code").getAsString()));
        }
        if (type == FactType.AMENDMENT) {
            fact.reason(p.get("reason").getAsString()).by(p.get("by").getAsString());
        }
        return fact.build();
    }
}
