package uk.registerly.app.casework;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;

import uk.registerly.app.data.casework.CaseworkLine;
import uk.registerly.app.data.casework.CaseworkResult;
import uk.registerly.app.testing.InstantLiveData;
import uk.registerly.app.testing.TestCaseworkRepository;

/**
 * The office's casework worklist on the plain JVM: the server's due-now list shown as it came, offline said so,
 * a letter written once per case action id even when the first answer was lost, and the list refreshed after it.
 */
public class CaseworkViewModelTest {
    @Rule
    public final InstantLiveData liveData = new InstantLiveData();

    private final TestCaseworkRepository casework = new TestCaseworkRepository();

    private static CaseworkLine line(String pupil, String stage, boolean letter) {
        return new CaseworkLine(pupil, "Sam Demo", "Year 3 Oak", "87.5", stage, "Formal letter", "ESCALATION",
                "No improvement since stage 2", LocalDate.of(2026, 11, 18), List.of("Letter", "Phone call"), letter);
    }

    @Test
    public void theDueNowWorklistIsShownInTheServersOrder() {
        CaseworkLine first = line("p1", "STAGE_5", false);
        CaseworkLine second = line("p2", "STAGE_3", true);
        casework.worklist = CaseworkResult.ok(new CaseworkResult.Worklist("2026-11-18", List.of(first, second)));

        CaseworkViewModel viewModel = new CaseworkViewModel(casework, Runnable::run);

        CaseworkUiState state = viewModel.state().getValue();
        assertEquals(CaseworkUiState.Status.SHOWN, state.status);
        assertEquals(List.of("p1", "p2"), List.of(state.lines.get(0).pupilId, state.lines.get(1).pupilId));
        assertEquals("2026-11-18", state.asOf);
    }

    @Test
    public void offlineTheScreenSaysSoAndKeepsTheListItHad() {
        casework.worklist = CaseworkResult.ok(new CaseworkResult.Worklist("2026-11-18", List.of(line("p1", "STAGE_3", true))));
        CaseworkViewModel viewModel = new CaseworkViewModel(casework, Runnable::run);
        casework.worklist = CaseworkResult.offline();

        viewModel.refresh();

        CaseworkUiState state = viewModel.state().getValue();
        assertEquals(CaseworkUiState.Status.OFFLINE, state.status);
        assertEquals(1, state.lines.size());
        assertEquals(2, casework.worklistsAsked);
    }

    @Test
    public void aRefusalCarriesTheServersMessage() {
        casework.worklist = CaseworkResult.refused("only the school office may see casework");
        CaseworkViewModel viewModel = new CaseworkViewModel(casework, Runnable::run);
        assertEquals(CaseworkUiState.Status.REFUSED, viewModel.state().getValue().status);
        assertEquals("only the school office may see casework", viewModel.state().getValue().message);
    }

    @Test
    public void aLetterRetriedAfterALostAnswerKeepsItsCaseActionIdSoTheServerWritesItOnce() {
        CaseworkLine due = line("p2", "STAGE_3", true);
        casework.worklist = CaseworkResult.ok(new CaseworkResult.Worklist("2026-11-18", List.of(due)));
        CaseworkViewModel viewModel = new CaseworkViewModel(casework, Runnable::run);
        List<CaseworkUiState> seen = new ArrayList<>();
        viewModel.state().observeForever(seen::add);

        casework.letter = CaseworkResult.offline();
        viewModel.writeLetter(due);
        assertEquals(CaseworkResult.Outcome.OFFLINE, viewModel.state().getValue().letter.outcome);
        assertTrue("the screen said it was writing", seen.stream().anyMatch(CaseworkUiState::isWriting));

        casework.letter = CaseworkResult.ok(new CaseworkResult.Letter("l1", "Sam Demo", "pl", new File("letter-l1.pdf")));
        casework.worklist = CaseworkResult.ok(new CaseworkResult.Worklist("2026-11-18", List.of()));
        viewModel.writeLetter(due);

        assertEquals(2, casework.lettersAsked.size());
        assertEquals("the retry is a replay of the same case action", casework.lettersAsked.get(0),
                casework.lettersAsked.get(1));
        CaseworkUiState state = viewModel.state().getValue();
        assertFalse(state.isWriting());
        assertEquals("l1", state.letter.value.letterId);
        assertTrue("the list was fetched again: the stage is no longer due", state.lines.isEmpty());

        viewModel.writeLetter(due);
        assertNotEquals("a letter after an answered one is a new case action", casework.lettersAsked.get(1),
                casework.lettersAsked.get(2));
    }

    @Test
    public void aStageWithoutALetterAsksTheServerForNone() {
        CaseworkLine call = line("p1", "STAGE_1", false);
        casework.worklist = CaseworkResult.ok(new CaseworkResult.Worklist("2026-11-18", List.of(call)));
        CaseworkViewModel viewModel = new CaseworkViewModel(casework, Runnable::run);
        viewModel.writeLetter(call);
        assertTrue(casework.lettersAsked.isEmpty());
        assertFalse(viewModel.state().getValue().isWriting());
    }
}
