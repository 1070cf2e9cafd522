package uk.registerly.rules.marks;

/** Which kind of fact decided a session's effective mark. */
public enum MarkSource {
    CLOSURE,
    REGISTER_MARK,
    ARRIVAL,
    REASON,
    AMENDMENT;

    static MarkSource of(FactType type) {
        return valueOf(type.name());
    }
}
