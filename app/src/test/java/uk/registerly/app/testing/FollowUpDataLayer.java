package uk.registerly.app.testing;

import java.time.Instant;
import java.util.Map;

import uk.registerly.app.data.calling.OfflineFirstCallingRepository;
import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.evidence.EvidenceStore;
import uk.registerly.app.data.leave.OfflineFirstLeaveRepository;
import uk.registerly.app.data.parents.ParentChildren;
import uk.registerly.app.data.reports.OfflineFirstAbsenceReportRepository;
import uk.registerly.app.security.DeviceIdentity;

/**
 * {@link TestDataLayer} plus the office's and parents' repositories (absence reports, leave,
 * first-day calling, evidence), wired by hand over the same database and clock.
 */
public final class FollowUpDataLayer {
    public final TestDataLayer data;
    public final PulledEvents pulled;
    public final ParentChildren children;
    public final EvidenceStore evidence;
    public final OfflineFirstAbsenceReportRepository reports;
    public final OfflineFirstLeaveRepository leave;
    public final OfflineFirstCallingRepository calling;

    public FollowUpDataLayer(RegisterlyDatabase database, Instant now) {
        this(new TestDataLayer(database, now).withTestSchool());
    }

    /** Over a data layer already built (a {@link MockServerDevice}'s), whose roster holds the test school. */
    public FollowUpDataLayer(TestDataLayer data) {
        this.data = data;
        RegisterlyDatabase database = data.database;
        pulled = new PulledEvents(database);
        children = new ParentChildren(data.identities, database.roster(), Runnable::run);
        evidence = data.evidence;
        reports = new OfflineFirstAbsenceReportRepository(database, data.schools, data.journal, children, evidence,
                data.readModels, data.clock);
        leave = new OfflineFirstLeaveRepository(database, data.schools, data.journal, children, data.identities,
                data.readModels, data.clock);
        calling = new OfflineFirstCallingRepository(database, data.schools, data.records, data.journal,
                data.readModels, data.clock);
    }

    /** Signs in as a parent whose linked children (and their schools) are {@code childSchools}. */
    public FollowUpDataLayer parentOf(Map<String, String> childSchools) {
        return parentOf(childSchools, "https://registerly.test/");
    }

    /** As {@link #parentOf(Map)}, with the phone's server at {@code serverUrl} (a MockWebServer: plain HTTP). */
    public FollowUpDataLayer parentOf(Map<String, String> childSchools, String serverUrl) {
        data.identities.save(TestDataLayer.parentIdentity(childSchools, serverUrl), "rgp_test-token");
        return this;
    }

    public FollowUpDataLayer office() {
        data.enrolledAs(DeviceIdentity.Role.OFFICE);
        return this;
    }
}
