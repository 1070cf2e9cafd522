package uk.registerly.app.enrolment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import android.app.Application;

import androidx.test.ext.junit.runners.AndroidJUnit4;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;

import uk.registerly.app.network.ServerAddress;

/** What the enrolment screen accepts from a QR code and an address field. */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
public class EnrolmentQrTest {

    @Test
    public void theOfficesPrintoutFillsInServerAndCode() throws EnrolmentException {
        EnrolmentQr qr = EnrolmentQr.parse("registerly://enrol?server=https%3A%2F%2Fregister.millbrook.sch.uk&code=K7QX-2M9D");

        assertEquals("https://register.millbrook.sch.uk", qr.server);
        assertEquals("K7QX-2M9D", qr.code);
        assertEquals(false, qr.demoServer);
    }

    @Test
    public void aBareCodeIsJustTheCode() throws EnrolmentException {
        EnrolmentQr qr = EnrolmentQr.parse(" DEMO-GATE ");

        assertNull(qr.server);
        assertEquals("DEMO-GATE", qr.code);
    }

    @Test
    public void anyOtherQrCodeIsRefusedWithAReason() {
        EnrolmentException e = assertThrows(EnrolmentException.class,
                () -> EnrolmentQr.parse("https://example.org/menu"));
        assertEquals(EnrolmentException.Problem.QR_NOT_ENROLMENT, e.problem);
        assertEquals(EnrolmentException.Field.CODE, e.field);
        assertEquals(EnrolmentException.Problem.QR_WITHOUT_CODE, assertThrows(EnrolmentException.class,
                () -> EnrolmentQr.parse("registerly://enrol?server=https%3A%2F%2Fx.sch.uk")).problem);
    }

    @Test
    public void anAddressWithoutSchemeIsHttpsAndGainsItsTrailingSlash() {
        ServerAddress address = ServerAddress.parse("register.millbrook.sch.uk/registerly", false);

        assertEquals("https://register.millbrook.sch.uk/registerly/", address.url());
        assertEquals(false, address.cleartext());
    }

    @Test
    public void aLocalDemoServerMayUsePlainHttpOnlyWhenChosen() {
        assertTrue(ServerAddress.parse("192.168.1.20:8080", true).cleartext());
        assertEquals(ServerAddress.Invalid.Reason.NOT_HTTPS, assertThrows(ServerAddress.Invalid.class,
                () -> ServerAddress.parse("http://192.168.1.20:8080", false)).reason);
        assertEquals(ServerAddress.Invalid.Reason.EMPTY, assertThrows(ServerAddress.Invalid.class,
                () -> ServerAddress.parse("  ", true)).reason);
    }
}
