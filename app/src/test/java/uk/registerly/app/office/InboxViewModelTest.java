package uk.registerly.app.office;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Executor;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import uk.registerly.app.data.evidence.EvidencePhoto;
import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.app.data.reports.DuplicateReports;
import uk.registerly.app.data.reports.InboxItem;
import uk.registerly.app.data.reports.ReportGroup;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.testing.InstantLiveData;
import uk.registerly.app.testing.TestAbsenceReportRepository;
import uk.registerly.app.testing.TestReports;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.app.testing.TestViewedEvidenceRepository;
import uk.registerly.app.ui.Once;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * The office's inbox on the plain JVM: a merged line is decided once for all its reports, a line
 * keeps its selection as duplicates merge into it, and a photo is fetched once per tap.
 * Daniel's mother and father both reported Monday's illness.
 */
public class InboxViewModelTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);
    private static final RosterPupil DANIEL = TestSchool.rosterPupils().get(2);

    @Rule
    public final InstantLiveData liveData = new InstantLiveData();

    private TestAbsenceReportRepository reports;
    private TestViewedEvidenceRepository photos;
    /** The network's executor: runs what was asked only when the test says. */
    private final List<Runnable> network = new ArrayList<>();
    private InboxViewModel viewModel;
    private InstantLiveData.Values<InboxItem> selected;

    @Before
    public void setUp() {
        reports = new TestAbsenceReportRepository();
        photos = new TestViewedEvidenceRepository();
        reports.sendInbox(inbox(new TestReports()
                .report("mum", DANIEL.id, MONDAY, MONDAY, EnumSet.allOf(Session.class), AbsenceCategory.ILLNESS)));
        Executor queued = network::add;
        viewModel = new InboxViewModel(reports, photos, Runnable::run, queued);
        InstantLiveData.observe(viewModel.items());
        selected = InstantLiveData.observe(viewModel.selected());
    }

    private static List<InboxItem> inbox(TestReports folded) {
        List<InboxItem> items = new ArrayList<>();
        for (ReportGroup group : DuplicateReports.merge(folded.reports())) {
            items.add(new InboxItem(group, DANIEL, Collections.emptyList()));
        }
        return items;
    }

    @Test
    public void aLineKeepsItsSelectionWhenADuplicateMergesIntoItAndIsAcceptedOnceForBoth() {
        viewModel.select("mum");
        reports.sendInbox(inbox(new TestReports()
                .report("mum", DANIEL.id, MONDAY, MONDAY, EnumSet.allOf(Session.class), AbsenceCategory.ILLNESS)
                .report("dad", DANIEL.id, MONDAY, MONDAY, EnumSet.of(Session.AM), AbsenceCategory.ILLNESS)));
        assertEquals(2, selected.latest().group.reports.size());

        viewModel.accept(selected.latest(), AttendanceCode.I);

        assertEquals(Arrays.asList("ABSENCE_REPORT_PROCESSED", "ABSENCE_REPORT_PROCESSED"), reports.writes.types());
        assertEquals("mum", reports.writes.written.get(0).refId);
        assertEquals("dad", reports.writes.written.get(1).refId);
    }

    @Test
    public void aDeclineCarriesTheNoteAndARefusalComesBack() {
        viewModel.select("mum");
        viewModel.decline(selected.latest(), "Seen at the shops");
        assertTrue(reports.writes.written.get(0).payload.contains("Seen at the shops"));

        reports.writes.refuseWith("This report was already accepted.");
        InstantLiveData.Values<Once<String>> errors = InstantLiveData.observe(viewModel.errors());
        viewModel.decline(selected.latest(), "again");
        assertEquals("This report was already accepted.", errors.latest().take());
    }

    @Test
    public void aPhotoIsFetchedOncePerTapAndASecondTapWhileItLoadsDoesNothing() {
        photos.put("photo-1", EvidencePhoto.failed(EvidencePhoto.Outcome.OFFLINE, null));
        InstantLiveData.Values<ReportPhoto> photo = InstantLiveData.observe(viewModel.photo());

        viewModel.viewPhoto("photo-1");
        viewModel.viewPhoto("photo-1");
        assertTrue(photo.latest().isLoading());
        assertEquals(1, network.size());

        network.remove(0).run();
        assertEquals(EvidencePhoto.Outcome.OFFLINE, photo.latest().outcome);
        assertTrue("offline: asking again may work", photo.latest().mayRetry());
        viewModel.viewPhoto("photo-1");
        network.remove(0).run();
        assertEquals(Arrays.asList("photo-1", "photo-1"), photos.looked);
    }
}
