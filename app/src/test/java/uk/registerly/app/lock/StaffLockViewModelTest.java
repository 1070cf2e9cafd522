package uk.registerly.app.lock;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import uk.registerly.app.lock.StaffLockUiState.Problem;
import uk.registerly.app.lock.StaffLockUiState.Step;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.security.DeviceIdentityStore;
import uk.registerly.app.security.StaffPins;
import uk.registerly.app.security.StaffSession;
import uk.registerly.app.testing.InMemorySecretStore;
import uk.registerly.app.testing.InstantLiveData;
import uk.registerly.app.testing.TestDataLayer;
import uk.registerly.app.testing.TestDataLayer.MutableClock;
import uk.registerly.app.testing.TestStaffRepository;

/** The lock screen's steps on the plain JVM: choose, set a PIN twice, unlock, wrong tries, the block. */
public class StaffLockViewModelTest {
    @Rule
    public final InstantLiveData liveData = new InstantLiveData();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-09-07T07:42:00Z"));
    private final InMemorySecretStore secrets = new InMemorySecretStore();
    private final DeviceIdentityStore identities = new DeviceIdentityStore(secrets);
    private final StaffPins pins = new StaffPins(secrets, identities);
    private final StaffSession session = new StaffSession();
    private StaffLockViewModel viewModel;
    private InstantLiveData.Values<StaffLockUiState> state;

    @Before
    public void setUp() {
        identities.save(TestDataLayer.identity(DeviceIdentity.Role.TEACHER, "https://registerly.test/"), "token");
        TestStaffRepository staff = new TestStaffRepository().send(TestStaffRepository.BEN,
                TestStaffRepository.RITA, TestStaffRepository.ALICE);
        viewModel = new StaffLockViewModel(staff, pins, session, identities, clock, Runnable::run);
        state = InstantLiveData.observe(viewModel.uiState());
    }

    @Test
    public void listsTheSchoolsStaffWithTheTabletsOwnTeacherFirstAndNobodyChosen() {
        assertEquals(Step.CHOOSE, state.latest().step);
        assertEquals("Registerly Test Primary", state.latest().schoolName);
        assertEquals(TestStaffRepository.ALICE, state.latest().staff.get(0));
        assertEquals(3, state.latest().staff.size());
        assertNull(state.latest().chosen);
    }

    @Test
    public void theFirstTimeAPersonChoosesAPinTwiceAndIsSignedIn() {
        viewModel.choose(TestStaffRepository.BEN);
        assertEquals(Step.SET, state.latest().step);

        viewModel.submit("12345");
        assertEquals(Problem.NOT_SIX_DIGITS, state.latest().problem);
        viewModel.submit("482916");
        assertEquals(Step.CONFIRM, state.latest().step);
        viewModel.submit("482917");
        assertEquals("two different PINs: choose again", Step.SET, state.latest().step);
        assertEquals(Problem.DIFFERENT, state.latest().problem);
        assertNull(session.current());

        viewModel.submit("482916");
        viewModel.submit("482916");
        assertEquals(Step.UNLOCKED, state.latest().step);
        assertEquals(TestStaffRepository.BEN.id, session.current().staffId);
        assertEquals("Ben Okoro, Teaching Assistant", session.current().signature());
        assertTrue(pins.hasPin(TestStaffRepository.BEN.id));
    }

    @Test
    public void aWrongPinSaysHowManyTriesAreLeftAndTheFifthStartsAWait() {
        pins.set(TestStaffRepository.ALICE.id, "111222".toCharArray());
        viewModel.choose(TestStaffRepository.ALICE);
        assertEquals(Step.ENTER, state.latest().step);
        for (int i = 0; i < 4; i++) {
            viewModel.submit("999999");
        }
        assertEquals(Step.ENTER, state.latest().step);
        assertEquals(Problem.WRONG, state.latest().problem);
        assertEquals(6, state.latest().triesLeft);

        viewModel.submit("999999");
        assertEquals(Step.WAIT, state.latest().step);
        assertEquals(30, state.latest().waitSeconds);
        viewModel.submit("111222");
        assertNull("no PIN is taken while waiting", session.current());

        clock.advanceSeconds(31);
        viewModel.tick();
        assertEquals(Step.ENTER, state.latest().step);
        viewModel.submit("111222");
        assertEquals(Step.UNLOCKED, state.latest().step);
        assertEquals(TestStaffRepository.ALICE.id, session.current().staffId);
    }

    @Test
    public void aBlockedPinSendsThePersonToTheOffice() {
        pins.set(TestStaffRepository.RITA.id, "111222".toCharArray());
        long now = clock.millis();
        for (int i = 0; i < 10; i++) {
            pins.check(TestStaffRepository.RITA.id, "000000".toCharArray(), now);
            now += 600_000;
        }
        clock.set(Instant.ofEpochMilli(now));
        viewModel.choose(TestStaffRepository.RITA);
        assertEquals(Step.BLOCKED, state.latest().step);
        viewModel.submit("111222");
        assertNull(session.current());

        viewModel.chooseSomeoneElse();
        assertEquals(Step.CHOOSE, state.latest().step);
    }
}
