package uk.registerly.app.sync;

/** Told when the server answers {@code device_revoked}: the office revoked this device or phone. */
public interface RevocationListener {
    void onRevoked();
}
