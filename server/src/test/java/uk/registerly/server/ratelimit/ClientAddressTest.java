package uk.registerly.server.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final TrustedProxies BALANCERS = TrustedProxies.parse("10.0.0.0/8, 192.0.2.10, fd00::/8");

    @Test
    void theRightMostAddressNotATrustedProxyIsTheClient() {
        assertEquals("203.0.113.5", ClientAddress.of("10.1.2.3", List.of("203.0.113.5"), BALANCERS));
        assertEquals("203.0.113.5", ClientAddress.of("10.1.2.3", List.of("198.51.100.1, 203.0.113.5, 10.9.9.9"), BALANCERS),
                "what the client wrote on the left is ignored; proxies on the right are skipped");
        assertEquals("203.0.113.5", ClientAddress.of("fd00::1", List.of("1.1.1.1", "203.0.113.5"), BALANCERS),
                "several headers read as one list");
    }

    @Test
    void anUntrustedPeerIsTheClientWhateverItSays() {
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", List.of("10.1.1.1"), BALANCERS));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", List.of("203.0.113.9"), TrustedProxies.NONE));
    }

    @Test
    void aHeaderOfGarbageStopsAtTheLastAddressBelieved() {
        assertEquals("10.1.2.3", ClientAddress.of("10.1.2.3", List.of("not-an-address"), BALANCERS));
        assertEquals("10.1.2.3", ClientAddress.of("10.1.2.3", List.of(), BALANCERS));
    }

    @Test
    void cidrsAreParsedStrictlyAndNeverLookedUp() {
        assertTrue(BALANCERS.trusts("10.255.0.1"));
        assertTrue(BALANCERS.trusts("192.0.2.10"));
        assertFalse(BALANCERS.trusts("192.0.2.11"));
        assertFalse(BALANCERS.trusts("localhost"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("lb.example.org"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0/8"));
    }
}
