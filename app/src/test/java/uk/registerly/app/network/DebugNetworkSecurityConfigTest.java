package uk.registerly.app.network;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import android.app.Application;
import android.content.Context;
import android.content.res.XmlResourceParser;

import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.xmlpull.v1.XmlPullParser;

import uk.registerly.app.R;

/**
 * The debug build's network security config (src/debug/res/xml), as the tests' resources hold it:
 * plain HTTP is refused everywhere except a demo server on the emulator's host or the device itself,
 * exactly those hosts and none of their subdomains. The release build's is checked in
 * release.ReleaseManifestIT, read from the release APK.
 */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
public class DebugNetworkSecurityConfigTest {

    @Test
    public void cleartextIsRefusedExceptToTheLocalDemoServer() throws Exception {
        Context context = ApplicationProvider.getApplicationContext();
        Boolean baseCleartext = null;
        List<String> cleartextHosts = new ArrayList<>();
        boolean inCleartextDomains = false;
        try (XmlResourceParser xml = context.getResources().getXml(R.xml.network_security_config)) {
            for (int event = xml.next(); event != XmlPullParser.END_DOCUMENT; event = xml.next()) {
                if (event == XmlPullParser.START_TAG && xml.getName().equals("base-config")) {
                    baseCleartext = xml.getAttributeBooleanValue(null, "cleartextTrafficPermitted", true);
                } else if (event == XmlPullParser.START_TAG && xml.getName().equals("domain-config")) {
                    inCleartextDomains = xml.getAttributeBooleanValue(null, "cleartextTrafficPermitted", false);
                } else if (event == XmlPullParser.END_TAG && xml.getName().equals("domain-config")) {
                    inCleartextDomains = false;
                } else if (event == XmlPullParser.START_TAG && xml.getName().equals("domain") && inCleartextDomains) {
                    assertEquals("subdomains of a demo host get no cleartext", false,
                            xml.getAttributeBooleanValue(null, "includeSubdomains", true));
                    cleartextHosts.add(xml.nextText().trim());
                }
            }
        }
        assertEquals("the base config refuses cleartext to every other host", Boolean.FALSE, baseCleartext);
        assertEquals(List.of("10.0.2.2", "localhost", "127.0.0.1"), cleartextHosts);
    }

    @Test
    public void aDebugBuildOffersTheDemoServerTick() {
        assertTrue(ApplicationProvider.getApplicationContext().getResources().getBoolean(R.bool.allow_cleartext_demo_server));
    }
}
