package uk.registerly.app.network;

/** A new device's identity and its token (shown once by the server). */
public final class NetworkEnrolment {
    public String deviceId;
    public String token;
    public String role;
    public School school;
    /** Null for a gate device. */
    public Staff staff;

    public static final class School {
        public String id;
        public String name;
    }

    public static final class Staff {
        public String id;
        public String name;
        public String position;
    }
}
