package uk.registerly.app.network;

/** The answer to an evidence upload (201 stored, 200 already stored). */
public final class NetworkEvidenceUploaded {
    public String id;
    public long bytes;
}
