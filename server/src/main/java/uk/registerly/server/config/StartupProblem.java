package uk.registerly.server.config;

import java.net.BindException;

/**
 * Why the server cannot start, in a form a technician can act on: {@link #getMessage()} is one line that
 * names the problem and the fix ("REGISTERLY_PORT is 'abc' ...: set it to ..."). {@code Main} prints that
 * line alone and exits non-zero; the cause, with its stack trace, goes to the debug log only.
 */
public class StartupProblem extends RuntimeException {

    /** Where a failure's stack trace is: the debug log, which the default log level leaves out. */
    public static final String DEBUG_LOG = "the stack trace is in the debug log: run again with"
            + " java -Dorg.slf4j.simpleLogger.defaultLogLevel=debug -jar registerly-server.jar ...";

    private static final long serialVersionUID = 1L;

    public StartupProblem(String problemAndFix) {
        super(oneLine(problemAndFix));
    }

    public StartupProblem(String problemAndFix, Throwable cause) {
        super(oneLine(problemAndFix), cause);
    }

    /** The first {@code StartupProblem} among {@code failure} and its causes, or null. */
    public static StartupProblem in(Throwable failure) {
        return cause(failure, StartupProblem.class);
    }

    /** The first of {@code failure} and its causes that is a {@code type}, or null. */
    public static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * The one line for any failure to start on {@code port}: a {@code StartupProblem} among its causes, a port
     * that cannot be bound, or else the failure's own message and where its details are.
     */
    public static StartupProblem describe(Throwable failure, int port) {
        StartupProblem problem = in(failure);
        if (problem != null) {
            return problem;
        }
        BindException bind = cause(failure, BindException.class);
        if (bind != null) {
            return HttpPort.unusable(port, bind);
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = oneLine(root.getMessage());
        return new StartupProblem("unexpected " + root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": "
                + message) + " (" + DEBUG_LOG + ")", failure);
    }

    /** {@code text} with line breaks and runs of white space folded into single spaces. */
    public static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
