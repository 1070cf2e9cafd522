package uk.registerly.server.demo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.rules.pupil.PupilCharacteristics;
import uk.registerly.rules.pupil.SenStatus;
import uk.registerly.rules.pupil.Sex;
import uk.registerly.server.accounts.StaffAccounts;
import uk.registerly.server.accounts.Totp;
import uk.registerly.server.auth.Role;
import uk.registerly.server.roster.PupilCharacteristicsStore;
import uk.registerly.server.trusts.Trusts;

/**
 * The demo trust (issue 18): the demo school and two generated schools, each with another of the seed policies
 * (Millbrook's, Basildon Lower's, Wenlock's), and two dashboard accounts: the demo school's head and the
 * trust's director. Their passwords and authenticator keys are fixed and printed (demo mode only: a server
 * without --demo never creates them). Created once and found afterwards.
 */
public final class DemoTrust {

    public static final String TRUST_NAME = "Vale Demo Academy Trust";
    public static final String LEADER_EMAIL = "head@demo-primary.example";
    public static final String LEADER_NAME = "Asha Patel";
    public static final String DIRECTOR_EMAIL = "director@vale-trust.example";
    public static final String DIRECTOR_NAME = "Morgan Ellis";
    public static final String PASSWORD = "demo-dashboard-2026";
    /** The demo accounts' authenticator key (20 bytes): printed, so anyone can compute its codes. */
    public static final byte[] TOTP_SECRET = Arrays.copyOf("registerly-demo-totp".getBytes(StandardCharsets.US_ASCII), 20);

    /** The other two schools: name, preset, year groups. */
    private record Generated(String name, String preset, List<String> yearGroups) {
    }

    private static final List<Generated> GENERATED = List.of(
            new Generated("Basildon Lower Demo Academy", "basildon-lower", List.of("R", "1", "2")),
            new Generated("Wenlock Demo Junior School", "wenlock", List.of("3", "4", "5", "6")));

    /** The trust as made: its schools and the two accounts. */
    public record Made(UUID trustId, List<UUID> schools, UUID leaderAccount, UUID directorAccount) {

        public String describe(String baseUrl) {
            String key = Totp.base32(TOTP_SECRET);
            return "Dashboard: " + baseUrl + "/dashboard (trust " + TRUST_NAME + ", " + schools.size() + " schools)\n"
                    + "  demo head teacher:   " + LEADER_EMAIL + "  password " + PASSWORD + "\n"
                    + "  demo trust director: " + DIRECTOR_EMAIL + "  password " + PASSWORD + "\n"
                    + "  security code: from any authenticator app given the key " + key + "\n"
                    + "    (or: java -jar server/target/registerly-server.jar --totp-code '" + key + "')";
        }
    }

    private DemoTrust() {
    }

    /** Finds the demo trust, or makes it around {@code standard} (the demo school). */
    public static synchronized Made ensure(Jdbi jdbi, DemoSchools schools, DemoSchool standard) {
        Optional<UUID> existing = jdbi.withHandle(h -> Trusts.named(h, TRUST_NAME));
        if (existing.isPresent()) {
            return jdbi.withHandle(h -> new Made(existing.get(),
                    Trusts.schools(h, existing.get()).stream().map(Trusts.TrustSchool::id).toList(),
                    account(h, LEADER_EMAIL), account(h, DIRECTOR_EMAIL)));
        }
        UUID trust = jdbi.inTransaction(h -> Trusts.create(h, TRUST_NAME));
        jdbi.useTransaction(h -> {
            Trusts.addSchool(h, trust, standard.schoolId());
            characteristics(h, standard.schoolId());
        });
        for (Generated g : GENERATED) {
            DemoSchool school = schools.create(new DemoSchoolOptions(g.name(), g.yearGroups(), 1, 25, 30, false));
            jdbi.useTransaction(h -> {
                // Each school keeps its own policy: the generated ones take another seed school's preset.
                h.createUpdate("update schools set policy_preset = :p, setup_version = setup_version + 1 where id = :id")
                        .bind("p", g.preset()).bind("id", school.schoolId()).execute();
                Trusts.addSchool(h, trust, school.schoolId());
                characteristics(h, school.schoolId());
            });
        }
        return jdbi.inTransaction(h -> {
            UUID leader = StaffAccounts.createActive(h, Role.LEADER, standard.schoolId(), LEADER_EMAIL, LEADER_NAME,
                    PASSWORD, TOTP_SECRET);
            UUID director = StaffAccounts.createActive(h, Role.TRUST, trust, DIRECTOR_EMAIL, DIRECTOR_NAME, PASSWORD,
                    TOTP_SECRET);
            return new Made(trust, Trusts.schools(h, trust).stream().map(Trusts.TrustSchool::id).toList(), leader,
                    director);
        });
    }

    /**
     * Characteristics for every pupil of a demo school, as a pupils CSV with them would give (seeded by the
     * pupil's MIS id): about a quarter eligible for FSM, one in eight on SEN support and one in thirty with an
     * EHC plan, a fifth with English as an additional language, a few looked after; one in twenty unrecorded.
     */
    static void characteristics(org.jdbi.v3.core.Handle h, UUID school) {
        List<PupilRow> pupils = h.createQuery("select id, mis_id from pupils where school_id = :s order by mis_id")
                .bind("s", school).map(org.jdbi.v3.core.mapper.reflect.ConstructorMapper.of(PupilRow.class)).list();
        for (PupilRow p : pupils) {
            java.util.Random random = new java.util.Random(p.misId().hashCode() * 7919L + school.hashCode());
            if (random.nextInt(20) == 0) {
                continue; // not recorded: the "unknown" group
            }
            int sen = random.nextInt(30);
            PupilCharacteristicsStore.put(h, school, p.id(), PupilCharacteristics.builder()
                    .sex(random.nextBoolean() ? Sex.FEMALE : Sex.MALE)
                    .fsm(random.nextInt(4) == 0)
                    .sen(sen == 0 ? SenStatus.EHC_PLAN : sen < 5 ? SenStatus.SEN_SUPPORT : SenStatus.NONE)
                    .eal(random.nextInt(5) == 0)
                    .lookedAfter(random.nextInt(60) == 0)
                    .build());
        }
    }

    /** A pupil's id and MIS id. */
    public record PupilRow(UUID id, String misId) {
    }

    private static UUID account(org.jdbi.v3.core.Handle h, String email) {
        return h.createQuery("select id from staff_accounts where email = :e").bind("e", email).mapTo(UUID.class).one();
    }
}
