package io.pareto.token;

import io.agroal.api.AgroalDataSource;
import io.pareto.security.AuthKind;
import io.pareto.security.Role;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Bearer token → its user's identity, looked up on every request so revocation takes effect at once. One plain
 * statement on an auto-commit connection: every API call pays this look-up, and through a JTA transaction and
 * the entity manager it took three round trips (BEGIN, SELECT, COMMIT) and a persistence context.
 */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<ApiTokenRequest> {
  static final String USABLE = "SELECT t.scope, u.id, u.email, u.role, u.team_id, t.id FROM api_token t"
      + " JOIN app_user u ON u.id = t.user_id WHERE t.token_hash = ? AND t.expires_at > ? AND u.active = TRUE";

  private final AgroalDataSource dataSource;

  public TokenIdentityProvider(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Class<ApiTokenRequest> getRequestType() {
    return ApiTokenRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(ApiTokenRequest request, AuthenticationRequestContext context) {
    return context.runBlocking(() -> {
      String secret = request.secret();
      if (secret.isEmpty() || secret.length() > 200) throw new AuthenticationFailedException("malformed token");
      try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(USABLE)) {
        ps.setString(1, TokenService.hash(secret));
        ps.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) throw new AuthenticationFailedException("unknown, expired or revoked token");
          long team = rs.getLong(5);
          return AuthKind.TOKEN.identityOf(rs.getLong(2), rs.getString(3), Role.valueOf(rs.getString(4)),
                  rs.wasNull() ? null : team)
              .addAttribute(AuthKind.TOKEN_SCOPE, rs.getString(1))
              .addAttribute(AuthKind.TOKEN_ID, rs.getLong(6))
              .build();
        }
      } catch (SQLException e) {
        throw new IllegalStateException("token look-up failed", e);
      }
    });
  }
}
