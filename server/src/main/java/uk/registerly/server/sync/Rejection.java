package uk.registerly.server.sync;

/** Why one event was refused; {@code forbidden} when the caller may not write it at all. */
record Rejection(String reason, boolean forbidden) {

    static Rejection invalid(String reason) {
        return new Rejection(reason, false);
    }

    static Rejection forbidden(String reason) {
        return new Rejection(reason, true);
    }
}
