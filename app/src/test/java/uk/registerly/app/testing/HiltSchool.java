package uk.registerly.app.testing;

import com.google.gson.JsonParser;

import java.util.Map;

import javax.inject.Inject;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.roster.RosterChangeApplier;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.security.DeviceIdentityStore;

/**
 * The {@link TestSchool} in a Hilt test's own database, as the sync would have left it, with the
 * device enrolled as the office or signed in as a parent. Inject it, then call {@link #office} or {@link #parent}.
 */
public final class HiltSchool {
    public static final String GRACE = "9a4d0000-0000-4000-8000-0000000000a1";
    public static final String HARJ = "9a4d0000-0000-4000-8000-0000000000a2";

    public final RegisterlyDatabase database;
    public final DeviceIdentityStore identities;
    public final RosterChangeApplier roster;
    public final TestDataLayer.MutableClock clock;
    public final PulledEvents pulled;

    @Inject
    public HiltSchool(RegisterlyDatabase database, DeviceIdentityStore identities, RosterChangeApplier roster,
                      TestDataLayer.MutableClock clock) {
        this.database = database;
        this.identities = identities;
        this.roster = roster;
        this.clock = clock;
        this.pulled = new PulledEvents(database);
    }

    /** The office's device, with the school, its pupils and Daniel's two contacts. */
    public HiltSchool office() {
        identities.save(TestDataLayer.identity(DeviceIdentity.Role.OFFICE, "https://registerly.test/"), "rgd_test");
        TestSchool.seed(roster);
        guardian(GRACE, "Grace Singh", "Mother", "07700 900123", TestSchool.DANIEL);
        guardian(HARJ, "Harj Singh", "Father", "07700 900456", TestSchool.DANIEL);
        return this;
    }

    /** A parent's phone linked to {@code children}; the roster holds the school's pupils as given by {@code TestSchool}. */
    public HiltSchool parent(Map<String, String> children, String serverUrl) {
        identities.save(FollowUpDataLayer.parent(children, serverUrl), "rgp_test");
        TestSchool.seed(roster);
        return this;
    }

    public void guardian(String id, String name, String relationship, String phone, String pupil) {
        roster.apply("GUARDIAN", JsonParser.parseString("{\"id\":\"" + id + "\",\"name\":\"" + name
                + "\",\"relationship\":\"" + relationship + "\",\"phone\":\"" + phone + "\",\"pupilIds\":[\"" + pupil
                + "\"]}").getAsJsonObject());
    }
}
