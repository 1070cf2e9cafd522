package uk.registerly.app.enrolment;

import android.net.Uri;

import androidx.annotation.Nullable;

/**
 * What an enrolment QR code holds: either just the code, or
 * {@code registerly://enrol?server=https://school.example&code=ABCD-EFGH[&demo=1]} (the office's
 * printout), which fills in the server too.
 */
public final class EnrolmentQr {
    @Nullable
    public final String server;
    public final String code;
    public final boolean demoServer;

    private EnrolmentQr(@Nullable String server, String code, boolean demoServer) {
        this.server = server;
        this.code = code;
        this.demoServer = demoServer;
    }

    /** @throws EnrolmentException when the QR code is not an enrolment code */
    public static EnrolmentQr parse(String contents) throws EnrolmentException {
        String text = contents == null ? "" : contents.trim();
        if (text.toLowerCase(java.util.Locale.ROOT).startsWith("registerly://enrol")) {
            Uri uri = Uri.parse(text);
            String code = uri.getQueryParameter("code");
            if (code == null || code.trim().isEmpty()) {
                throw new EnrolmentException(EnrolmentException.Problem.QR_WITHOUT_CODE, "no code in the enrolment link");
            }
            return new EnrolmentQr(uri.getQueryParameter("server"), code.trim(), "1".equals(uri.getQueryParameter("demo")));
        }
        if (text.isEmpty() || text.length() > 64 || text.contains("://")) {
            throw new EnrolmentException(EnrolmentException.Problem.QR_NOT_ENROLMENT, "not an enrolment code");
        }
        return new EnrolmentQr(null, text, false);
    }
}
