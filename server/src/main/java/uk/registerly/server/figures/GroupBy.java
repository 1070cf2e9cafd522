package uk.registerly.server.figures;

import java.util.Locale;
import uk.registerly.server.http.ApiException;

/**
 * What the figures are grouped by ({@code groupBy=}): the names in the API are the issue's. Sex, FSM, SEN and
 * EAL need the pupils' characteristics from the roster (issue 17): until the roster holds them they answer
 * 400 "not available yet" rather than a table of one "unknown" group.
 */
public enum GroupBy {
    YEAR_GROUP("yearGroup", "Year group", true),
    CLASS("class", "Class", true),
    SEX("sex", "Sex", false),
    FSM("fsm", "Free school meals", false),
    SEN("sen", "Special educational needs", false),
    EAL("eal", "English as an additional language", false);

    private final String wire;
    private final String label;
    private final boolean available;

    GroupBy(String wire, String label, boolean available) {
        this.wire = wire;
        this.label = label;
        this.available = available;
    }

    public String wire() {
        return wire;
    }

    public String label() {
        return label;
    }

    public boolean available() {
        return available;
    }

    /** The grouping named by {@code groupBy} (default: year group); 400 for an unknown or unavailable one. */
    public static GroupBy parse(String value) {
        if (value == null || value.isBlank()) {
            return YEAR_GROUP;
        }
        for (GroupBy g : values()) {
            if (g.wire.equals(value.strip())) {
                if (!g.available) {
                    throw ApiException.badRequest("groupBy=" + g.wire + " is not available yet: the roster does not "
                            + "hold pupils' characteristics (sex, FSM, SEN, EAL) yet; use yearGroup or class");
                }
                return g;
            }
        }
        throw ApiException.badRequest("groupBy must be one of yearGroup, class, sex, fsm, sen, eal (not '"
                + value.toLowerCase(Locale.ROOT) + "')");
    }
}
