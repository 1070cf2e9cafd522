package uk.registerly.server.auth;

import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ErrorCode;

/**
 * Turns "Authorization: Bearer TOKEN" into a {@link Principal}, looking the token's hash up on every
 * request: the app servers keep no session state, and a revoked token fails on the next request.
 */
public final class Authenticator {

    private static final String ATTRIBUTE = "registerly.principal";

    private final Jdbi jdbi;
    private final DataSource dataSource;
    private final Function<String, Optional<StaffPrincipal>> staffSessions;

    public Authenticator(Jdbi jdbi, DataSource dataSource) {
        this(jdbi, dataSource, token -> Optional.empty());
    }

    /** @param staffSessions a staff account's signed-in session by its token (issue 18's dashboard accounts) */
    public Authenticator(Jdbi jdbi, DataSource dataSource, Function<String, Optional<StaffPrincipal>> staffSessions) {
        this.jdbi = jdbi;
        this.dataSource = dataSource;
        this.staffSessions = staffSessions;
    }

    public Principal authenticate(Context ctx) {
        Principal cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) {
            return cached;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            throw ApiException.unauthorized("send the device or parent token as 'Authorization: Bearer TOKEN'");
        }
        String token = header.substring(7).trim();
        Principal principal;
        if (token.startsWith(Secrets.DEVICE_TOKEN_PREFIX)) {
            principal = device(token).orElseThrow(Authenticator::unknownToken);
        } else if (token.startsWith(Secrets.PARENT_TOKEN_PREFIX)) {
            principal = parent(token).orElseThrow(Authenticator::unknownToken);
        } else if (token.startsWith(Secrets.STAFF_TOKEN_PREFIX)) {
            principal = staffSessions.apply(token).orElseThrow(() -> ApiException.unauthorized(
                    "this staff session is unknown, ended or expired; sign in again"));
        } else {
            throw unknownToken();
        }
        ctx.attribute(ATTRIBUTE, principal);
        return principal;
    }

    /** The caller {@link AccessCheck} authenticated for this request. */
    public static Principal principal(Context ctx) {
        Principal principal = ctx.attribute(ATTRIBUTE);
        if (principal == null) {
            throw new IllegalStateException("no caller: the route is public, or the access check did not run");
        }
        return principal;
    }

    /** The calling device, on a route whose access admits only devices. */
    public static DevicePrincipal device(Context ctx) {
        return (DevicePrincipal) principal(ctx);
    }

    /** The calling parent, on a route whose access admits only parents. */
    public static ParentPrincipal parent(Context ctx) {
        return (ParentPrincipal) principal(ctx);
    }

    private static final String DEVICE_BY_TOKEN = """
            select d.id, d.school_id, d.role, d.staff_id, d.revoked, s.name, s.position, sc.setup_version
            from devices d join schools sc on sc.id = d.school_id left join staff s on s.id = d.staff_id
            where d.token_hash = ?""";

    /** Plain JDBC: this runs on every device request, where opening a JDBI handle costs more than the query. */
    private Optional<Principal> device(String token) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(DEVICE_BY_TOKEN)) {
            statement.setBytes(1, Secrets.hashToken(token));
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                if (rs.getBoolean("revoked")) {
                    throw new ApiException(ErrorCode.DEVICE_REVOKED, "this device's token was revoked; enrol the device again");
                }
                return Optional.of(new DevicePrincipal(rs.getObject("id", UUID.class),
                        rs.getObject("school_id", UUID.class), Role.valueOf(rs.getString("role")),
                        rs.getObject("staff_id", UUID.class), rs.getString("name"), rs.getString("position"),
                        rs.getInt("setup_version")));
            }
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    /** A parent account as stored. */
    public record ParentAccount(UUID id, boolean revoked) {
    }

    /** A child linked to a parent account, and the child's school. */
    public record LinkedChild(UUID id, UUID schoolId) {
    }

    private Optional<Principal> parent(String token) {
        return jdbi.withHandle(h -> {
            Optional<ParentAccount> account = h.createQuery(
                            "select id, revoked from parent_accounts where token_hash = :hash")
                    .bind("hash", Secrets.hashToken(token))
                    .map(ConstructorMapper.of(ParentAccount.class))
                    .findOne();
            if (account.isEmpty()) {
                return Optional.empty();
            }
            if (account.get().revoked()) {
                throw new ApiException(ErrorCode.DEVICE_REVOKED, "this parent token was revoked; sign in again");
            }
            UUID parentId = account.get().id();
            Map<UUID, UUID> children = new HashMap<>();
            h.createQuery("""
                            select distinct p.id, p.school_id
                            from parent_guardians pg
                            join guardian_pupils gp on gp.guardian_id = pg.guardian_id
                            join pupils p on p.id = gp.pupil_id
                            where pg.parent_id = :parent""")
                    .bind("parent", parentId)
                    .map(ConstructorMapper.of(LinkedChild.class))
                    .forEach(child -> children.put(child.id(), child.schoolId()));
            return Optional.of(new ParentPrincipal(parentId, children));
        });
    }

    private static ApiException unknownToken() {
        return ApiException.unauthorized("unknown token; enrol the device or sign in again");
    }
}
