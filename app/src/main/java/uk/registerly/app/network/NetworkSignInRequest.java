package uk.registerly.app.network;

/** {@code POST /api/v1/parents/sign-in} body. */
public final class NetworkSignInRequest {
    public final String invitationCode;

    public NetworkSignInRequest(String invitationCode) {
        this.invitationCode = invitationCode;
    }
}
