package uk.registerly.app.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

import uk.registerly.app.security.StaffPins.Outcome.Kind;
import uk.registerly.app.testing.InMemorySecretStore;

/**
 * A staff PIN is kept only as a slow salted hash, sealed in the secret store; wrong tries back off
 * from the fifth and block at the tenth until the office resets the PIN (issue 13, section 2).
 */
public class StaffPinsTest {
    private static final String ALICE = "a48f0000-0000-4000-8000-000000000002";
    private static final String BEN = "be200000-0000-4000-8000-000000000005";
    private static final long T0 = 1_800_000_000_000L;

    private final InMemorySecretStore secrets = new InMemorySecretStore();
    private final DeviceIdentityStore identities = new DeviceIdentityStore(secrets);
    private final StaffPins pins = new StaffPins(secrets, identities);

    @org.junit.Before
    public void enrolled() {
        identities.save(uk.registerly.app.testing.TestDataLayer.identity(DeviceIdentity.Role.TEACHER,
                "https://registerly.test/"), "token");
    }

    @Test
    public void aPinIsStoredOnlyAsASaltedPbkdf2HashOfAtLeast120000Iterations() {
        pins.set(ALICE, "246810".toCharArray());
        pins.set(BEN, "246810".toCharArray());

        String alice = secrets.get(pins.keyOf(ALICE));
        String ben = secrets.get(pins.keyOf(BEN));
        assertFalse("the PIN itself is never stored", alice.contains("246810"));
        assertNotEquals("each PIN has its own salt, so the same PIN hashes differently", alice, ben);
        assertTrue(pins.iterationsOf(ALICE) >= PinHasher.MIN_ITERATIONS);
        assertEquals(PinHasher.ITERATIONS, pins.iterationsOf(ALICE));
        assertEquals(Kind.UNLOCKED, pins.check(ALICE, "246810".toCharArray(), T0).kind);
        assertEquals(Kind.WRONG, pins.check(BEN, "246811".toCharArray(), T0).kind);
    }

    @Test
    public void onlySixDigitsAreAPinAndFewerIterationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> pins.set(ALICE, "12345".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> pins.set(ALICE, "12345a".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> new StaffPins(secrets, identities, 10_000));
        assertEquals(Kind.NO_PIN, pins.state(ALICE, T0).kind);
    }

    @Test
    public void fourWrongTriesAreFreeThenEachWaitIsLongerAndTheRightPinWaitsToo() {
        pins.set(ALICE, "135790".toCharArray());
        for (int i = 1; i <= 4; i++) {
            StaffPins.Outcome wrong = pins.check(ALICE, "000000".toCharArray(), T0);
            assertEquals(Kind.WRONG, wrong.kind);
            assertEquals(10 - i, wrong.triesLeft());
        }
        StaffPins.Outcome fifth = pins.check(ALICE, "000000".toCharArray(), T0);
        assertEquals(Kind.WAIT, fifth.kind);
        assertEquals(T0 + 30_000, fifth.waitUntilMillis);
        assertEquals("the right PIN is not even checked while waiting", Kind.WAIT,
                pins.check(ALICE, "135790".toCharArray(), T0 + 29_000).kind);

        StaffPins.Outcome sixth = pins.check(ALICE, "000000".toCharArray(), T0 + 30_000);
        assertEquals(T0 + 30_000 + 60_000, sixth.waitUntilMillis);
        StaffPins.Outcome seventh = pins.check(ALICE, "000000".toCharArray(), T0 + 90_000);
        assertEquals("the wait doubles", T0 + 90_000 + 120_000, seventh.waitUntilMillis);

        assertEquals(Kind.UNLOCKED, pins.check(ALICE, "135790".toCharArray(), T0 + 210_000).kind);
        assertEquals("a right PIN clears the count", Kind.WRONG, pins.check(ALICE, "000000".toCharArray(),
                T0 + 210_000).kind);
    }

    @Test
    public void theTenthWrongTryBlocksThePinUntilTheOfficeResetsIt() {
        pins.set(ALICE, "135790".toCharArray());
        long now = T0;
        StaffPins.Outcome last = null;
        for (int i = 0; i < PinAttempts.BLOCKED_AT; i++) {
            last = pins.check(ALICE, "999999".toCharArray(), now);
            now += PinAttempts.waitAfter(i + 1) + 1;
        }
        assertEquals(Kind.BLOCKED, last.kind);
        assertEquals("blocked: not even the right PIN, however long one waits", Kind.BLOCKED,
                pins.check(ALICE, "135790".toCharArray(), now + 86_400_000L).kind);

        pins.reset(ALICE);
        assertEquals(Kind.NO_PIN, pins.state(ALICE, now).kind);
        pins.set(ALICE, "864200".toCharArray());
        assertEquals(Kind.UNLOCKED, pins.check(ALICE, "864200".toCharArray(), now).kind);
    }

    @Test
    public void reEnrollingTheTabletStartsEveryPinAfresh() {
        pins.set(ALICE, "135790".toCharArray());
        identities.save(new DeviceIdentity("https://registerly.test/", false, DeviceIdentity.Role.TEACHER,
                "de71ce00-0000-4000-8000-0000000000ff", null, null, ALICE, "Alice Patel, Class Teacher",
                java.util.Collections.<String, String>emptyMap()), "new-token");
        assertEquals(Kind.NO_PIN, pins.state(ALICE, T0).kind);
    }

    @Test
    public void theWaitsAre30SecondsThenDoubleUpToTheBlock() {
        assertEquals(0, PinAttempts.waitAfter(4));
        assertEquals(30_000, PinAttempts.waitAfter(5));
        assertEquals(60_000, PinAttempts.waitAfter(6));
        assertEquals(480_000, PinAttempts.waitAfter(9));
        assertTrue(PinAttempts.blocked(10));
        assertFalse(PinAttempts.blocked(9));
    }
}
