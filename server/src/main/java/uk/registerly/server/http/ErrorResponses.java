package uk.registerly.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error is a JSON body {"error": code, "message": text, "serverTime": instant, ...}. Unexpected
 * failures are logged with their stack trace but answered without internals.
 */
public final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    public static void install(RoutesConfig routes, Clock clock) {
        routes.exception(ApiException.class, (e, ctx) ->
                write(ctx, clock, e.status(), e.code(), e.getMessage(), e.details()));
        routes.exception(ValidationException.class, (e, ctx) -> {
            ApiException refusal = ValidationErrors.refusal(e, ctx);
            write(ctx, clock, refusal.status(), refusal.code(), refusal.getMessage(), null);
        });
        routes.exception(HttpResponseException.class, (e, ctx) ->
                write(ctx, clock, e.getStatus(), ErrorCode.forStatus(e.getStatus()), message(e), null));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected failure on {} {}: {}", ctx.method(), ctx.path(), redacted(e));
            write(ctx, clock, 500, ErrorCode.INTERNAL_ERROR, "the server failed; nothing was written, retry later", null);
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                write(ctx, clock, 404, ErrorCode.NOT_FOUND, "no endpoint " + ctx.method() + " " + ctx.path(), null);
            }
        });
        routes.error(405, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                write(ctx, clock, 405, ErrorCode.METHOD_NOT_ALLOWED, ctx.method() + " is not allowed on " + ctx.path(), null);
            }
        });
    }

    /**
     * The failure without its messages: a database error's message can quote the row it refused (a
     * pupil's name) and JDBI's quotes the bound arguments. Exception classes, SQL states and the
     * first stack frames are enough to find the fault.
     */
    static String redacted(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append(t == failure ? "" : " <- caused by ").append(t.getClass().getName());
            if (t instanceof java.sql.SQLException sql) {
                text.append(" [SQLState ").append(sql.getSQLState()).append(']');
            }
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(6, frames.length); i++) {
                text.append("\n\tat ").append(frames[i]);
            }
        }
        return text.toString();
    }

    private static String message(HttpResponseException e) {
        if (e.getStatus() == 413) {
            return "the request body is too large";
        }
        if (e.getStatus() == 404) {
            return "not found";
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? "request refused" : e.getMessage();
    }

    private static void write(Context ctx, Clock clock, int status, ErrorCode code, String message,
                              ErrorDetails details) {
        ctx.status(status).json(new ErrorBody(code.wire(), message, clock.instant(), details));
    }
}
