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
     * @throws IllegalArgumentException with a message for the person enrolling
     */
    public static ServerAddress parse(String input, boolean allowCleartext) {
        String text = input == null ? "" : input.trim();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Enter the server address the school gave you.");
        }
        if (!text.toLowerCase(Locale.ROOT).startsWith("http://") && !text.toLowerCase(Locale.ROOT).startsWith("https://")) {
            text = (allowCleartext ? "http://" : "https://") + text;
        }
        HttpUrl url = HttpUrl.parse(text);
        if (url == null) {
            throw new IllegalArgumentException("\"" + input.trim() + "\" is not a server address.");
        }
        if (!url.isHttps() && !allowCleartext) {
            throw new IllegalArgumentException("The address must start with https:// (only a local demo server may use http://).");
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
}
