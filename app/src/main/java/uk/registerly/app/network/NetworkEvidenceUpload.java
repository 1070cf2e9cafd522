package uk.registerly.app.network;

/** {@code POST /api/v1/parents/evidence} body: a photo (base64) for one child, under a client-made id. */
public final class NetworkEvidenceUpload {
    public final String id;
    public final String pupil;
    public final String contentType;
    public final String data;

    public NetworkEvidenceUpload(String id, String pupil, String contentType, String data) {
        this.id = id;
        this.pupil = pupil;
        this.contentType = contentType;
        this.data = data;
    }
}
