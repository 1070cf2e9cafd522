package uk.registerly.app.office;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;

import uk.registerly.app.data.exports.ExportRequest;
import uk.registerly.app.data.exports.ExportResult;
import uk.registerly.app.testing.InstantLiveData;
import uk.registerly.app.testing.TestExportsRepository;

/** The office's Exports on the plain JVM: the term offered first, what is asked for, progress, the answer. */
public class ExportsViewModelTest {
    private static final Clock NOVEMBER = Clock.fixed(Instant.parse("2026-11-18T10:30:00Z"), ZoneOffset.UTC);

    @Rule
    public final InstantLiveData liveData = new InstantLiveData();

    private final TestExportsRepository exports = new TestExportsRepository();
    private final uk.registerly.app.testing.TestRosterRepository roster =
            new uk.registerly.app.testing.TestRosterRepository();

    @Test
    public void theTermOfferedFirstIsTheLastTheCensusCollects() {
        assertEquals(ExportRequest.Term.AUTUMN, ExportsViewModel.defaultTerm(LocalDate.of(2026, 11, 18)));
        assertEquals(ExportRequest.Term.SPRING, ExportsViewModel.defaultTerm(LocalDate.of(2027, 4, 20)));
        assertEquals(ExportRequest.Term.SUMMER1, ExportsViewModel.defaultTerm(LocalDate.of(2027, 6, 2)));
        assertEquals(ExportRequest.Term.SUMMER2, ExportsViewModel.defaultTerm(LocalDate.of(2027, 7, 20)));
        ExportsViewModel viewModel = new ExportsViewModel(exports, roster, Runnable::run, NOVEMBER);
        ExportsUiState state = viewModel.state().getValue();
        assertEquals(ExportRequest.Term.AUTUMN, state.term);
        assertEquals(2026, state.year);
        assertFalse(state.isWorking());
        assertNull(state.last);
    }

    @Test
    public void theCensusIsAskedForTheChosenTermAndYearAndItsProgressShown() {
        ExportsViewModel viewModel = new ExportsViewModel(exports, roster, Runnable::run, NOVEMBER);
        List<ExportsUiState> seen = new ArrayList<>();
        viewModel.state().observeForever(seen::add);
        viewModel.chooseTerm(ExportRequest.Term.SUMMER2);
        viewModel.moveYear(-1);
        exports.chunks = new long[] {16_384, 40_000};
        exports.answer = ExportResult.saved(new File("census.csv"), "census-attendance-summer2-2025.csv", 40_000);
        viewModel.downloadCensus();

        ExportRequest asked = exports.requests.get(0);
        assertEquals(ExportRequest.Kind.CENSUS, asked.kind);
        assertEquals(ExportRequest.Term.SUMMER2, asked.term);
        assertEquals(2025, asked.year);
        List<Long> progress = new ArrayList<>();
        for (ExportsUiState s : seen) {
            if (s.isWorking()) {
                progress.add(s.bytesReceived);
            }
        }
        assertEquals(List.of(0L, 16_384L, 40_000L), progress);
        ExportsUiState done = viewModel.state().getValue();
        assertFalse(done.isWorking());
        assertEquals("census-attendance-summer2-2025.csv", done.last.fileName);
        assertEquals(ExportRequest.Term.SUMMER2, done.term);
    }

    @Test
    public void oneFileAtATimeAndAFailureIsKeptToExplain() {
        List<Runnable> queued = new ArrayList<>();
        ExportsViewModel viewModel = new ExportsViewModel(exports, roster, queued::add, NOVEMBER);
        viewModel.downloadLeaversCtf();
        viewModel.downloadCensus();
        assertEquals("the second tap waits for the first file", 1, queued.size());
        assertTrue(viewModel.state().getValue().isWorking());
        assertEquals(ExportRequest.Kind.CTF_LEAVERS, viewModel.state().getValue().working);
        exports.answer = ExportResult.failed(ExportResult.Outcome.REFUSED, "no pupil leaves this school year");
        queued.get(0).run();
        ExportsUiState done = viewModel.state().getValue();
        assertFalse(done.isWorking());
        assertEquals(ExportResult.Outcome.REFUSED, done.last.outcome);
        assertEquals("no pupil leaves this school year", done.last.message);
        viewModel.moveYear(200);
        assertEquals("kept within the server's years", 2100, viewModel.state().getValue().year);
    }

    @Test
    public void onePupilsCtfIsAskedForThatPupil() {
        ExportsViewModel viewModel = new ExportsViewModel(exports, roster, Runnable::run, NOVEMBER);
        exports.answer = ExportResult.saved(new File("p.xml"), "999200_CTF_MMMMMMM_001.XML", 2_000);
        viewModel.downloadPupilCtf(uk.registerly.app.testing.TestSchool.DANIEL);
        ExportRequest asked = exports.requests.get(0);
        assertEquals(ExportRequest.Kind.CTF_PUPIL, asked.kind);
        assertEquals(uk.registerly.app.testing.TestSchool.DANIEL, asked.pupilId);
        assertEquals("999200_CTF_MMMMMMM_001.XML", viewModel.state().getValue().last.fileName);
    }
}
