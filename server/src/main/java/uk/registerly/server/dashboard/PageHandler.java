package uk.registerly.server.dashboard;

import io.javalin.http.Context;
import uk.registerly.server.auth.StaffPrincipal;

/** A dashboard page's handler, given the signed-in account (null on public pages). */
interface PageHandler {
    void handle(Context ctx, StaffPrincipal staff) throws Exception;
}
