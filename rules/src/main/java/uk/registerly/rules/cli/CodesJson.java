package uk.registerly.rules.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import uk.registerly.rules.codes.AttendanceCode;

/** The {@code codes} output: the 2024 code table in statutory order. */
final class CodesJson {
    private CodesJson() {
    }

    static JsonArray codes() {
        JsonArray array = new JsonArray();
        for (AttendanceCode code : AttendanceCode.values()) {
            JsonObject o = new JsonObject();
            o.addProperty("code", code.symbol());
            o.addProperty("meaning", code.meaning());
            o.addProperty("category", code.category().name());
            o.addProperty("possible", code.isPossible());
            o.addProperty("countsAs", code.countsAs().name());
            array.add(o);
        }
        return array;
    }
}
