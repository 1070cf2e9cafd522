package uk.registerly.server.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import uk.registerly.server.RegisterlyServer;

/**
 * A test class that talks to one server (demo mode, fixed clock, shared embedded PostgreSQL) started
 * for the class and stopped after it. Each test makes its own school, so tests never share data.
 */
public abstract class ServerTest {

    protected static RegisterlyServer server;
    protected static ApiClient api;

    @BeforeAll
    static void startServer() {
        server = TestServers.start();
        api = new ApiClient(server.baseUrl());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }
}
