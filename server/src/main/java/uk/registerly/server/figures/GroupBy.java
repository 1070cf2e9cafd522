package uk.registerly.server.figures;

import java.util.Locale;
import uk.registerly.rules.pupil.PupilCharacteristics;
import uk.registerly.rules.pupil.SenStatus;
import uk.registerly.server.http.ApiException;

/**
 * What the figures are grouped by ({@code groupBy=}, the names): year group, class, or one of the
 * characteristics the roster holds (issue 17's pupils CSV): sex, FSM, SEN (none, SEN support, EHC plan), EAL,
 * looked after. A pupil whose characteristic is not recorded is in the "unknown" group. The keys of the
 * characteristic groups are those of the national figures file ({@code fsm:true}, {@code sen:EHC_PLAN}).
 */
public enum GroupBy {
    YEAR_GROUP("yearGroup", "Year group"),
    CLASS("class", "Class"),
    SEX("sex", "Sex"),
    FSM("fsm", "Free school meals"),
    SEN("sen", "Special educational needs"),
    EAL("eal", "English as an additional language"),
    LOOKED_AFTER("lookedAfter", "Looked after");

    private final String wire;
    private final String label;

    GroupBy(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    public String wire() {
        return wire;
    }

    public String label() {
        return label;
    }

    /** A characteristic grouping (its groups compare with the national figures of the same key). */
    public boolean isCharacteristic() {
        return this != YEAR_GROUP && this != CLASS;
    }

    /** The pupil's group by a characteristic, or null when it is not recorded. */
    public String characteristicGroup(PupilCharacteristics c) {
        if (c == null) {
            return null;
        }
        Object value = switch (this) {
            case SEX -> c.sex() == null ? null : c.sex().code();
            case FSM -> c.fsm();
            case SEN -> c.sen() == null ? null : c.sen().name();
            case EAL -> c.eal();
            case LOOKED_AFTER -> c.lookedAfter();
            default -> throw new IllegalStateException(this + " is not a characteristic");
        };
        return value == null ? null : value.toString();
    }

    /** A group's name for people ("Eligible for free school meals", "EHC plan"). */
    public String groupLabel(String key) {
        return switch (this) {
            case YEAR_GROUP -> "Year " + key;
            case CLASS -> key;
            case SEX -> key.equals("F") ? "Female" : key.equals("M") ? "Male" : key;
            case FSM -> key.equals("true") ? "Eligible for free school meals" : "Not eligible for free school meals";
            case SEN -> switch (SenStatus.valueOf(key)) {
                case NONE -> "No special educational needs";
                case SEN_SUPPORT -> "SEN support";
                case EHC_PLAN -> "Education, health and care plan";
            };
            case EAL -> key.equals("true") ? "English as an additional language" : "English as a first language";
            case LOOKED_AFTER -> key.equals("true") ? "Looked after" : "Not looked after";
        };
    }

    /** The grouping named by {@code groupBy} (default: year group); 400 for an unknown one. */
    public static GroupBy parse(String value) {
        if (value == null || value.isBlank()) {
            return YEAR_GROUP;
        }
        for (GroupBy g : values()) {
            if (g.wire.equals(value.strip())) {
                return g;
            }
        }
        throw ApiException.badRequest("groupBy must be one of yearGroup, class, sex, fsm, sen, eal, lookedAfter (not '"
                + value.toLowerCase(Locale.ROOT) + "')");
    }
}
