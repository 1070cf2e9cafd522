package uk.registerly.server.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ErrorResponsesTest {

    @Test
    void loggedFailuresKeepClassesAndStatesButNoMessages() {
        SQLException database = new SQLException("Failing row contains (Amara, Okafor, 2018-02-14)", "23514");
        String logged = ErrorResponses.redacted(new IllegalStateException("insert of Amara failed", database));
        assertTrue(logged.contains("java.lang.IllegalStateException"));
        assertTrue(logged.contains("java.sql.SQLException [SQLState 23514]"));
        assertTrue(logged.contains("at uk.registerly.server.http.ErrorResponsesTest"));
        assertFalse(logged.contains("Amara"), logged);
    }
}
