package uk.registerly.android.build;

import java.util.concurrent.atomic.AtomicInteger;

import com.android.tools.r8.Diagnostic;
import com.android.tools.r8.DiagnosticsHandler;
import org.apache.maven.plugin.logging.Log;

/**
 * D8's and R8's messages in Maven's log. Libraries refer to optional classes they never load here
 * (e.g. OkHttp to Conscrypt), which the tools report once per class: show a few and a count
 * instead of hundreds of lines. Errors are all shown: they fail the build.
 */
final class QuietDiagnostics implements DiagnosticsHandler {
    private static final int SHOWN = 3;
    private final String tool;
    private final Log log;
    private final AtomicInteger warnings = new AtomicInteger();

    QuietDiagnostics(String tool, Log log) {
        this.tool = tool;
        this.log = log;
    }

    @Override
    public void error(Diagnostic diagnostic) {
        log.error(tool + ": " + diagnostic.getDiagnosticMessage() + " (" + diagnostic.getOrigin() + ")");
    }

    @Override
    public void warning(Diagnostic diagnostic) {
        if (warnings.incrementAndGet() <= SHOWN) {
            log.warn(tool + ": " + diagnostic.getDiagnosticMessage());
        } else {
            log.debug(tool + ": " + diagnostic.getDiagnosticMessage());
        }
    }

    @Override
    public void info(Diagnostic diagnostic) {
        log.debug(tool + ": " + diagnostic.getDiagnosticMessage());
    }

    void summarise() {
        if (warnings.get() > SHOWN) {
            log.warn(tool + ": " + (warnings.get() - SHOWN) + " more warnings (run with -X to see them)");
        }
    }
}
