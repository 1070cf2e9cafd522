package uk.registerly.rules.recording;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import uk.registerly.rules.marks.FactType;

/**
 * Who records a fact, as the recording rules distinguish them (the server maps its device roles to
 * these; a parent records no register fact). Which facts each records is the sync protocol's writers
 * matrix (docs/sync-protocol.md, section 4): the teacher's register, the gate's arrivals, the office's
 * reasons; amendments by the office, or by the teacher for their own classes.
 */
public enum Recorder {
    /** A classroom tablet, signed in for a teacher. */
    TEACHER(EnumSet.of(FactType.REGISTER_MARK, FactType.AMENDMENT)),
    /** The late gate. */
    GATE(EnumSet.of(FactType.ARRIVAL, FactType.ARRIVAL_WITHDRAWN)),
    /** Office staff. */
    OFFICE(EnumSet.of(FactType.REASON, FactType.AMENDMENT));

    private final Set<FactType> records;

    Recorder(Set<FactType> records) {
        this.records = Collections.unmodifiableSet(records);
    }

    /** The fact types this recorder may record. */
    public Set<FactType> records() {
        return records;
    }

    public boolean mayRecord(FactType type) {
        return records.contains(type);
    }
}
