package uk.registerly.app.sync;

/**
 * Why a sync pass failed, as a person is told it (in their language: the badge's words come from
 * strings_sync.xml); the failure's English message adds the details for the staff home screen.
 */
public enum SyncProblem {
    NO_CONNECTION,
    TIMEOUT,
    /** 5xx: the server is down or failing. */
    SERVER_UNAVAILABLE,
    /** 429: the server asked the device to slow down. */
    SLOW_DOWN,
    /** Another 4xx, or an answer that named none of the events sent. */
    REFUSED,
    /** Not the server's JSON (a captive portal's page). */
    UNREADABLE,
    /** Recorded by an app version that did not say why. */
    UNKNOWN
}
