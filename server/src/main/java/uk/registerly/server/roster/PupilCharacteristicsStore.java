package uk.registerly.server.roster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.registerly.rules.pupil.PupilCharacteristics;
import uk.registerly.rules.pupil.SenStatus;
import uk.registerly.rules.pupil.Sex;
import uk.registerly.rules.pupil.Upn;

/**
 * The pupils' UPNs, sex and characteristics (table pupil_characteristics, V70), read as the rules
 * module's {@link PupilCharacteristics}. This is the one way to read them: exports, the census and
 * the dashboard's groups (issue 18) go through here. Nothing here is ever written to a roster
 * change, so no pull serves it; WithheldFields strips the same names from any PUPIL row a TEACHER,
 * GATE or PARENT device is served, should one ever carry them.
 */
public final class PupilCharacteristicsStore {

    private static final String COLUMNS = "pupil_id, upn, sex, fsm, sen, eal, looked_after, previously_looked_after, "
            + "ethnicity, child_in_need, child_protection_plan, expected_leaving_date";

    private PupilCharacteristicsStore() {
    }

    /** Every pupil of {@code school} the MIS described, by pupil id (pupils without a row: not in the map). */
    public static Map<UUID, PupilCharacteristics> forSchool(Handle h, UUID school) {
        Map<UUID, PupilCharacteristics> all = new HashMap<>();
        h.createQuery("select " + COLUMNS + " from pupil_characteristics where school_id = :school")
                .bind("school", school)
                .map((rs, ctx) -> {
                    all.put(rs.getObject("pupil_id", UUID.class), read(rs));
                    return null;
                })
                .list();
        return all;
    }

    /** One pupil's, or {@link PupilCharacteristics#UNKNOWN}. */
    public static PupilCharacteristics of(Handle h, UUID school, UUID pupil) {
        return h.createQuery("select " + COLUMNS + " from pupil_characteristics where school_id = :school"
                        + " and pupil_id = :pupil")
                .bind("school", school).bind("pupil", pupil)
                .map((rs, ctx) -> read(rs))
                .findOne().orElse(PupilCharacteristics.UNKNOWN);
    }

    /** The MIS id of the pupil of {@code school} other than {@code except} holding {@code upn}. */
    public static Optional<String> holderOf(Handle h, UUID school, Upn upn, UUID except) {
        return h.createQuery("""
                        select p.mis_id from pupil_characteristics c join pupils p on p.id = c.pupil_id
                        where c.school_id = :school and c.upn = :upn and c.pupil_id <> :except""")
                .bind("school", school).bind("upn", upn.value()).bind("except", except)
                .mapTo(String.class).findOne();
    }

    /** Stores {@code c} as the pupil's; tells whether anything changed. */
    public static boolean put(Handle h, UUID school, UUID pupil, PupilCharacteristics c) {
        if (c.equals(of(h, school, pupil))) {
            return false;
        }
        h.createUpdate("insert into pupil_characteristics (school_id, " + COLUMNS + ") values (:school, :pupil, :upn,"
                        + " :sex, :fsm, :sen, :eal, :lookedAfter, :previouslyLookedAfter, :ethnicity, :childInNeed,"
                        + " :childProtectionPlan, :expectedLeavingDate)"
                        + " on conflict (school_id, pupil_id) do update set upn = excluded.upn, sex = excluded.sex,"
                        + " fsm = excluded.fsm, sen = excluded.sen, eal = excluded.eal,"
                        + " looked_after = excluded.looked_after,"
                        + " previously_looked_after = excluded.previously_looked_after,"
                        + " ethnicity = excluded.ethnicity, child_in_need = excluded.child_in_need,"
                        + " child_protection_plan = excluded.child_protection_plan,"
                        + " expected_leaving_date = excluded.expected_leaving_date")
                .bind("school", school).bind("pupil", pupil)
                .bind("upn", c.upn() == null ? null : c.upn().value())
                .bind("sex", c.sex() == null ? null : c.sex().code())
                .bind("fsm", c.fsm())
                .bind("sen", c.sen() == null ? null : c.sen().code())
                .bind("eal", c.eal())
                .bind("lookedAfter", c.lookedAfter())
                .bind("previouslyLookedAfter", c.previouslyLookedAfter())
                .bind("ethnicity", c.ethnicity())
                .bind("childInNeed", c.childInNeed())
                .bind("childProtectionPlan", c.childProtectionPlan())
                .bind("expectedLeavingDate", c.expectedLeavingDate())
                .execute();
        return true;
    }

    private static PupilCharacteristics read(ResultSet rs) throws SQLException {
        String upn = rs.getString("upn");
        String sen = rs.getString("sen");
        return PupilCharacteristics.builder()
                .upn(upn == null ? null : Upn.parse(upn))
                .sex(rs.getString("sex") == null ? null : Sex.parse(rs.getString("sex")))
                .fsm(bool(rs, "fsm"))
                .sen(sen == null ? null : SenStatus.parse(sen))
                .eal(bool(rs, "eal"))
                .lookedAfter(bool(rs, "looked_after"))
                .previouslyLookedAfter(bool(rs, "previously_looked_after"))
                .ethnicity(rs.getString("ethnicity"))
                .childInNeed(bool(rs, "child_in_need"))
                .childProtectionPlan(bool(rs, "child_protection_plan"))
                .expectedLeavingDate(rs.getObject("expected_leaving_date", LocalDate.class))
                .build();
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
