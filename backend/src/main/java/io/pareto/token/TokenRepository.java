package io.pareto.token;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TokenRepository implements PanacheRepositoryBase<ApiToken, Long> {
  /** The unexpired token with this hash, with its user, if that user is still active. */
  public Optional<ApiToken> findUsable(String hash, Instant now) {
    return find("from ApiToken t join fetch t.user u where t.tokenHash = ?1 and t.expiresAt > ?2 and u.active = true",
        hash, now).firstResultOptional();
  }

  public List<ApiToken> ofUser(long userId) {
    return find("from ApiToken t join fetch t.user where t.user.id = ?1 order by t.createdAt desc, t.id desc", userId).list();
  }
}
