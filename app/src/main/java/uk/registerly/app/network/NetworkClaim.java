package uk.registerly.app.network;

import java.util.List;

/** {@code POST /api/v1/parents/claim} answer: every child now linked, and whether to pull from cursor 0. */
public final class NetworkClaim {
    public List<NetworkParentSignIn.Child> children;
    public boolean pullFromStart;
}
