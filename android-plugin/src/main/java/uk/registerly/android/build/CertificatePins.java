package uk.registerly.android.build;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Optional certificate pinning for one deployment, configured at build time as
 * {@code host[,host...]:sha256/<base64>,sha256/<base64>[;expires=YYYY-MM-DD]}: adds a
 * {@code <domain-config>} with a {@code <pin-set>} to the release network security config. Off
 * unless configured, because many schools inspect TLS with their own root certificate. At least
 * two pins are required (the live key and a backup), as Android's documentation advises, so a key
 * rotation does not lock every tablet out; after the expiry date Android stops enforcing the pins.
 */
record CertificatePins(List<String> domains, List<String> pins, LocalDate expires) {
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

    /** @throws IllegalArgumentException with what is wrong, for the build to report */
    static CertificatePins parse(String spec) {
        String text = spec.trim();
        LocalDate expires = null;
        int semicolon = text.indexOf(';');
        if (semicolon >= 0) {
            String option = text.substring(semicolon + 1).trim();
            if (!option.startsWith("expires=")) {
                throw new IllegalArgumentException("certificate pins: unknown option '" + option + "' (only expires=YYYY-MM-DD)");
            }
            try {
                expires = LocalDate.parse(option.substring("expires=".length()).trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("certificate pins: expires must be YYYY-MM-DD: " + option);
            }
            text = text.substring(0, semicolon).trim();
        }
        // ':' separates hosts from pins: neither host names nor base64 contain one.
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("certificate pins: expected host[,host]:sha256/...,sha256/... but got '" + spec + "'");
        }
        List<String> domains = new ArrayList<>();
        for (String host : text.substring(0, colon).split(",")) {
            String h = host.trim().toLowerCase(Locale.ROOT);
            if (!HOST.matcher(h).matches()) {
                throw new IllegalArgumentException("certificate pins: not a host name: '" + host.trim() + "'");
            }
            domains.add(h);
        }
        List<String> pins = new ArrayList<>();
        for (String pin : text.substring(colon + 1).split(",")) {
            String p = pin.trim();
            if (!p.startsWith("sha256/") || !isSha256(p.substring("sha256/".length()))) {
                throw new IllegalArgumentException("certificate pins: each pin is sha256/ and the base64 SHA-256 of a "
                        + "certificate's SubjectPublicKeyInfo, got '" + p + "'");
            }
            pins.add(p.substring("sha256/".length()));
        }
        if (pins.size() < 2) {
            throw new IllegalArgumentException("certificate pins: give at least two pins (the server's key and a backup key), "
                    + "or a key change will lock every device out");
        }
        return new CertificatePins(List.copyOf(domains), List.copyOf(pins), expires);
    }

    private static boolean isSha256(String base64) {
        try {
            return Base64.getDecoder().decode(base64).length == 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The network security config with this pin set added before its closing tag. */
    String addTo(String networkSecurityConfig) {
        int end = networkSecurityConfig.lastIndexOf("</network-security-config>");
        if (end < 0) {
            throw new IllegalArgumentException("not a network security config: no </network-security-config>");
        }
        StringBuilder config = new StringBuilder("    <!-- Added by the release build: this deployment's certificate pins. -->\n")
                .append("    <domain-config cleartextTrafficPermitted=\"false\">\n");
        for (String domain : domains) {
            config.append("        <domain includeSubdomains=\"true\">").append(domain).append("</domain>\n");
        }
        config.append("        <pin-set");
        if (expires != null) {
            config.append(" expiration=\"").append(expires).append('"');
        }
        config.append(">\n");
        for (String pin : pins) {
            config.append("            <pin digest=\"SHA-256\">").append(pin).append("</pin>\n");
        }
        config.append("        </pin-set>\n    </domain-config>\n");
        return networkSecurityConfig.substring(0, end) + config + networkSecurityConfig.substring(end);
    }
}
