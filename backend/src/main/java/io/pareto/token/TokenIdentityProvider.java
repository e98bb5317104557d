package io.pareto.token;

import io.agroal.api.AgroalDataSource;
import io.pareto.audit.AccessAudit;
import io.pareto.security.AuthKind;
import io.pareto.security.ClientAddress;
import io.pareto.security.Role;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Bearer token → its user's identity, looked up on every request so revocation takes effect at
 * once. One plain statement on an auto-commit connection: every API call pays this look-up, and
 * through a JTA transaction and the entity manager it took three round trips (BEGIN, SELECT,
 * COMMIT) and a persistence context.
 */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<ApiTokenRequest> {
  static final String USABLE =
      """
      SELECT t.scope, u.id AS user_id, u.email, u.role, u.team_id, t.id AS token_id
        FROM api_token t
        JOIN app_user u ON u.id = t.user_id
       WHERE t.token_hash = ? AND t.expires_at > ? AND u.active = TRUE""";

  static final String REVOKED =
      """
      SELECT r.token_id, u.email
        FROM revoked_token r
        JOIN app_user u ON u.id = r.user_id
       WHERE r.token_hash = ?""";

  private final AgroalDataSource dataSource;
  private final AccessAudit audit;

  public TokenIdentityProvider(AgroalDataSource dataSource, AccessAudit audit) {
    this.dataSource = dataSource;
    this.audit = audit;
  }

  @Override
  public Class<ApiTokenRequest> getRequestType() {
    return ApiTokenRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      ApiTokenRequest request, AuthenticationRequestContext context) {
    return context.runBlocking(
        () -> {
          String secret = request.secret();
          if (secret.isEmpty() || secret.length() > 200)
            throw new AuthenticationFailedException("malformed token");
          String hash = TokenService.hash(secret);
          try (Connection c = dataSource.getConnection();
              PreparedStatement ps = c.prepareStatement(USABLE)) {
            ps.setString(1, hash);
            ps.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                auditIfRevoked(c, hash, request);
                throw new AuthenticationFailedException("unknown, expired or revoked token");
              }
              return AuthKind.TOKEN
                  .identityOf(
                      rs.getLong("user_id"),
                      rs.getString("email"),
                      Role.valueOf(rs.getString("role")),
                      rs.getObject("team_id", Long.class))
                  .addAttribute(AuthKind.TOKEN_SCOPE, rs.getString("scope"))
                  .addAttribute(AuthKind.TOKEN_ID, rs.getLong("token_id"))
                  .build();
            }
          } catch (SQLException e) {
            throw new IllegalStateException("token look-up failed", e);
          }
        });
  }

  /**
   * Someone still holds a revoked secret: worth an audit event (only refused look-ups pay this
   * statement).
   */
  private void auditIfRevoked(Connection c, String hash, ApiTokenRequest request)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(REVOKED)) {
      ps.setString(1, hash);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) return;
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        audit.record(
            AccessAudit.Action.USE_REVOKED,
            "API_TOKEN",
            rs.getLong("token_id"),
            rs.getString("email"),
            Map.of("address", rc == null ? "unknown" : ClientAddress.of(rc.request())));
      }
    }
  }
}
