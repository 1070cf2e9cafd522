package uk.registerly.app.network;

/** {@code POST /api/v1/devices} body. */
public final class NetworkEnrolmentRequest {
    public final String enrolmentCode;
    public final String deviceName;

    public NetworkEnrolmentRequest(String enrolmentCode, String deviceName) {
        this.enrolmentCode = enrolmentCode;
        this.deviceName = deviceName;
    }
}
