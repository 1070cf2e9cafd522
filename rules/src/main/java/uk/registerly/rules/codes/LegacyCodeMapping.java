package uk.registerly.rules.codes;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * An explicit, audited import rule for pre-2024 codes. Nothing maps by default: an
 * import names each legacy code it accepts, the 2024 code it becomes and who decided,
 * and every translation carries that rule so the register can show it.
 */
public final class LegacyCodeMapping {
    private static final LegacyCodeMapping NONE =
            new LegacyCodeMapping(new EnumMap<LegacyCode, AttendanceCode>(LegacyCode.class), null);

    private final Map<LegacyCode, AttendanceCode> targets;
    private final String approvedBy;

    private LegacyCodeMapping(Map<LegacyCode, AttendanceCode> targets, String approvedBy) {
        this.targets = Collections.unmodifiableMap(new EnumMap<>(targets));
        this.approvedBy = approvedBy;
    }

    /** The mapping that accepts no legacy code at all. */
    public static LegacyCodeMapping none() {
        return NONE;
    }

    /** @param approvedBy the person (name and position) who approved the import rule */
    public static Builder approvedBy(String approvedBy) {
        if (approvedBy == null || approvedBy.trim().isEmpty()) {
            throw new IllegalArgumentException("a legacy code mapping needs the name of who approved it");
        }
        return new Builder(approvedBy.trim());
    }

    public Map<LegacyCode, AttendanceCode> targets() {
        return targets;
    }

    public String approvedBy() {
        return approvedBy;
    }

    /**
     * A 2024 code passes through unchanged; a legacy code is translated when this
     * mapping names it.
     *
     * @throws UnknownAttendanceCodeException for a code that is neither
     */
    public LegacyTranslation translate(String symbol) {
        AttendanceCode current = AttendanceCode.fromSymbol(symbol);
        if (current != null) {
            return new LegacyTranslation(symbol, current, null, null);
        }
        LegacyCode legacy = LegacyCode.fromSymbol(symbol);
        AttendanceCode target = legacy == null ? null : targets.get(legacy);
        if (target == null) {
            throw new UnknownAttendanceCodeException(symbol);
        }
        return new LegacyTranslation(symbol, target, legacy, approvedBy);
    }

    public static final class Builder {
        private final String approvedBy;
        private final Map<LegacyCode, AttendanceCode> targets = new EnumMap<>(LegacyCode.class);

        private Builder(String approvedBy) {
            this.approvedBy = approvedBy;
        }

        public Builder map(LegacyCode legacy, AttendanceCode target) {
            if (legacy == null || target == null) {
                throw new IllegalArgumentException("a legacy mapping needs both codes");
            }
            targets.put(legacy, target);
            return this;
        }

        public LegacyCodeMapping build() {
            return new LegacyCodeMapping(targets, approvedBy);
        }
    }
}
