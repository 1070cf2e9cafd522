package uk.registerly.app.sync;

/** The server answered {@code device_revoked}: the office revoked this device or phone. */
final class Revoked extends Exception {
}
