package uk.registerly.server.config;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Whether the server can listen on its port, asked before the database is opened: a port in use is then
 * one line and a quick exit, not a migrated database and the HTTP library's stack trace.
 */
public final class HttpPort {

    private HttpPort() {
    }

    /** @throws StartupProblem when {@code port} (not 0) cannot be bound on every interface, as Jetty binds it */
    public static void requireFree(int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // as Jetty does: a port in TIME_WAIT is free
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw unusable(port, e);
        }
    }

    /** The one line for a failure to listen on {@code port}. */
    public static StartupProblem unusable(int port, Throwable cause) {
        String reason = cause.getMessage() == null ? "" : cause.getMessage();
        if (reason.contains("ermission denied")) {
            return new StartupProblem("port " + port + " needs administrator rights (ports below 1024): set"
                    + " REGISTERLY_PORT to 1024 or above (e.g. 8080) and forward to it", cause);
        }
        if (cause instanceof BindException) {
            return new StartupProblem("port " + port + " is already in use by another program: stop it, or set"
                    + " REGISTERLY_PORT to a free port (0 picks any free port)", cause);
        }
        return new StartupProblem("cannot listen on port " + port + " (" + StartupProblem.oneLine(reason) + "): set"
                + " REGISTERLY_PORT to another port", cause);
    }
}
