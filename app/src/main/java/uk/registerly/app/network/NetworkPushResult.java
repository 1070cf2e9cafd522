package uk.registerly.app.network;

/**
 * One event's answer: ACCEPTED, DUPLICATE, NOT_WRITTEN or REJECTED (with the reason, and the
 * rules' stable code, e.g. {@code register_closed}, when the server gives one).
 */
public final class NetworkPushResult {
    public static final String ACCEPTED = "ACCEPTED";
    public static final String DUPLICATE = "DUPLICATE";
    public static final String NOT_WRITTEN = "NOT_WRITTEN";
    public static final String REJECTED = "REJECTED";

    public String id;
    public String status;
    public String reason;
    public String code;
}
