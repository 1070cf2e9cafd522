package uk.registerly.app.network;

import java.util.Locale;

import okhttp3.HttpUrl;

/**
 * The server address typed (or scanned) at enrolment. HTTPS unless the person enrolling
 * explicitly chose a local demo server, which is the only case plain HTTP is allowed.
 */
public final class ServerAddress {
    private final HttpUrl url;
    private final boolean cleartext;

    private ServerAddress(HttpUrl url, boolean cleartext) {
        this.url = url;
        this.cleartext = cleartext;
    }

    /**
     * @param allowCleartext the "local demo server (no encryption)" choice
     * @throws Invalid saying what is wrong with the address (the screen words it)
     */
    public static ServerAddress parse(String input, boolean allowCleartext) {
        String text = input == null ? "" : input.trim();
        if (text.isEmpty()) {
            throw new Invalid(Invalid.Reason.EMPTY, "no server address");
        }
        if (!text.toLowerCase(Locale.ROOT).startsWith("http://") && !text.toLowerCase(Locale.ROOT).startsWith("https://")) {
            text = (allowCleartext ? "http://" : "https://") + text;
        }
        HttpUrl url = HttpUrl.parse(text);
        if (url == null) {
            throw new Invalid(Invalid.Reason.MALFORMED, "not a server address: " + input.trim());
        }
        if (!url.isHttps() && !allowCleartext) {
            throw new Invalid(Invalid.Reason.NOT_HTTPS, "plain http without the local demo server choice: " + url);
        }
        // Retrofit resolves relative paths against the base: it must end with a slash.
        HttpUrl base = url.newBuilder().query(null).fragment(null).build();
        if (!base.encodedPath().endsWith("/")) {
            base = base.newBuilder().addPathSegment("").build();
        }
        return new ServerAddress(base, !url.isHttps());
    }

    public String url() {
        return url.toString();
    }

    /** True only for an explicitly chosen local demo server over plain HTTP. */
    public boolean cleartext() {
        return cleartext;
    }

    /** An address that cannot be used, and why. */
    public static final class Invalid extends IllegalArgumentException {
        public enum Reason { EMPTY, MALFORMED, NOT_HTTPS }

        public final Reason reason;

        Invalid(Reason reason, String detail) {
            super(detail);
            this.reason = reason;
        }
    }
}
