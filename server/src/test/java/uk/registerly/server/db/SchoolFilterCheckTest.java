package uk.registerly.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.registerly.server.RegisterlyServer;
import uk.registerly.server.testing.TestServers;

/** The statement check that every server test runs under: what it refuses, what it lets through. */
class SchoolFilterCheckTest {

    private static final Set<String> OWNED = Set.of("pupils", "events", "guardians");

    private static String offence(String sql) {
        return SchoolFilterCheck.offence(SchoolFilterCheck.normalise(sql), OWNED);
    }

    @Test
    void aQueryOnASchoolOwnedTableWithoutASchoolFilterIsRefused() {
        assertNotNull(offence("select id, name from pupils where year_group = :y"));
        assertNotNull(offence("select e.id from events e where e.type = :t order by e.position"));
        assertNotNull(offence("update pupils set name = :n where mis_id = :m"));
        // Naming the column is not filtering by it.
        assertNotNull(offence("select school_id, id from pupils where mis_id = :m"));
        assertNotNull(offence("insert into events (id, pupil_id) values (:id, :p)"));
    }

    @Test
    void aSchoolFilterAJoinOnTheSchoolAnInsertOfItOrATableNoSchoolOwnsPasses() {
        assertNull(offence("select id from pupils where school_id = :school and mis_id = :m"));
        assertNull(offence("select e.id from events e join pupils p on p.id = e.pupil_id and p.school_id = e.school_id "
                + "where e.school_id = any(:s)"));
        assertNull(offence("insert into events (id, school_id, pupil_id) values (:id, :s, :p)"));
        assertNull(offence("select id, setup_version from schools where id = any(:ids)"));
        // A string that looks like SQL is not the statement.
        assertNull(offence("select 'from pupils' as x from schools where id = :id"));
    }

    @Test
    void theDocumentedExceptionsAreTheOnlyWayRound() {
        assertNull(offence("select school_id from pupils where id = :id"), "the pupil -> school lookup");
        assertNotNull(offence("select school_id from pupils where upn = :u"), "another lookup is not an exception");
        assertNull(offence("select id, type from events where id = any(:ids)"), "by ids unique across schools, until re-keyed");
        SchoolFilterCheck.EXCEPTIONS.forEach(e -> assertTrue(e.why().length() > 20, "each exception says why: " + e));
    }

    @Test
    void everyServerDatabaseRunsItsStatementsThroughTheCheck() {
        try (RegisterlyServer server = RegisterlyServer.start(TestServers.config().build())) {
            assertEquals(SchoolFilterCheck.class, server.database().jdbi().getConfig(
                    org.jdbi.v3.core.statement.SqlStatements.class).getSqlLogger().getClass());
        }
    }
}
