package uk.registerly.server.worklists;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.marks.FactType;
import uk.registerly.server.http.IsoTimes;

/** Reads the register facts of the event log as the rules module's {@link AttendanceFact}s. */
public final class RegisterFacts {

    /** A pupil as the worklists show them: the rules' view plus name and class for the office. */
    public record PupilRow(UUID id, String firstName, String lastName, String yearGroup, LocalDate dateOfBirth,
                           UUID classId, String className) {

        Pupil forRules() {
            return new Pupil(id.toString(), yearGroup, dateOfBirth);
        }
    }

    private RegisterFacts() {
    }

    /** {@code onRollOn} null: every pupil, on roll or not (a leaver's own attendance is still asked for). */
    public static List<PupilRow> pupils(Handle h, UUID school, UUID onlyPupil, LocalDate onRollOn) {
        return h.createQuery("""
                        select p.id, p.first_name, p.last_name, p.year_group, p.date_of_birth, p.class_id, c.name as class_name
                        from pupils p left join classes c on c.id = p.class_id
                        where p.school_id = :school and (cast(:pupil as uuid) is null or p.id = :pupil)
                          and (cast(:day as date) is null
                               or (p.on_roll_from is null or p.on_roll_from <= :day)
                                  and (p.on_roll_until is null or p.on_roll_until >= :day))
                        order by p.last_name, p.first_name, p.id""")
                .bind("school", school).bind("pupil", onlyPupil).bind("day", onRollOn)
                .map(ConstructorMapper.of(PupilRow.class))
                .list();
    }

    /** Every register fact of a school (or of one pupil). */
    public static List<AttendanceFact> facts(Handle h, UUID school, UUID onlyPupil) {
        // Two statements rather than "? is null or pupil_id = ?", which a generic plan cannot serve by index.
        return onlyPupil == null ? read(h, FACTS, school) : read(h, FACTS + " and pupil_id = ?", school, onlyPupil);
    }

    /**
     * The facts that can decide a session of {@code day}: that day's marks, reasons, amendments,
     * arrivals and withdrawals (the server accepts a withdrawal only on its arrival's day).
     */
    public static List<AttendanceFact> factsOn(Handle h, UUID school, LocalDate day) {
        return read(h, FACTS + " and " + DAY + " = ?", school, day.toString());
    }

    /** The day a fact is about: its session's date, or when it happened (indexed by V2__events_by_day.sql). */
    private static final String DAY = "coalesce(payload->>'date', left(payload->>'at', 10))";

    // The fields are extracted by PostgreSQL and parsed with the fast ISO path: reading a year of a
    // 1,500-pupil school (600,000 facts) as JSON trees cost several times the rules' evaluation itself.
    private static final String FACTS = """
            select id::text, type, pupil_id::text, payload->>'at', payload->>'date', payload->>'session',
                   payload->>'code', payload->>'reason', payload->>'by', payload->>'arrival'
            from events
            where school_id = ?
              and type in ('REGISTER_MARK', 'ARRIVAL', 'REASON', 'AMENDMENT', 'ARRIVAL_WITHDRAWN')""";

    private static List<AttendanceFact> read(Handle h, String sql, UUID school, Object... more) {
        List<AttendanceFact> facts = new ArrayList<>();
        Map<String, String> pupilIds = new HashMap<>();
        Connection connection = h.getConnection();
        try {
            // In a transaction the driver streams the rows FETCH_ROWS at a time instead of holding all of
            // them at once: a year's facts as raw rows were a large live set for the collector to copy.
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(FETCH_ROWS);
                statement.setObject(1, school);
                for (int i = 0; i < more.length; i++) {
                    statement.setObject(i + 2, more[i]);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        facts.add(toFact(rs, pupilIds));
                    }
                }
            } finally {
                if (autoCommit) {
                    connection.rollback(); // only read, in a transaction of its own
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
        return facts;
    }

    private static final int FETCH_ROWS = 10_000;

    /** {@code pupilIds}: one string per pupil rather than one per fact (a few hundred facts each). */
    private static AttendanceFact toFact(ResultSet rs, Map<String, String> pupilIds) throws SQLException {
        FactType type = FactType.valueOf(rs.getString(2));
        String pupil = pupilIds.computeIfAbsent(rs.getString(3), id -> id);
        AttendanceFact.Builder b = AttendanceFact.builder(type).id(rs.getString(1)).pupil(pupil)
                .at(IsoTimes.localDateTime(rs.getString(4)));
        if (type == FactType.ARRIVAL_WITHDRAWN) {
            b.withdrawnArrival(rs.getString(10)).reason(rs.getString(8));
        } else if (type != FactType.ARRIVAL) {
            b.session(IsoTimes.date(rs.getString(5)), Session.parse(rs.getString(6)))
                    .code(AttendanceCode.parse(rs.getString(7)));
        }
        if (type == FactType.AMENDMENT) {
            b.reason(rs.getString(8)).by(rs.getString(9));
        }
        return b.build();
    }
}
