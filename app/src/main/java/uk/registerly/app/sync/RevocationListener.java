package uk.registerly.app.sync;

/** Told when the server answers 401: the office revoked this device (or its token is unknown). */
public interface RevocationListener {
    void onRevoked();
}
