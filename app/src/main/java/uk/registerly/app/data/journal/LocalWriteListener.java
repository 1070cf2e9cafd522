package uk.registerly.app.data.journal;

/** Told after each event written on this device, so the sync can send it soon. */
public interface LocalWriteListener {
    void onLocalWrite();
}
