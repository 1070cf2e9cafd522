package uk.registerly.android.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CertificatePinsTest {
    private static final String LIVE = "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    private static final String BACKUP = "sha256/BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBA=";

    @Test
    void pinsForOneDeploymentAreAddedToTheConfig() {
        CertificatePins pins = CertificatePins.parse("sync.school.example, backup.school.example:" + LIVE + "," + BACKUP
                + ";expires=2027-09-01");

        assertEquals(List.of("sync.school.example", "backup.school.example"), pins.domains());
        assertEquals(LocalDate.of(2027, 9, 1), pins.expires());
        String config = pins.addTo("<network-security-config>\n    <base-config cleartextTrafficPermitted=\"false\" />\n"
                + "</network-security-config>\n");
        assertTrue(config.contains("<base-config cleartextTrafficPermitted=\"false\" />"), config);
        assertTrue(config.contains("<domain includeSubdomains=\"true\">sync.school.example</domain>"), config);
        assertTrue(config.contains("<pin-set expiration=\"2027-09-01\">"), config);
        assertTrue(config.contains("<pin digest=\"SHA-256\">AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=</pin>"), config);
        assertTrue(config.trim().endsWith("</network-security-config>"), config);
    }

    @Test
    void badPinSpecificationsAreRefusedWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CertificatePins.parse("school.example:" + LIVE))
                .getMessage().contains("at least two pins"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> CertificatePins.parse("school.example:sha256/short," + BACKUP)).getMessage().contains("SHA-256"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> CertificatePins.parse("school example:" + LIVE + "," + BACKUP)).getMessage().contains("host"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CertificatePins.parse(LIVE)).getMessage()
                .contains("expected"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> CertificatePins.parse("school.example:" + LIVE + "," + BACKUP + ";expires=soon")).getMessage()
                .contains("YYYY-MM-DD"));
    }
}
